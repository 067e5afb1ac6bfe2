import { Injectable } from '@nestjs/common';
import { ErrorBudgetFigures } from '@ws/contracts';
import { DataSource } from 'typeorm';
import { ErrorBudgetReport } from '../budgets/error-budget-report.service';
import { quarterOf } from '../budgets/quarter';

/** The agency as a whole, in place of a service id. */
export const WHOLE_AGENCY = 0;

interface BurnAlert {
  agency_id: number;
  service_id: number;
  kind: 'burn_rate_fast' | 'burn_rate_slow';
  burn_rate_3d: number | null;
  burn_rate_14d: number | null;
}

function alertOf(agencyId: number, serviceId: number, figures: ErrorBudgetFigures): BurnAlert[] {
  if (!figures.burnLevel) return [];
  const kind = figures.burnLevel === 'fast' ? 'burn_rate_fast' : 'burn_rate_slow';
  return [{ agency_id: agencyId, service_id: serviceId, kind, burn_rate_3d: figures.burnRate3d, burn_rate_14d: figures.burnRate14d }];
}

/**
 * Writes an in-app notification when an agency or a service starts burning its error budget of
 * the current quarter fast or slowly: once per agency, service, quarter and level (unique index).
 */
@Injectable()
export class BurnRateAlerts {
  constructor(
    private readonly dataSource: DataSource,
    private readonly report: ErrorBudgetReport,
  ) {}

  /** Returns how many notifications were new. */
  async run(nowMs: number): Promise<number> {
    const quarter = quarterOf(nowMs);
    const entities = await this.report.entities(this.dataSource.manager, quarter, nowMs, null);
    const alerts = entities.flatMap((entity) => [
      ...alertOf(entity.agencyId, WHOLE_AGENCY, entity.total),
      ...entity.services.flatMap((row, index) => alertOf(entity.agencyId, entity.serviceIds[index] as number, row)),
    ]);
    if (alerts.length === 0) return 0;
    const inserted: unknown[] = await this.dataSource.query(
      `INSERT INTO notification (agency_id, service_id, quarter, kind, at, burn_rate_3d, burn_rate_14d, webhook_status)
       SELECT agency_id, service_id, $2, kind, $3, burn_rate_3d, burn_rate_14d, 'in_app'
       FROM jsonb_to_recordset($1::jsonb) AS x(agency_id int, service_id int, kind text, burn_rate_3d float8, burn_rate_14d float8)
       ORDER BY agency_id, service_id, kind
       ON CONFLICT (agency_id, service_id, quarter, kind) WHERE case_pk IS NULL DO NOTHING
       RETURNING id`,
      [JSON.stringify(alerts), quarter.label, new Date(nowMs)],
    );
    return inserted.length;
  }
}
