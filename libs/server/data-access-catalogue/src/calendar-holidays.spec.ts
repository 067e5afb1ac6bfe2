import { ConflictException, NotFoundException } from '@nestjs/common';
import { confirmHoliday, parseHolidayConfirmation } from './calendar-holidays';
import { CalendarView } from './calendars';

const eid = { from: '2027-05-29', to: '2027-06-02', name: 'Eid al-Adha', status: 'provisional' as const, source: 'astronomical' };
const halfDay = { date: '2027-05-28', start: '11:00', end: '14:00' };
const calendar = {
  code: 'QA-GOV',
  nameAr: 'تقويم',
  nameEn: 'Calendar',
  definition: { timezone: 'Asia/Qatar', weekly: { sun: [['07:00', '14:00']] }, closures: [halfDay, eid] },
} as unknown as CalendarView;

describe('confirming a holiday', () => {
  it('moves the holiday to the announced first day keeping its length, across a month end', () => {
    const confirmed = confirmHoliday(calendar, parseHolidayConfirmation('2027-05-29', { date: '2027-05-30', source: 'Amiri Diwan' }));
    expect(confirmed.after).toEqual({ ...eid, from: '2027-05-30', to: '2027-06-03', status: 'confirmed', source: 'Amiri Diwan' });
    expect(confirmed.before).toEqual(eid);
    expect(confirmed.body['closures']).toEqual([halfDay, confirmed.after]);
    expect(confirmed.body['note']).toBe('Eid al-Adha confirmed: 2027-05-30..2027-06-03 (moved from 2027-05-29..2027-06-02)');
    expect(confirmed.body).toMatchObject({ nameAr: 'تقويم', nameEn: 'Calendar', timezone: 'Asia/Qatar' });
  });

  it('confirms in place without a body, moving earlier works too', () => {
    const inPlace = confirmHoliday(calendar, parseHolidayConfirmation('2027-05-29', undefined));
    expect(inPlace.after).toMatchObject({ from: '2027-05-29', to: '2027-06-02', status: 'confirmed', source: 'confirmed by the central office' });
    const earlier = confirmHoliday(calendar, parseHolidayConfirmation('2027-05-29', { date: '2027-05-28' }));
    expect(earlier.after).toMatchObject({ from: '2027-05-28', to: '2027-06-01' });
  });

  it('refuses a day no holiday starts on, a confirmed holiday and bad dates', () => {
    expect(() => confirmHoliday(calendar, parseHolidayConfirmation('2027-05-28', {}))).toThrow(NotFoundException);
    const confirmedCalendar = { ...calendar, definition: { ...calendar.definition, closures: [{ ...eid, status: 'confirmed' }] } } as CalendarView;
    expect(() => confirmHoliday(confirmedCalendar, parseHolidayConfirmation('2027-05-29', {}))).toThrow(ConflictException);
    expect(() => parseHolidayConfirmation('2027-02-30', {})).toThrow('date must be a date YYYY-MM-DD');
    expect(() => parseHolidayConfirmation('2027-05-29', { date: 'tomorrow' })).toThrow('date must be a date');
  });
});
