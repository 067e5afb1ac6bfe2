import * as fc from 'fast-check';
import { parseIsoInstant } from '../time/iso-instant';
import { addOpenMillis, addWorkingDays, openMillis, workingDaysBetween } from './business-time';
import { CalendarDefinition } from './calendar-types';
import { compileCalendar } from './compile-calendar';

const HOUR = 3_600_000;
const at = (iso: string): number => parseIsoInstant(iso) ?? NaN;
const workWeek = (start: string, end: string) => ({
  sun: [[start, end]] as const,
  mon: [[start, end]] as const,
  tue: [[start, end]] as const,
  wed: [[start, end]] as const,
  thu: [[start, end]] as const,
});
const allDays = (windows: readonly (readonly [string, string])[]) => ({
  sun: windows, mon: windows, tue: windows, wed: windows, thu: windows, fri: windows, sat: windows,
});

const qatarDefinition: CalendarDefinition = {
  timezone: 'Asia/Qatar',
  weekly: workWeek('07:00', '14:00'),
  overrides: [{ from: '2026-02-18', to: '2026-03-16', weekly: workWeek('09:00', '14:00') }],
  closures: [
    { from: '2026-03-17', to: '2026-03-23', name: 'Eid al-Fitr', status: 'provisional' },
    { date: '2026-12-16', start: '11:00', end: '14:00' },
  ],
};
const qatar = compileCalendar(qatarDefinition);

