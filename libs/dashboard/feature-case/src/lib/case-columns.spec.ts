import type { CaseTimelineCycle, CaseTimelineEvent } from '@ws/contracts';
import type { I18n } from '@ws/dashboard-data-access';
import { REVIEW_LABELS } from '@ws/dashboard-ui-review';
import { cycleColumns, eventColumns } from './case-columns';
import { CASE_DICTIONARIES } from './case-dictionary';

// The formatting is util-format's (tested there); here only which figure goes in which column.
const i18n = {
  date: (iso: string) => `d(${iso})`,
  number: (n: number) => `n(${n})`,
  percent: (r: number) => `p(${r})`,
  duration: (ms: number) => `ms(${ms})`,
} as unknown as I18n;

const cycle: CaseTimelineCycle = {
  cycle: 1,
  status: 'breached_open',
  startedAt: '2026-11-01T05:00:00.000Z',
  stoppedAt: null,
  cancelledAt: null,
  elapsedSeconds: 90_000,
  progress: 1.4,
  dueAt: '2026-11-04T05:00:00.000Z',
  breachedAt: '2026-11-04T05:00:00.000Z',
  decidedAt: '2026-11-04T05:00:00.000Z',
  atRisk: false,
  computedAt: '2026-11-27T05:00:00.000Z',
  pauses: [{ from: '2026-11-02T05:00:00.000Z', to: null, reason: null }],
  acknowledgement: {
    rootCause: 'staffing',
    note: 'short',
    acknowledgedBy: 'm@x.qa',
    acknowledgedAt: '2026-11-27T06:00:00.000Z',
  },
};

describe('case table columns', () => {
  it('say each cycle figure in words, with raw values in the CSV', () => {
    const columns = cycleColumns(CASE_DICTIONARIES.en, REVIEW_LABELS.en, i18n);
    const text = Object.fromEntries(columns.map((c) => [c.key, c.text(cycle)]));
    expect(text).toMatchObject({
      status: '⚠ Breached, open',
      stopped: '—',
      due: 'd(2026-11-04T05:00:00.000Z)',
      elapsed: 'ms(90000000)',
      progress: 'p(1.4)',
      pauses: 'd(2026-11-02T05:00:00.000Z) – —',
      acknowledgement: 'Staffing: short',
    });
    const csv = Object.fromEntries(columns.map((c) => [c.key, (c.csv ?? c.text)(cycle)]));
    expect(csv).toMatchObject({
      status: 'breached_open',
      elapsed: 90_000,
      progress: 1.4,
      acknowledgement: 'staffing',
    });
  });

  it('mark events the clock ignored, with the reason', () => {
    const event = { type: 'case.paused', ignoredReason: 'not-running' } as CaseTimelineEvent;
    const applied = eventColumns(CASE_DICTIONARIES.ar, i18n).find((c) => c.key === 'applied');
    expect(applied?.text(event)).toBe('✗ متجاهل (not-running)');
    expect(applied?.text({ ...event, ignoredReason: null })).toBe('✓ مطبق');
    const type = eventColumns(CASE_DICTIONARIES.en, i18n).find((c) => c.key === 'type');
    expect(type?.text(event)).toBe('Paused');
  });
});
