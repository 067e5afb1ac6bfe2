import * as fc from 'fast-check';
import { CalendarDefinition } from '../calendar/calendar-types';
import { compileCalendar } from '../calendar/compile-calendar';
import { formatIsoInstant, parseIsoInstant } from '../time/iso-instant';
import { CaseEvent, CaseEvaluationInput, SlaTarget } from './clock-types';
import { evaluateCase, progressInstants } from './evaluate-case';

const HOUR = 3_600_000;
const at = (iso: string): number => parseIsoInstant(iso) ?? NaN;
const week = { sun: [['07:00', '14:00']], mon: [['07:00', '14:00']], tue: [['07:00', '14:00']], wed: [['07:00', '14:00']], thu: [['07:00', '14:00']] } as const;
const definition: CalendarDefinition = { timezone: 'Asia/Qatar', weekly: week, closures: [{ from: '2026-12-18', to: '2026-12-18', name: 'National Day' }] };
const calendar = compileCalendar(definition);
const hours = (amount: number): SlaTarget => ({ amount, unit: 'businessHours' });
const event = (eventId: string, type: string, iso: string): CaseEvent => ({ eventId, type, occurredAt: at(iso) });

function evaluate(events: CaseEvent[], target: SlaTarget, asOf: string, overrides: Partial<CaseEvaluationInput> = {}) {
  return evaluateCase({ events, target, calendar, asOf: at(asOf), ...overrides });
}

describe('one cycle of the clock', () => {
  it('treats exactly on target as met, one second over as breached', () => {
    const opened = event('o', 'case.opened', '2026-01-04T07:00:00+03:00');
    const onTime = evaluate([opened, event('r', 'case.resolved', '2026-01-05T07:00:00+03:00')], hours(7), '2026-01-06T00:00:00+03:00');
    const late = evaluate([opened, event('r', 'case.resolved', '2026-01-05T07:00:01+03:00')], hours(7), '2026-01-06T00:00:00+03:00');
    expect(onTime.cycles[0]).toMatchObject({ status: 'met', progress: 1, breachedAt: null, decidedAt: at('2026-01-05T07:00:00+03:00') });
    expect(late.cycles[0]).toMatchObject({ status: 'breached', breachedAt: at('2026-01-04T14:00:00+03:00') });
  });

  it('treats exactly on a working-day target as met', () => {
    const events = [event('o', 'case.opened', '2026-01-04T10:00:00+03:00'), event('r', 'case.resolved', '2026-01-07T10:00:00+03:00')];
    const result = evaluate(events, { amount: 3, unit: 'workingDays' }, '2026-01-08T00:00:00+03:00');
    expect(result.cycles[0]).toMatchObject({ status: 'met', elapsedSeconds: 21 * 3600 });
  });

  it('does not count a pause across the National Day holiday and the weekend', () => {
    const events = [
      event('o', 'case.opened', '2026-12-17T08:00:00+03:00'),
      event('p', 'case.paused', '2026-12-17T10:00:00+03:00'),
      event('r', 'case.resumed', '2026-12-20T12:00:00+03:00'),
    ];
    const result = evaluate(events, hours(7), '2026-12-20T13:00:00+03:00');
    expect(result.cycles[0]).toMatchObject({ status: 'running', elapsedSeconds: 3 * 3600, dueAt: at('2026-12-21T10:00:00+03:00') });
  });

  it('has no due while paused and reports the at-risk state', () => {
    const events = [event('o', 'case.opened', '2026-01-04T07:00:00+03:00'), event('p', 'case.paused', '2026-01-04T13:00:00+03:00')];
    expect(evaluate(events, hours(8), '2026-01-05T12:00:00+03:00').cycles[0]).toMatchObject({ status: 'paused', dueAt: null, atRisk: true });
  });

  it('ignores a reopen after a cancellation and reports ignored events and conflicts', () => {
    const events = [
      event('x0', 'case.resumed', '2026-01-04T06:00:00+03:00'),
      event('x1', 'case.opened', '2026-01-04T07:00:00+03:00'),
      event('x1', 'case.opened', '2026-01-04T07:30:00+03:00'),
      event('x2', 'case.cancelled', '2026-01-04T08:00:00+03:00'),
      event('x3', 'case.reopened', '2026-01-04T09:00:00+03:00'),
      event('x4', 'case.assigned', '2026-01-04T09:30:00+03:00'),
      event('x5', 'case.resolved', '2026-01-05T09:00:00+03:00'),
      event('x2', 'case.cancelled', '2026-01-04T08:00:00+03:00'),
    ];
    const result = evaluate(events, hours(2), '2026-01-04T12:00:00+03:00');
    expect(result.cycles).toHaveLength(1);
    expect(result.cycles[0]).toMatchObject({ status: 'cancelled', cancelledAt: at('2026-01-04T08:00:00+03:00'), decidedAt: null });
    expect(result.ignoredEvents.map(({ event: { eventId }, reason }) => [eventId, reason])).toEqual([
      ['x0', 'before_first_opened'],
      ['x2', 'duplicate'],
      ['x3', 'no_effect'],
      ['x4', 'not_a_clock_event'],
      ['x5', 'after_as_of'],
    ]);
    expect(result.conflicts).toEqual([{ eventId: 'x1', kept: events[1], rejected: events[2] }]);
  });

  it('gives the instants at which progress reaches each ratio, for scheduling notifications', () => {
    const input = { events: [event('o', 'case.opened', '2026-01-04T10:00:00+03:00')], target: hours(8), calendar, asOf: at('2026-01-04T11:00:00+03:00') };
    expect(progressInstants(input, [0.5, 0.75, 1])).toEqual([
      { ratio: 0.5, at: at('2026-01-04T14:00:00+03:00') },
      { ratio: 0.75, at: at('2026-01-05T09:00:00+03:00') },
      { ratio: 1, at: at('2026-01-05T11:00:00+03:00') },
    ]);
    const paused = { ...input, events: [...input.events, event('p', 'case.paused', '2026-01-04T10:30:00+03:00')] };
    expect(progressInstants(paused, [1])).toEqual([]);
  });
});