describe('open time on the Qatar calendar', () => {
  it('counts a plain week: 5 days x 7 hours', () => {
    expect(openMillis(qatar, at('2026-01-03T00:00:00+03:00'), at('2026-01-10T00:00:00+03:00'))).toBe(35 * HOUR);
  });

  it('adds open time up to the end of a window, not the start of the next', () => {
    expect(addOpenMillis(qatar, at('2026-01-04T07:00:00+03:00'), 7 * HOUR)).toBe(at('2026-01-04T14:00:00+03:00'));
  });

  it('skips Eid and uses Ramadan hours', () => {
    expect(addOpenMillis(qatar, at('2026-03-16T13:00:00+03:00'), 3 * HOUR)).toBe(at('2026-03-24T09:00:00+03:00'));
  });

  it('makes a date with a 3-hour closure worth 4/7 of a working day', () => {
    const day = workingDaysBetween(qatar, at('2026-12-16T00:00:00+03:00'), at('2026-12-17T00:00:00+03:00'));
    expect(day).toBeCloseTo(4 / 7, 12);
  });

  it('counts Ramadan hours as fifths of a working day', () => {
    expect(workingDaysBetween(qatar, at('2026-03-01T09:00:00+03:00'), at('2026-03-01T10:00:00+03:00'))).toBeCloseTo(0.2, 12);
    expect(addWorkingDays(qatar, at('2026-01-04T10:00:00+03:00'), 3)).toBe(at('2026-01-07T10:00:00+03:00'));
  });

  it('stays fast over ten years with hundreds of closures', () => {
    const closures = Array.from({ length: 400 }, (_, index) => {
      const year = 2020 + Math.floor(index / 40);
      const month = 1 + (index % 12);
      const day = 1 + (index % 27);
      const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      return { from: date, to: date };
    });
    const calendar = compileCalendar({ timezone: 'Asia/Qatar', weekly: workWeek('07:00', '14:00'), closures });
    const from = at('2020-01-01T00:00:00+03:00');
    const to = at('2030-01-01T00:00:00+03:00');
    openMillis(calendar, from, to);
    const started = performance.now();
    for (let index = 0; index < 10_000; index++) {
      const total = openMillis(calendar, from + index * HOUR, to);
      addOpenMillis(calendar, from, total);
    }
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('open time in zones with daylight saving', () => {
  const london = compileCalendar({ timezone: 'Europe/London', weekly: allDays([['00:00', '24:00']]) });
  const londonNight = compileCalendar({ timezone: 'Europe/London', weekly: allDays([['01:00', '02:00']]) });
  const newYork = compileCalendar({ timezone: 'America/New_York', weekly: { sun: [['00:00', '24:00']] } });

  it('has 23 open hours on the spring-forward day and 25 on the fall-back day', () => {
    expect(openMillis(london, at('2026-03-29T00:00:00Z'), at('2026-03-30T00:00:00+01:00'))).toBe(23 * HOUR);
    expect(openMillis(london, at('2026-10-25T00:00:00+01:00'), at('2026-10-26T00:00:00Z'))).toBe(25 * HOUR);
    expect(openMillis(newYork, at('2026-03-08T00:00:00-05:00'), at('2026-03-09T00:00:00-04:00'))).toBe(23 * HOUR);
  });

  it('counts a skipped local hour as no time and a repeated one twice', () => {
    expect(openMillis(londonNight, at('2026-03-29T00:00:00Z'), at('2026-03-29T12:00:00Z'))).toBe(0);
    expect(openMillis(londonNight, at('2026-10-25T00:00:00Z'), at('2026-10-25T12:00:00Z'))).toBe(2 * HOUR);
  });

  it('makes the 23-hour day worth one whole working day', () => {
    expect(workingDaysBetween(london, at('2026-03-29T00:00:00Z'), at('2026-03-30T00:00:00+01:00'))).toBeCloseTo(1, 12);
    expect(addWorkingDays(london, at('2026-03-29T00:00:00Z'), 1)).toBe(at('2026-03-29T23:00:00Z'));
  });

  it('keeps local office hours across the shift', () => {
    const office = compileCalendar({ timezone: 'Europe/London', weekly: { fri: [['09:00', '17:00']], mon: [['09:00', '17:00']] } });
    expect(addOpenMillis(office, at('2026-03-27T16:00:00Z'), 3 * HOUR)).toBe(at('2026-03-30T10:00:00Z'));
  });
});

describe('overnight shifts', () => {
  const night = compileCalendar({ timezone: 'Asia/Qatar', weekly: allDays([['00:00', '06:00'], ['22:00', '24:00']]) });

  it('joins 24:00 of one day and 00:00 of the next', () => {
    expect(addOpenMillis(night, at('2026-01-05T23:00:00+03:00'), 4 * HOUR)).toBe(at('2026-01-06T03:00:00+03:00'));
    expect(openMillis(night, at('2026-01-05T23:00:00+03:00'), at('2026-01-06T01:00:00+03:00'))).toBe(2 * HOUR);
  });
});

describe('properties of the arithmetic', () => {
  const start = at('2026-01-01T00:00:00+03:00');
  const instant = fc.integer({ min: 0, max: 400 * 24 * 60 }).map((minutes) => start + minutes * 60_000);

  it('add(open(a, b)) lands on b, or on the end of the open time before b', () => {
    fc.assert(
      fc.property(instant, instant, (x, y) => {
        const [a, b] = x <= y ? [x, y] : [y, x];
        const open = openMillis(qatar, a, b);
        const landed = addOpenMillis(qatar, a, open) ?? NaN;
        expect(landed).toBeLessThanOrEqual(b);
        expect(openMillis(qatar, a, landed)).toBe(open);
        expect(openMillis(qatar, landed, b)).toBe(0);
      }),
    );
  });

  it('working days round-trip to the millisecond', () => {
    fc.assert(
      fc.property(instant, fc.double({ min: 0.01, max: 40, noNaN: true }), (a, days) => {
        const due = addWorkingDays(qatar, a, days) ?? NaN;
        expect(Math.abs(workingDaysBetween(qatar, a, due) - days)).toBeLessThan(1e-7);
        expect(workingDaysBetween(qatar, a, due - 1)).toBeLessThan(days);
      }),
    );
  });

  it('agrees with an independent minute-by-minute count (Sun-Thu 07:00-14:00, UTC+3)', () => {
    const isOpenMinute = (instantMs: number): boolean => {
      const local = instantMs + 3 * HOUR;
      const weekday = (Math.floor(local / 86_400_000) + 4) % 7;
      const minuteOfDay = Math.floor((local % 86_400_000) / 60_000);
      return weekday <= 4 && minuteOfDay >= 420 && minuteOfDay < 840;
    };
    const april = at('2026-04-01T00:00:00+03:00');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 * 24 * 60 }), fc.integer({ min: 0, max: 6 * 24 * 60 }), (offset, minutes) => {
        const a = april + offset * 60_000;
        let naive = 0;
        for (let minute = 0; minute < minutes; minute++) if (isOpenMinute(a + minute * 60_000)) naive += 60_000;
        expect(openMillis(qatar, a, a + minutes * 60_000)).toBe(naive);
      }),
      { numRuns: 50 },
    );
  });
});
