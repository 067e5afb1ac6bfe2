import type { AdminCalendar } from '@ws/dashboard-data-access';
import { hoursInput, parseWindows, weekText, windowsText } from './calendar-hours';

const calendar: AdminCalendar = {
  code: 'QA-GOV',
  nameAr: 'تقويم',
  nameEn: 'Government',
  version: 3,
  publishedAt: '2026-01-01T00:00:00Z',
  publishedBy: 'system:seed',
  note: '',
  definition: {
    timezone: 'Asia/Qatar',
    weekly: { sun: [['07:00', '14:00']], fri: [] },
    overrides: [
      {
        from: '2027-02-08',
        to: '2027-03-06',
        name: 'Ramadan 1448',
        weekly: { sun: [['09:00', '14:00']] },
      },
    ],
    closures: [
      { from: '2027-03-07', to: '2027-03-13', name: 'Eid al-Fitr', status: 'provisional' },
    ],
  },
};

describe('calendar hours as text', () => {
  it('writes a day as its windows joined by commas, a closed day as nothing', () => {
    expect(
      windowsText([
        ['07:00', '12:00'],
        ['16:00', '19:00'],
      ]),
    ).toBe('07:00-12:00, 16:00-19:00');
    expect(windowsText([])).toBe('');
    expect(windowsText(undefined)).toBe('');
    expect(weekText(calendar.definition.weekly)).toEqual({
      sun: '07:00-14:00',
      mon: '',
      tue: '',
      wed: '',
      thu: '',
      fri: '',
      sat: '',
    });
  });

  it('reads what was typed into windows, Arabic commas and dashes included, and leaves a broken piece as text', () => {
    expect(parseWindows(' 07:00 - 12:00 ، 16:00–19:00 ')).toEqual([
      ['07:00', '12:00'],
      ['16:00', '19:00'],
    ]);
    expect(parseWindows('22:00-24:00')).toEqual([['22:00', '24:00']]);
    expect(parseWindows('')).toEqual([]);
    expect(parseWindows('9am, 10:00-11:00-12:00')).toEqual(['9am', '10:00-11:00-12:00']);
    expect(parseWindows('10-1x')).toEqual([['10', '1x']]);
  });

  it('publishes the typed week and Ramadan hours with everything else of the version shown', () => {
    const typed: Record<string, string> = {
      'weekly.sun': '07:00-12:00, 16:00-19:00',
      'weekly.wed': '22:00-24:00',
      'weekly.thu': '00:00-06:00',
      'overrides[0].from': '2027-02-09',
      'overrides[0].to': '2027-03-07',
      'overrides[0].weekly.sun': '10:00-15:00',
      note: 'night shift',
    };
    const input = hoursInput(calendar, (name) => typed[name] ?? '');
    expect(input).toEqual({
      nameAr: 'تقويم',
      nameEn: 'Government',
      timezone: 'Asia/Qatar',
      weekly: {
        sun: [
          ['07:00', '12:00'],
          ['16:00', '19:00'],
        ],
        mon: [],
        tue: [],
        wed: [['22:00', '24:00']],
        thu: [['00:00', '06:00']],
        fri: [],
        sat: [],
      },
      overrides: [
        {
          from: '2027-02-09',
          to: '2027-03-07',
          name: 'Ramadan 1448',
          weekly: {
            sun: [['10:00', '15:00']],
            mon: [],
            tue: [],
            wed: [],
            thu: [],
            fri: [],
            sat: [],
          },
        },
      ],
      closures: calendar.definition.closures,
      note: 'night shift',
      expectedVersion: 3,
    });
    expect(hoursInput(calendar, () => '')).not.toHaveProperty('note');
  });

  it('adds new periods of other hours after the existing ones, named when a name was typed', () => {
    const typed: Record<string, string> = {
      'overrides[0].from': '2027-02-08',
      'overrides[0].to': '2027-03-06',
      'overrides[1].name': 'Ramadan 1449',
      'overrides[1].from': '2028-01-28',
      'overrides[1].to': '2028-02-24',
      'overrides[1].weekly.sun': '09:00-14:00',
      'overrides[2].from': '2029-01-16',
    };
    const { overrides } = hoursInput(calendar, (name) => typed[name] ?? '', 2);
    expect(overrides.map((o) => [o.name, o.from, o.to])).toEqual([
      ['Ramadan 1448', '2027-02-08', '2027-03-06'],
      ['Ramadan 1449', '2028-01-28', '2028-02-24'],
      [undefined, '2029-01-16', ''],
    ]);
    expect(overrides[1]?.weekly['sun']).toEqual([['09:00', '14:00']]);
  });
});
