import { compileCalendar, evaluateCase } from '@ws/sla-engine';
import { ClockEventRow, ignoredReasons, pausesByCycle } from './case-pauses';

const allWeek = { sun: [['00:00', '24:00']], mon: [['00:00', '24:00']], tue: [['00:00', '24:00']], wed: [['00:00', '24:00']], thu: [['00:00', '24:00']], fri: [['00:00', '24:00']], sat: [['00:00', '24:00']] };
const calendar = compileCalendar({ timezone: 'Asia/Qatar', weekly: allWeek, overrides: [], closures: [] } as unknown as Parameters<typeof compileCalendar>[0]);
const at = (hour: number) => Date.parse('2026-03-01T00:00:00Z') + hour * 3_600_000;
const event = (eventId: string, type: string, hour: number, reason: string | null = null): ClockEventRow => ({ eventId, type, occurredAt: at(hour), reason });

describe('pauses read off the events the engine applied', () => {
  it('closes a pause at the resume or the stop, per cycle, and skips pauses the clock ignored', () => {
    const events = [
      event('e1', 'case.opened', 0),
      event('e2', 'case.paused', 1, 'awaiting_customer'),
      event('e3', 'case.paused', 2, 'other'),
      event('e4', 'case.resumed', 3),
      event('e5', 'case.resolved', 5),
      event('e6', 'case.reopened', 6),
      event('e7', 'case.paused', 7, 'awaiting_agency'),
    ];
    const evaluation = evaluateCase({ events, target: { amount: 100, unit: 'calendarHours' }, calendar, asOf: at(10) });
    const pauses = pausesByCycle(events, evaluation);
    expect(pauses.get(1)).toEqual([{ from: '2026-03-01T01:00:00.000Z', to: '2026-03-01T03:00:00.000Z', reason: 'awaiting_customer' }]);
    expect(pauses.get(2)).toEqual([{ from: '2026-03-01T07:00:00.000Z', to: null, reason: 'awaiting_agency' }]);
    expect(ignoredReasons(evaluation).get('e3')).toBe('no_effect');
  });
});
