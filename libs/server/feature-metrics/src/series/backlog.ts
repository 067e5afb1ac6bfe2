import { BacklogCounts, BacklogResponse } from '@ws/contracts';
import { EntityManager } from 'typeorm';
import { ResolvedScope } from '../query/resolve-scope';
import { ROLLUP_COLUMNS, scopeSql } from '../sql/scope-sql';

type BacklogRow = BacklogCounts & { agency: string };

/**
 * Open cases now by the state of their current (last) cycle, as the worker and its 5-second sweep
 * keep them: running and paused are split from at risk; breached is `breached_open`. Read from
 * `sla_backlog`, which the worker changes in the same transaction as the cycles (equal to counting
 * `sla_case`/`sla_cycle`, as the ingestion tests check). `onlyAgencyId` limits the per-entity rows
 * (an agency manager sees its own).
 */
export async function backlog(manager: EntityManager, scope: ResolvedScope, onlyAgencyId: number | null, now: Date): Promise<BacklogResponse> {
  const params: unknown[] = [];
  const where = scopeSql(scope, ROLLUP_COLUMNS, params);
  const rows: BacklogRow[] = await manager.query(
    `SELECT a.code AS agency, x.running, x.paused, x."atRisk", x.breached, x.running + x.paused + x."atRisk" + x.breached AS total
     FROM (SELECT r.agency_id, sum(r.running)::int AS running, sum(r.paused)::int AS paused, sum(r.at_risk)::int AS "atRisk", sum(r.breached)::int AS breached
           FROM sla_backlog r WHERE true${where}
           GROUP BY r.agency_id HAVING sum(r.running + r.paused + r.at_risk + r.breached) > 0) x
     JOIN agency a ON a.id = x.agency_id
     ORDER BY a.code`,
    params,
  );
  const total = rows.reduce<BacklogCounts>(
    (sum, row) => ({
      running: sum.running + row.running,
      paused: sum.paused + row.paused,
      atRisk: sum.atRisk + row.atRisk,
      breached: sum.breached + row.breached,
      total: sum.total + row.total,
    }),
    { running: 0, paused: 0, atRisk: 0, breached: 0, total: 0 },
  );
  const ownCode = onlyAgencyId === null ? null : await agencyCode(manager, onlyAgencyId);
  return { asOf: now.toISOString(), total, byAgency: rows.filter((row) => ownCode === null || row.agency === ownCode) };
}

async function agencyCode(manager: EntityManager, id: number): Promise<string | null> {
  const rows: { code: string }[] = await manager.query(`SELECT code FROM agency WHERE id = $1`, [id]);
  return rows[0]?.code ?? null;
}
