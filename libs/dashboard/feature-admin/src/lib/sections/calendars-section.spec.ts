import type { AdminCalendar } from '@ws/dashboard-data-access';
import { holidaysOf } from './calendars-section';

describe('holidaysOf', () => {
  it('lists the whole-day closures of a calendar version, not the partial ones', () => {
    const calendar = {
      definition: {
        timezone: 'Asia/Qatar',
        closures: [
          { from: '2027-05-16', to: '2027-05-20', name: 'Eid al-Adha', status: 'provisional' },
          { date: '2027-05-15', start: '11:00', end: '14:00' },
          { from: '2027-12-18', to: '2027-12-18', name: 'National Day', status: 'confirmed' },
        ],
      },
    } as AdminCalendar;
    expect(holidaysOf(calendar).map((h) => h.from)).toEqual(['2027-05-16', '2027-12-18']);
    expect(holidaysOf(null)).toEqual([]);
  });
});
