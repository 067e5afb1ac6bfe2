import { BacklogCounts, BacklogResponse } from '@ws/contracts';
import { EntityManager } from 'typeorm';
import { ResolvedScope } from '../query/resolve-scope';
import { CASE_COLUMNS, scopeSql } from '../sql/scope-sql';

type BacklogRow = BacklogCounts & { agency: string };

/**
 * Open cases now by the state of their current (last) cycle, from `sla_case`/`sla_cycle` as the
 * worker and its 5-second sweep keep them: running and paused are split from at risk; breached is
 * `breached_open`. `onlyAgencyId` limits the per-entity rows (an agency manager sees its own).
 * An open cycle counts only when no later cycle exists (cycles number from 1, so a later one is
 * past the first): every part is read from a small covering partial index
 * (`sla_case_open_scope_idx`, `sla_cycle_open_case_idx`, `sla_cycle_reopened_idx`).
 */
export async function backlog(manager: EntityManager, scope: ResolvedScope, onlyAgencyId: number | null, now: Date): Promise<BacklogResponse> {
  const params: unknown[] = [];
  const where = scopeSql(scope, CASE_COLUMNS, params);
  // Counted per agency id first, then named: the open cycles are tens of thousands of rows.
  const rows: BacklogRow[] = await manager.query(
    `SELECT a.code AS agency, x.running, x.paused, x."atRisk", x.breached, x.total
     FROM (SELECT k.agency_id,
             count(*) FILTER (WHERE c.status = 'running' AND NOT c.at_risk)::int AS running,
             count(*) FILTER (WHERE c.status = 'paused' AND NOT c.at_risk)::int AS paused,
             count(*) FILTER (WHERE c.status IN ('running', 'paused') AND c.at_risk)::int AS "atRisk",
             count(*) FILTER (WHERE c.status = 'breached_open')::int AS breached,
             count(*)::int AS total
           FROM sla_case k JOIN sla_cycle c ON c.case_pk = k.id AND c.status IN ('running', 'paused', 'breached_open')
           WHERE k.open${where}
             AND NOT EXISTS (SELECT FROM sla_cycle later WHERE later.case_pk = c.case_pk AND later.cycle > 1 AND later.cycle > c.cycle)
           GROUP BY k.agency_id) x
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
