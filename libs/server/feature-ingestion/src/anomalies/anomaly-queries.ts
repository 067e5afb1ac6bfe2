import { AnomalyItem, AnomalyKind } from '@ws/contracts';
import { EntityManager } from 'typeorm';

/** An agency and an optional range of instants `[from, to)`: $1, $2 and $3 of every query. */
export interface AnomalyScope {
  readonly agencyId: number;
  readonly from: Date | null;
  readonly to: Date | null;
}

/** Days without an opening after which a case's events are an orphan anomaly (event-feed.md). */
export const ORPHAN_AFTER_DAYS = 7;

const within = (column: string): string => `($2::timestamptz IS NULL OR ${column} >= $2) AND ($3::timestamptz IS NULL OR ${column} < $3)`;

/**
 * Per kind: the rows (FROM and WHERE, on the agency and range), what a list item is, and its order.
 * Orphans start from the case rows without an opening (the agency's part of `sla_case`), then read
 * only those cases' events; events before the opening compare each opened case's events to it.
 */
const KINDS: Record<AnomalyKind, { rows: string; item: string; order: string }> = {
  rejected: {
    rows: `FROM event_rejection r WHERE r.agency_id = $1 AND ${within('r.received_at')}`,
    item: `r.received_at AS "receivedAt", r.batch_id AS "batchId", r.event_index AS "index", r.event_id AS "eventId", r.errors, r.raw`,
    order: `r.received_at DESC, r.id DESC`,
  },
  conflict: {
    rows: `FROM event_conflict c JOIN feed_event f ON f.id = c.kept_event_pk WHERE c.agency_id = $1 AND ${within('c.detected_at')}`,
    item: `c.detected_at AS "detectedAt", c.event_id AS "eventId", c.batch_id AS "batchId", f.payload AS kept, c.payload AS received`,
    order: `c.detected_at DESC, c.id DESC`,
  },
  orphan: {
    rows: `FROM (
        SELECT sc.case_id, s.code AS service_code, count(*)::int AS events, min(f.occurred_at) AS first_at, max(f.occurred_at) AS last_at
        FROM sla_case sc
        JOIN feed_event f ON f.agency_id = sc.agency_id AND f.case_id = sc.case_id
        LEFT JOIN service s ON s.id = sc.service_id
        WHERE sc.agency_id = $1 AND sc.opened_at IS NULL
        GROUP BY sc.case_id, s.code
        HAVING bool_and(f.type <> 'case.opened') AND min(f.occurred_at) < now() - interval '${ORPHAN_AFTER_DAYS} days'
      ) o WHERE ${within('o.first_at')}`,
    item: `o.case_id AS "caseId", o.service_code AS "serviceCode", o.events, o.first_at AS "firstEventAt", o.last_at AS "lastEventAt"`,
    order: `o.first_at DESC, o.case_id`,
  },
  before_opening: {
    rows: `FROM sla_case sc JOIN feed_event f ON f.agency_id = sc.agency_id AND f.case_id = sc.case_id
      WHERE sc.agency_id = $1 AND sc.opened_at IS NOT NULL AND f.occurred_at < sc.opened_at AND ${within('f.occurred_at')}`,
    item: `sc.case_id AS "caseId", sc.opened_at AS "openedAt", f.event_id AS "eventId", f.type, f.occurred_at AS "occurredAt"`,
    order: `f.occurred_at DESC, f.id DESC`,
  },
};

const parameters = (scope: AnomalyScope): unknown[] => [scope.agencyId, scope.from, scope.to];

/** How many anomalies of each kind the scope holds. */
export async function countAnomalies(manager: EntityManager, scope: AnomalyScope): Promise<Record<AnomalyKind, number>> {
  const selects = Object.entries(KINDS).map(([kind, query]) => `(SELECT count(*)::int ${query.rows}) AS "${kind}"`);
  const [row]: Record<AnomalyKind, number>[] = await manager.query(`SELECT ${selects.join(', ')}`, parameters(scope));
  return row as Record<AnomalyKind, number>;
}

/** One page of one kind, newest first; instants as ISO 8601. */
export async function listAnomalies(
  manager: EntityManager,
  scope: AnomalyScope,
  kind: AnomalyKind,
  page: { offset: number; limit: number },
): Promise<AnomalyItem[]> {
  const query = KINDS[kind];
  const rows: Record<string, unknown>[] = await manager.query(
    `SELECT ${query.item} ${query.rows} ORDER BY ${query.order} OFFSET $4 LIMIT $5`,
    [...parameters(scope), page.offset, page.limit],
  );
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(([name, value]) => [name, value instanceof Date ? value.toISOString() : value]))) as unknown as AnomalyItem[];
}
