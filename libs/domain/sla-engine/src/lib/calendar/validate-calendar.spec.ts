import { CalendarDefinition } from './calendar-types';
import { compileCalendar, InvalidCalendarError } from './compile-calendar';
import { validateCalendar } from './validate-calendar';

const QATAR_WEEK = {
  sun: [['07:00', '14:00']],
  mon: [['07:00', '14:00']],
  tue: [['07:00', '14:00']],
  wed: [['07:00', '14:00']],
  thu: [['07:00', '14:00']],
};

function errorsOf(input: unknown): { path: string; rule: string }[] {
  const result = validateCalendar(input);
  return result.ok ? [] : result.errors.map(({ path, rule }) => ({ path, rule }));
}

describe('validateCalendar', () => {
  it('accepts the Qatar government calendar with labelled closures', () => {
    const result = validateCalendar({
      timezone: 'Asia/Qatar',
      weekly: QATAR_WEEK,
      overrides: [{ from: '2026-02-18', to: '2026-03-16', weekly: { sun: [['09:00', '14:00']] } }],
      closures: [
        { from: '2026-03-17', to: '2026-03-23', name: 'Eid al-Fitr', status: 'provisional', source: 'press' },
        { date: '2026-12-16', start: '11:00', end: '14:00', status: 'confirmed' },
      ],
    });
    expect(result.ok).toBe(true);
  });

  it('rejects what is not an object', () => {
    expect(errorsOf('calendar')).toEqual([{ path: '$', rule: 'must be an object' }]);
    expect(errorsOf(null)).toEqual([{ path: '$', rule: 'must be an object' }]);
  });

  it('rejects an unknown time zone', () => {
    expect(errorsOf({ timezone: 'Asia/Atlantis', weekly: QATAR_WEEK })).toEqual([{ path: 'timezone', rule: 'unknown time zone' }]);
  });

  it('names the exact window that is malformed, reversed, out of order or overlapping', () => {
    const weekly = {
      sun: [['7:00', '14:00']],
      mon: [['07:00', '11:00'], ['10:00', '14:00']],
      tue: [['14:00', '07:00']],
      wed: [['12:00', '14:00'], ['07:00', '11:00']],
      thu: [['07:00', '24:30']],
      fri: [['07:00']],
      holiday: [],
    };
    expect(errorsOf({ timezone: 'Asia/Qatar', weekly })).toEqual([
      { path: 'weekly.sun[0][0]', rule: 'must be a local time' },
      { path: 'weekly.mon[1]', rule: 'windows must not overlap' },
      { path: 'weekly.tue[0]', rule: 'start must be before end' },
      { path: 'weekly.wed[1]', rule: 'windows must be in order' },
      { path: 'weekly.thu[0][1]', rule: 'must be a local time' },
      { path: 'weekly.fri[0]', rule: 'must be a window' },
      { path: 'weekly.holiday', rule: 'unknown weekday' },
    ]);
  });

  it('rejects reversed or impossible override dates and malformed closures', () => {
    const errors = errorsOf({
      timezone: 'Asia/Qatar',
      weekly: QATAR_WEEK,
      overrides: [{ from: '2026-03-16', to: '2026-02-18', weekly: {} }, { from: '2026-02-30', to: '2026-03-01', weekly: {} }],
      closures: [{ from: '2026-03-17' }, { date: '2026-12-16', start: '14:00', end: '11:00' }, { from: '2026-01-01', to: '2026-01-01', date: '2026-01-01' }, { from: '2026-01-01', to: '2026-01-01', status: 'maybe' }],
    });
    expect(errors).toEqual([
      { path: 'overrides[0]', rule: 'from must not be after to' },
      { path: 'overrides[1].from', rule: 'must be a local date' },
      { path: 'closures[0].to', rule: 'must be a local date' },
      { path: 'closures[1]', rule: 'start must be before end' },
      { path: 'closures[2]', rule: 'must be a whole-day or a partial closure' },
      { path: 'closures[3].status', rule: 'unknown status' },
    ]);
  });

  it('rejects a calendar with no open time at all', () => {
    expect(errorsOf({ timezone: 'Asia/Qatar', weekly: {} })).toEqual([{ path: 'weekly', rule: 'must have open time' }]);
    expect(
      errorsOf({
        timezone: 'Asia/Qatar',
        weekly: {},
        overrides: [{ from: '2026-01-04', to: '2026-01-04', weekly: { sun: [['07:00', '14:00']] } }],
        closures: [{ from: '2026-01-04', to: '2026-01-04' }],
      }),
    ).toEqual([{ path: 'weekly', rule: 'must have open time' }]);
  });

  it('accepts a calendar whose only open time comes from an override', () => {
    const result = validateCalendar({
      timezone: 'Asia/Qatar',
      weekly: {},
      overrides: [{ from: '2026-01-04', to: '2026-01-04', weekly: { sun: [['07:00', '14:00']] } }],
    });
    expect(result.ok).toBe(true);
  });

  it('makes compileCalendar refuse a malformed definition', () => {
    const broken = { timezone: 'Nowhere/City', weekly: {} } as CalendarDefinition;
    expect(() => compileCalendar(broken)).toThrow(InvalidCalendarError);
  });
});
