import { Injectable } from '@nestjs/common';
import { ErrorBudgetEntity, ErrorBudgetResponse } from '@ws/contracts';
import { poolCounts } from '@ws/sla-engine';
import { DataSource, EntityManager } from 'typeorm';
import { AgencyRef } from '../scope/agency-scope';
import { serviceCounts } from './budget-counts';
import { BURN_THRESHOLDS, budgetFigures, MINIMUM_DECIDED, SLA_TARGET } from './budget-figures';
import { burnWindowEnd, Quarter } from './quarter';

export interface BudgetEntityWithIds extends ErrorBudgetEntity {
  agencyId: number;
  serviceIds: number[];
}

/** Error budgets per agency (its services pooled, never averaged) and per service, for one quarter. */
@Injectable()
export class ErrorBudgetReport {
  constructor(private readonly dataSource: DataSource) {}

  async entities(manager: EntityManager, quarter: Quarter, nowMs: number, agency: AgencyRef | null): Promise<BudgetEntityWithIds[]> {
    const agencies: AgencyRef[] = await manager.query(
      `SELECT id, code, name_ar AS "nameAr", name_en AS "nameEn" FROM agency WHERE $1::int IS NULL OR id = $1 ORDER BY code`,
      [agency?.id ?? null],
    );
    const services = await serviceCounts(manager, quarter, burnWindowEnd(quarter, nowMs), agency?.id ?? null);
    return agencies.map((row) => {
      const own = services.filter((service) => service.agencyId === row.id);
      const pooled = {
        quarter: poolCounts(own.map((service) => service.counts.quarter)),
        last3Days: poolCounts(own.map((service) => service.counts.last3Days)),
        last14Days: poolCounts(own.map((service) => service.counts.last14Days)),
      };
      return {
        agencyId: row.id,
        serviceIds: own.map((service) => service.serviceId),
        agency: { code: row.code, nameAr: row.nameAr, nameEn: row.nameEn },
        total: budgetFigures(pooled),
        services: own.map((service) => ({ service: service.service, ...budgetFigures(service.counts) })),
      };
    });
  }

  async report(quarter: Quarter, nowMs: number, agency: AgencyRef | null): Promise<ErrorBudgetResponse> {
    const entities = await this.entities(this.dataSource.manager, quarter, nowMs, agency);
    return {
      quarter: quarter.label,
      from: quarter.from,
      to: quarter.to,
      target: SLA_TARGET,
      minimumDecided: MINIMUM_DECIDED,
      burnThresholds: { ...BURN_THRESHOLDS },
      entities: entities.map(({ agency: name, total, services }) => ({ agency: name, total, services })),
    };
  }
}
