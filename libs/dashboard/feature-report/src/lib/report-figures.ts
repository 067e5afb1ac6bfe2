import type {
  FigureMethodCode,
  KpiStatus,
  LeagueRow,
  OpenDataRow,
  ScorecardKpi,
} from '@ws/contracts';

/** The three NDS3 targets, in the scorecard's order. */
export const REPORT_KPIS = ['SLA_ADHERENCE', 'CSAT', 'DIGITISED_SERVICES'] as const;
export type ReportKpi = (typeof REPORT_KPIS)[number];

/** A ratio with what it stands on: `part / whole` (null below 30, the "insufficient data" rule). */
export interface CountedRatio {
  value: number | null;
  part: number;
  whole: number;
}

export interface ReportFigure {
  code: ReportKpi;
  nameAr: string;
  nameEn: string;
  month: CountedRatio;
  yearToDate: CountedRatio;
  trajectory: number | null;
  target2030: number | null;
  status: KpiStatus;
  methodCode: FigureMethodCode;
}

export interface ReportInput {
  month: string;
  /** `national` or the entity's code. */
  entity: string;
  kpis: readonly ScorecardKpi[];
  openData: readonly OpenDataRow[];
  /** The entity's row of the month's league (entity reports). */
  league: LeagueRow | null;
  digitised: { servicesDigitised: number; servicesInScope: number };
}

const MINIMUM_SAMPLE = 30;

function counted(part: number, whole: number, minimum = MINIMUM_SAMPLE): CountedRatio {
  return { value: whole >= minimum && whole > 0 ? part / whole : null, part, whole };
}

function sums(rows: readonly OpenDataRow[]) {
  const total = { met: 0, decided: 0, satisfied: 0, responses: 0 };
  for (const row of rows) {
    total.met += row.met;
    total.decided += row.decided;
    total.satisfied += row.satisfied;
    total.responses += row.responses;
  }
  return total;
}

/**
 * The monthly report's figures for the nation or one entity, from the scorecard's own sources: the
 * open data's monthly counts (in-scope services, as the scorecard's trend) for the month and the
 * year to its end, the scorecard's trajectory and target, and a status (the scorecard's for the
 * nation, the month's league row for an entity). Digitisation is the catalogue now (no history).
 */
export function reportFigures(input: ReportInput): ReportFigure[] {
  const rows = input.openData.filter(
    (row) => row.entity === input.entity && row.month <= input.month,
  );
  const month = sums(rows.filter((row) => row.month === input.month));
  const year = sums(rows);
  const national = input.entity === 'national';
  const statusOf = (code: ReportKpi, kpi: ScorecardKpi): KpiStatus => {
    if (national || !input.league) return national ? kpi.status : 'grey';
    return {
      SLA_ADHERENCE: input.league.adherenceStatus,
      CSAT: input.league.csatStatus,
      DIGITISED_SERVICES: input.league.digitisedStatus,
    }[code];
  };
  const digitised = counted(input.digitised.servicesDigitised, input.digitised.servicesInScope, 1);
  return REPORT_KPIS.flatMap((code): ReportFigure[] => {
    const kpi = input.kpis.find((candidate) => candidate.code === code);
    if (!kpi) return [];
    const figures: Record<ReportKpi, [CountedRatio, CountedRatio]> = {
      SLA_ADHERENCE: [counted(month.met, month.decided), counted(year.met, year.decided)],
      CSAT: [counted(month.satisfied, month.responses), counted(year.satisfied, year.responses)],
      DIGITISED_SERVICES: [digitised, digitised],
    };
    const [monthFigure, yearFigure] = figures[code];
    return [
      {
        code,
        nameAr: kpi.nameAr,
        nameEn: kpi.nameEn,
        month: monthFigure,
        yearToDate: yearFigure,
        trajectory: kpi.trajectory,
        target2030: kpi.target2030,
        status: statusOf(code, kpi),
        methodCode: kpi.basis.methodCode,
      },
    ];
  });
}

/** The entity's (or the nation's) months of the year up to the report's month, for the table of months. */
export function monthsOfYear(
  openData: readonly OpenDataRow[],
  entity: string,
  month: string,
): OpenDataRow[] {
  return openData.filter((row) => row.entity === entity && row.month <= month);
}

/** `YYYY-MM` or null. */
export function reportMonth(value: string | null): string | null {
  return value !== null && /^\d{4}-(0[1-9]|1[0-2])$/.test(value) ? value : null;
}

/** The last day of a month `YYYY-MM`, as `YYYY-MM-DD`. */
export function monthEnd(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(year, monthNumber, 0)).getUTCDate()).padStart(2, '0')}`;
}
