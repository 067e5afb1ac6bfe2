import { Injectable } from '@nestjs/common';
import { KpiStatus, LeagueResponse, LeagueRow, MatrixResponse } from '@ws/contracts';
import { KpiView, listKpis } from '@ws/server-catalogue-store';
import { adherenceOf, csatFromCounts } from '@ws/sla-engine';
import { DataSource } from 'typeorm';
import { DateRange } from '../query/query-fields';
import { kpiStatus, trajectoryAt } from '../scorecard/kpi-status';
import { shareOf } from '../series/series-figures';
import { agencyCounts, agencyNames, pairCounts } from './league-data';

/** Higher first, null last. */
function byValueDesc(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return b - a;
}

/** Entities ranked on the NDS3 figures, and the inter-entity matrix (published national aggregates). */
@Injectable()
export class LeagueService {
  constructor(private readonly dataSource: DataSource) {}

  async league(range: DateRange): Promise<LeagueResponse> {
    const [counts, kpis] = await Promise.all([agencyCounts(this.dataSource.manager, range.from, range.to), listKpis(this.dataSource.manager)]);
    const year = Number(range.to.slice(0, 4));
    const status = (code: string, actual: number | null, basisCount: number | null): KpiStatus => {
      const kpi: KpiView | undefined = kpis.find((candidate) => candidate.code === code);
      if (!kpi) return 'grey';
      return kpiStatus({ actual, trajectory: trajectoryAt(kpi, year), direction: kpi.direction, tolerance: kpi.tolerance, basisCount });
    };
    const rows = counts.map((row): Omit<LeagueRow, 'rank'> => {
      const adherence = adherenceOf(row);
      const csat = csatFromCounts(row.satisfied, row.responses).csat;
      const digitisedShare = shareOf(row.servicesDigitised, row.servicesInScope);
      return {
        agency: row.agency,
        met: row.met,
        decided: row.met + row.breached,
        adherence,
        adherenceStatus: status('SLA_ADHERENCE', adherence, row.met + row.breached),
        responses: row.responses,
        satisfied: row.satisfied,
        csat,
        csatStatus: status('CSAT', csat, row.responses),
        servicesInScope: row.servicesInScope,
        servicesDigitised: row.servicesDigitised,
        digitisedShare,
        digitisedStatus: status('DIGITISED_SERVICES', digitisedShare, null),
      };
    });
    rows.sort(
      (a, b) => byValueDesc(a.adherence, b.adherence) || byValueDesc(a.csat, b.csat) || byValueDesc(a.digitisedShare, b.digitisedShare) || a.agency.code.localeCompare(b.agency.code),
    );
    return { ...range, rows: rows.map((row, index) => ({ rank: index + 1, ...row })) };
  }

  async matrix(range: DateRange): Promise<MatrixResponse> {
    const pairs = await pairCounts(this.dataSource.manager, range.from, range.to);
    const codes = [...new Set(pairs.flatMap((pair) => [pair.requesting, pair.providing]))];
    return {
      ...range,
      agencies: await agencyNames(this.dataSource.manager, codes),
      cells: pairs.map((pair) => ({ requesting: pair.requesting, providing: pair.providing, met: pair.met, decided: pair.met + pair.breached, adherence: adherenceOf(pair) })),
    };
  }
}
