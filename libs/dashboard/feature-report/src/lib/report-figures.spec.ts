import type { LeagueRow, OpenDataRow, ScorecardKpi } from '@ws/contracts';
import { monthEnd, reportFigures, reportMonth } from './report-figures';

const kpi = (code: string, status: ScorecardKpi['status']): ScorecardKpi => ({
  code,
  nameAr: code,
  nameEn: code,
  unit: 'percent',
  direction: 'higher',
  actual: 0.7,
  trajectory: 0.72,
  target2030: 0.8,
  baselineYear: 2024,
  baselineValue: 0.6,
  tolerance: 0.05,
  status,
  basis: { count: 1, coverage: 1, method: 'm', methodCode: 'pooledAdherence' },
  trend: [],
  demo: true,
});
const row = (
  month: string,
  entity: string,
  met: number,
  decided: number,
  satisfied = 0,
  responses = 0,
): OpenDataRow => ({
  month,
  entity,
  entityNameAr: entity,
  entityNameEn: entity,
  met,
  decided,
  adherence: null,
  responses,
  satisfied,
  csat: null,
  opened: 0,
  resolved: 0,
  openedDigital: 0,
});

describe('reportFigures', () => {
  const openData = [
    row('2026-01', 'national', 70, 100, 40, 50),
    row('2026-02', 'national', 90, 100, 10, 20),
    row('2026-03', 'national', 10, 10),
    row('2026-02', 'MOI', 20, 40),
  ];
  const kpis = [
    kpi('SLA_ADHERENCE', 'amber'),
    kpi('CSAT', 'green'),
    kpi('DIGITISED_SERVICES', 'red'),
    kpi('REOPEN_RATE', 'grey'),
  ];

  it('gives the month and the year to its end with their counts, and the scorecard status for the nation', () => {
    const figures = reportFigures({
      month: '2026-02',
      entity: 'national',
      kpis,
      openData,
      league: null,
      digitised: { servicesDigitised: 9, servicesInScope: 10 },
    });
    expect(figures.map((f) => f.code)).toEqual(['SLA_ADHERENCE', 'CSAT', 'DIGITISED_SERVICES']);
    expect(figures[0]).toMatchObject({
      month: { value: 0.9, part: 90, whole: 100 },
      yearToDate: { value: 0.8, part: 160, whole: 200 },
      status: 'amber',
      trajectory: 0.72,
    });
    // 20 responses in February: insufficient for the month, not for the year.
    expect(figures[1]).toMatchObject({
      month: { value: null, part: 10, whole: 20 },
      yearToDate: { value: 50 / 70, part: 50, whole: 70 },
    });
    expect(figures[2]?.month).toEqual({ value: 0.9, part: 9, whole: 10 });
  });

  it("reads an entity's rows and its league statuses", () => {
    const league = {
      adherenceStatus: 'red',
      csatStatus: 'grey',
      digitisedStatus: 'green',
    } as LeagueRow;
    const figures = reportFigures({
      month: '2026-02',
      entity: 'MOI',
      kpis,
      openData,
      league,
      digitised: { servicesDigitised: 1, servicesInScope: 4 },
    });
    expect(figures[0]).toMatchObject({ month: { value: 0.5, part: 20, whole: 40 }, status: 'red' });
    expect(figures.map((f) => f.status)).toEqual(['red', 'grey', 'green']);
  });
});

describe('reportMonth and monthEnd', () => {
  it('accepts YYYY-MM only and ends months on their last day', () => {
    expect(reportMonth('2026-11')).toBe('2026-11');
    expect(reportMonth('2026-13')).toBeNull();
    expect(reportMonth(null)).toBeNull();
    expect(monthEnd('2026-02')).toBe('2026-02-28');
    expect(monthEnd('2028-02')).toBe('2028-02-29');
    expect(monthEnd('2026-12')).toBe('2026-12-31');
  });
});
