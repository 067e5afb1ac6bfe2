import { EntityManager } from 'typeorm';
import { restatementKey } from '../recompute/recompute-cases';
import { CycleDecision } from './restatement-months';

export interface PendingRow {
  id: string;
  case_pk: string;
  cycle: number;
  reason: string;
  before: CycleDecision;
  /** `{}` when the recompute would remove the cycle. */
  after: CycleDecision;
  created_at: Date;
}

/** Pending rows of one reason, or of all; `lock` takes them `FOR UPDATE` (in id order). */
export async function pendingRows(manager: EntityManager, reason: string | null, lock = false): Promise<PendingRow[]> {
  return manager.query(
    `SELECT id, case_pk, cycle, reason, before, after, created_at FROM restatement_pending
     WHERE $1::text IS NULL OR reason = $1 ORDER BY id ${lock ? 'FOR UPDATE' : ''}`,
    [reason],
  );
}

/** The calendar's or the service's code a reason (`calendar:<id>`, `service:<id>`) names. */
export async function subjectsOf(manager: EntityManager): Promise<Map<string, string>> {
  const rows: { reason: string; code: string }[] = await manager.query(
    `SELECT 'calendar:' || id AS reason, code FROM calendar UNION ALL SELECT 'service:' || id, code FROM service`,
  );
  return new Map(rows.map((row) => [row.reason, row.code]));
}

/** The decisions of the given cycles as they are stored now (a missing cycle: null). */
export async function storedDecisions(manager: EntityManager, rows: readonly PendingRow[]): Promise<(CycleDecision | null)[]> {
  const stored: { case_pk: string; cycle: number; status: string; decided_at: Date | null }[] = await manager.query(
    `SELECT c.case_pk, c.cycle, c.status, c.decided_at FROM sla_cycle c
     JOIN unnest($1::bigint[], $2::int[]) AS k(case_pk, cycle) ON c.case_pk = k.case_pk AND c.cycle = k.cycle`,
    [rows.map((row) => row.case_pk), rows.map((row) => row.cycle)],
  );
  const byKey = new Map(stored.map((row) => [restatementKey(row.case_pk, row.cycle), { status: row.status, decidedAt: row.decided_at?.getTime() ?? null }]));
  return rows.map((row) => byKey.get(restatementKey(row.case_pk, row.cycle)) ?? null);
}
