import type { AdminCalendar } from '@ws/dashboard-data-access';
import { hijriDate, holidaysOf } from './calendars-section';

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

describe('hijriDate', () => {
  it('gives the Umm al-Qura date beside the Gregorian one', () => {
    // 10 Dhu al-Hijjah 1445 (Eid al-Adha) fell on 16 June 2024
    expect(hijriDate('2024-06-16', 'en')).toMatch(/^10 .*Hijjah 1445/);
    expect(hijriDate('2024-06-16', 'ar')).toContain('1445');
  });
});
