import { listKpis } from '@ws/server-catalogue-store';
import { EntityManager } from 'typeorm';

/** The NDS3 2030 targets of the contract, used when the KPI table has none. */
const DEFAULT_TARGETS: Record<string, number> = { SLA_ADHERENCE: 0.8, CSAT: 0.85, DIGITISED_SERVICES: 0.9 };

/** The 2030 target of a KPI as the kpi table holds it now (central office may edit it). */
export async function kpiTarget(manager: EntityManager, code: string): Promise<number> {
  const kpi = (await listKpis(manager)).find((candidate) => candidate.code === code);
  return kpi?.target2030 ?? DEFAULT_TARGETS[code] ?? 0;
}
