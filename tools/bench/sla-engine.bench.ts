/**
 * Benchmark of the SLA engine against a naive minute-stepping clock (`npm run bench:sla`).
 * Deterministic: a seeded PRNG builds realistic case timelines on the Qatar government calendar
 * 2024-2027 (all holidays and Ramadan hours of docs/spec qatar-calendar.md).
 */
import { CalendarDefinition, CaseEvent, compileCalendar, evaluateCase, parseIsoInstant, SlaTarget } from '@ws/sla-engine';
import { naiveEvaluate } from './naive-minute-clock';

const MINUTE = 60_000;
const ENGINE_CASES = 20_000;
const NAIVE_CASES = 60;

const WORK_WEEK = (start: string) => Object.fromEntries(['sun', 'mon', 'tue', 'wed', 'thu'].map((day) => [day, [[start, '14:00']]]));
const RAMADAN: [string, string][] = [['2024-03-11', '2024-04-04'], ['2025-03-01', '2025-03-27'], ['2026-02-18', '2026-03-16'], ['2027-02-08', '2027-03-06']];
const HOLIDAYS: [string, string, string, 'confirmed' | 'provisional'][] = [
  ['National Sports Day', '2024-02-13', '2024-02-13', 'confirmed'],
  ['Eid al-Fitr', '2024-04-07', '2024-04-15', 'confirmed'],
  ['Eid al-Adha', '2024-06-16', '2024-06-20', 'confirmed'],
  ['National Day', '2024-12-18', '2024-12-19', 'confirmed'],
  ['National Sports Day', '2025-02-11', '2025-02-11', 'confirmed'],
  ['Eid al-Fitr', '2025-03-30', '2025-04-07', 'confirmed'],
  ['Eid al-Adha', '2025-06-05', '2025-06-09', 'confirmed'],
  ['National Day', '2025-12-18', '2025-12-18', 'confirmed'],
  ['National Sports Day', '2026-02-10', '2026-02-10', 'provisional'],
  ['Eid al-Fitr', '2026-03-17', '2026-03-23', 'provisional'],
  ['Eid al-Adha', '2026-05-26', '2026-05-30', 'provisional'],
  ['National Day', '2026-12-18', '2026-12-18', 'provisional'],
  ['National Sports Day', '2027-02-09', '2027-02-09', 'provisional'],
  ['Eid al-Fitr', '2027-03-07', '2027-03-13', 'provisional'],
  ['Eid al-Adha', '2027-05-16', '2027-05-20', 'provisional'],
  ['National Day', '2027-12-18', '2027-12-18', 'provisional'],
];
const QATAR: CalendarDefinition = {
  timezone: 'Asia/Qatar',
  weekly: WORK_WEEK('07:00'),
  overrides: RAMADAN.map(([from, to]) => ({ from, to, weekly: WORK_WEEK('09:00') })),
  closures: HOLIDAYS.map(([name, from, to, status]) => ({ from, to, name, status, source: 'qatar-calendar.md' })),
};
const TARGETS: SlaTarget[] = [
  { amount: 8, unit: 'businessHours' },
  { amount: 40, unit: 'businessHours' },
  { amount: 3, unit: 'workingDays' },
  { amount: 10, unit: 'workingDays' },
  { amount: 20, unit: 'workingDays' },
  { amount: 72, unit: 'calendarHours' },
];

/** mulberry32: small, fast, deterministic. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface BenchCase {
  target: SlaTarget;
  events: CaseEvent[];
  asOf: number;
}

function generateCases(count: number, random: () => number): BenchCase[] {
  const from = parseIsoInstant('2024-01-01T00:00:00+03:00') ?? 0;
  const span = (parseIsoInstant('2027-06-01T00:00:00+03:00') ?? 0) - from;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  return Array.from({ length: count }, (_, caseIndex) => {
    let at = from + Math.floor((random() * span) / MINUTE) * MINUTE;
    const events: CaseEvent[] = [{ eventId: `c${caseIndex}-0`, type: 'case.opened', occurredAt: at }];
    const eventCount = 4 + Math.floor(random() * 16);
    const spanMinutes = pick([2, 7, 30, 90]) * 24 * 60;
    for (let index = 1; index < eventCount; index++) {
      at += Math.floor((random() * spanMinutes) / eventCount) * MINUTE;
      const type = pick(['case.paused', 'case.resumed', 'case.paused', 'case.resumed', 'case.resolved', 'case.reopened', 'case.closed', 'case.cancelled']);
      events.push({ eventId: `c${caseIndex}-${index}`, type: index === eventCount - 1 && random() < 0.6 ? 'case.resolved' : type, occurredAt: at });
    }
    const asOf = at + Math.floor(random() * 5 * 24 * 60) * MINUTE;
    return { target: pick(TARGETS), events: events.sort(() => random() - 0.5), asOf };
  });
}

function casesPerSecond(cases: readonly BenchCase[], evaluate: (item: BenchCase) => unknown): number {
  const started = performance.now();
  for (const item of cases) evaluate(item);
  return cases.length / ((performance.now() - started) / 1000);
}

const cases = generateCases(ENGINE_CASES, prng(20_260_101));
const calendar = compileCalendar(QATAR);
const engine = (item: BenchCase) => evaluateCase({ ...item, calendar });
const naive = (item: BenchCase) => naiveEvaluate(QATAR, item.target, item.events, item.asOf);

const sample = cases.slice(0, NAIVE_CASES);
const disagreements = sample.filter((item) => {
  const expected = naive(item);
  const actual = engine(item).cycles.map(({ status, elapsedSeconds, dueAt, breachedAt }) => ({ status, elapsedSeconds, dueAt, breachedAt }));
  return JSON.stringify(actual) !== JSON.stringify(expected);
});

casesPerSecond(cases.slice(0, 2_000), engine); // warm-up: JIT and calendar years
const engineRate = casesPerSecond(cases, engine);
const engineSampleRate = casesPerSecond(sample, engine);
const naiveRate = casesPerSecond(sample, naive);
const totalEvents = cases.reduce((sum, item) => sum + item.events.length, 0);
const statuses = new Map<string, number>();
for (const cycle of sample.flatMap((item) => engine(item).cycles)) statuses.set(cycle.status, (statuses.get(cycle.status) ?? 0) + 1);

console.log(`cases: ${cases.length} (${(totalEvents / cases.length).toFixed(1)} events per case on average), naive sample: ${sample.length}`);
console.log(`agreement engine vs naive on the sample: ${sample.length - disagreements.length}/${sample.length} cases (cycles: ${[...statuses].map(([status, count]) => `${status} ${count}`).join(', ')})`);
console.log(`engine: ${Math.round(engineRate)} cases/s (sample only: ${Math.round(engineSampleRate)} cases/s)`);
console.log(`naive minute clock: ${naiveRate.toFixed(1)} cases/s`);
console.log(`ratio engine/naive: ${Math.round(engineRate / naiveRate)}x`);
if (disagreements.length > 0) process.exitCode = 1;
