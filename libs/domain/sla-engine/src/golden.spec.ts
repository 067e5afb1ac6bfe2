import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { compileCalendar, CycleResult, evaluateCase, parseIsoInstant, validateCalendar } from './index';

/** The repository's parent folder holds `shared/` (the same layout in CI). */
const GOLDEN_FOLDER = path.resolve(__dirname, '../../../..', '../shared/golden');

interface ExpectedCycle {
  cycle: number;
  status: string;
  startedAt: string;
  stoppedAt: string | null;
  elapsedSeconds: number;
  progress: number;
  dueAt: string | null;
  breachedAt: string | null;
  decidedAt: string | null;
  atRisk: boolean;
}

interface GoldenCase {
  calendar: unknown;
  target: { amount: number; unit: 'businessMinutes' | 'businessHours' | 'workingDays' | 'calendarMinutes' | 'calendarHours' };
  atRiskRatio?: number;
  asOf: string;
  cases: { caseId: string; events: { eventId: string; type: string; occurredAt: string }[] }[];
  expected: { cases: { caseId: string; cycles: ExpectedCycle[] }[] };
}

function instant(text: string): number {
  const parsed = parseIsoInstant(text);
  if (parsed === null) throw new Error(`bad instant in golden file: ${text}`);
  return parsed;
}

function expectInstant(actual: number | null, expected: string | null, field: string): void {
  if (expected === null) {
    expect({ field, actual }).toEqual({ field, actual: null });
    return;
  }
  expect({ field, present: actual !== null }).toEqual({ field, present: true });
  expect(Math.abs((actual ?? NaN) - instant(expected))).toBeLessThanOrEqual(1000);
}

function expectCycle(actual: CycleResult, expected: ExpectedCycle): void {
  expect({ cycle: actual.cycle, status: actual.status, atRisk: actual.atRisk }).toEqual({
    cycle: expected.cycle,
    status: expected.status,
    atRisk: expected.atRisk,
  });
  expectInstant(actual.startedAt, expected.startedAt, 'startedAt');
  expectInstant(actual.stoppedAt, expected.stoppedAt, 'stoppedAt');
  expectInstant(actual.dueAt, expected.dueAt, 'dueAt');
  expectInstant(actual.breachedAt, expected.breachedAt, 'breachedAt');
  expectInstant(actual.decidedAt, expected.decidedAt, 'decidedAt');
  expect(Math.abs(actual.elapsedSeconds - expected.elapsedSeconds)).toBeLessThanOrEqual(1);
  expect(Math.abs(actual.progress - expected.progress)).toBeLessThanOrEqual(1e-6);
}

const goldenFiles = existsSync(GOLDEN_FOLDER) ? readdirSync(GOLDEN_FOLDER).filter((name) => name.endsWith('.json')).sort() : [];

describe('golden cases of shared/golden', () => {
  it('finds the golden folder with cases in it', () => {
    expect(existsSync(GOLDEN_FOLDER)).toBe(true);
    expect(goldenFiles.length).toBeGreaterThan(0);
  });

  it.each(goldenFiles)('%s', (name) => {
    const golden = JSON.parse(readFileSync(path.join(GOLDEN_FOLDER, name), 'utf8')) as GoldenCase;
    const validation = validateCalendar(golden.calendar);
    if (!validation.ok) throw new Error(JSON.stringify(validation.errors));
    const calendar = compileCalendar(validation.calendar);
    const actualCases = golden.cases.map(({ caseId, events }) => ({
      caseId,
      cycles: evaluateCase({
        calendar,
        target: golden.target,
        atRiskRatio: golden.atRiskRatio,
        asOf: instant(golden.asOf),
        events: events.map((event) => ({ ...event, occurredAt: instant(event.occurredAt) })),
      }).cycles,
    }));
    expect(actualCases.map((item) => [item.caseId, item.cycles.length])).toEqual(
      golden.expected.cases.map((item) => [item.caseId, item.cycles.length]),
    );
    golden.expected.cases.forEach((expectedCase, caseIndex) =>
      expectedCase.cycles.forEach((expectedCycle, cycleIndex) => expectCycle(actualCases[caseIndex].cycles[cycleIndex], expectedCycle)),
    );
  });
});
