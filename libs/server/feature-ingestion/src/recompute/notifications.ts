import { NotificationKind } from '@ws/server-database';
import { EntityManager } from 'typeorm';
import { StoredCycle } from './case-types';

export interface NotificationRow {
  readonly agencyId: number;
  readonly casePk: string;
  readonly cycle: number;
  readonly kind: NotificationKind;
  readonly at: number;
}

/**
 * Thresholds a cycle has crossed by `nowMs` since it was first computed. A threshold already past
 * when the cycle was first computed (a case that arrives breached) is never notified.
 */
export function crossedThresholds(agencyId: number, casePk: string, cycle: StoredCycle, nowMs: number): NotificationRow[] {
  const thresholds: [NotificationKind, number | null][] = [
    ['at_risk_50', cycle.atRisk50At],
    ['at_risk_75', cycle.atRisk75At],
    ['breached', cycle.breachedAt],
  ];
  return thresholds
    .filter((entry): entry is [NotificationKind, number] => entry[1] !== null && entry[1] <= nowMs && entry[1] >= cycle.firstComputedAt)
    .map(([kind, at]) => ({ agencyId, casePk, cycle: cycle.cycle, kind, at }));
}

/** Inserts notifications, once per cycle and kind (the unique key ignores repeats). */
export async function insertNotifications(manager: EntityManager, rows: readonly NotificationRow[]): Promise<void> {
  if (rows.length === 0) return;
  await manager.query(
    `INSERT INTO notification (agency_id, case_pk, cycle, kind, at)
     SELECT agency_id, case_pk, cycle, kind, at
     FROM jsonb_to_recordset($1::jsonb) AS x(agency_id int, case_pk bigint, cycle int, kind text, at timestamptz)
     ORDER BY case_pk, cycle, kind
     ON CONFLICT (case_pk, cycle, kind) DO NOTHING`,
    [JSON.stringify(rows.map((row) => ({ agency_id: row.agencyId, case_pk: row.casePk, cycle: row.cycle, kind: row.kind, at: new Date(row.at).toISOString() })))],
  );
}