describe('properties of the clock', () => {
  const origin = at('2026-01-01T00:00:00+03:00');
  const types = ['case.opened', 'case.reopened', 'case.resumed', 'case.paused', 'case.resolved', 'case.closed', 'case.cancelled'];
  const timeline = fc
    .array(fc.record({ minute: fc.integer({ min: 0, max: 60 * 24 * 30 }), type: fc.constantFrom(...types) }), { minLength: 1, maxLength: 12 })
    .map((items) => [
      { eventId: 'e-open', type: 'case.opened', occurredAt: origin },
      ...items.map((item, index) => ({ eventId: `e${index}`, type: item.type, occurredAt: origin + item.minute * 60_000 })),
    ]);
  const target = fc.record({
    amount: fc.integer({ min: 1, max: 80 }),
    unit: fc.constantFrom<SlaTarget['unit']>('businessHours', 'businessMinutes', 'workingDays', 'calendarHours'),
  });
  const asOf = origin + 40 * 24 * HOUR;

  it('never depends on the arrival order of distinct events', () => {
    fc.assert(
      fc.property(timeline.chain((events) => fc.tuple(fc.constant(events), fc.shuffledSubarray(events, { minLength: events.length }))), target, ([events, shuffled], slaTarget) => {
        const input = { target: slaTarget, calendar, asOf };
        expect(evaluateCase({ ...input, events: shuffled })).toEqual(evaluateCase({ ...input, events }));
      }),
    );
  });

  it('never counts more elapsed time than wall time', () => {
    fc.assert(
      fc.property(timeline, target, (events, slaTarget) => {
        for (const cycle of evaluateCase({ events, target: slaTarget, calendar, asOf }).cycles) {
          const end = cycle.stoppedAt ?? cycle.cancelledAt ?? asOf;
          expect(cycle.elapsedSeconds * 1000).toBeLessThanOrEqual(end - cycle.startedAt);
        }
      }),
    );
  });

  it('never makes a case due sooner when a closure is added', () => {
    fc.assert(
      fc.property(timeline, target, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 5 }), (events, slaTarget, startDay, length) => {
        const day = (offset: number) => formatIsoInstant(origin + 3 * HOUR + offset * 24 * HOUR).slice(0, 10);
        const closed = compileCalendar({ ...definition, closures: [...(definition.closures ?? []), { from: day(startDay), to: day(startDay + length) }] });
        const before = evaluateCase({ events, target: slaTarget, calendar, asOf: origin }).cycles;
        const after = evaluateCase({ events, target: slaTarget, calendar: closed, asOf: origin }).cycles;
        before.forEach((cycle, index) => {
          if (cycle.dueAt !== null) expect(after[index].dueAt ?? Infinity).toBeGreaterThanOrEqual(cycle.dueAt);
        });
      }),
    );
  });
});
