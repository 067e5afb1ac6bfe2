import { BreachReviewCategory, BreachReviewItem, BreachReviewSort, ReviewCycleStatus } from '@ws/contracts';
import { EntityManager } from 'typeorm';
import { ACKNOWLEDGEMENT_COLUMNS, AcknowledgementColumns, acknowledgementOf, isoOrNull } from '../scope/acknowledgement-row';
import { Paging } from '../scope/query-params';
import { CATEGORY_CASE, CATEGORY_CONDITIONS, REVIEW_PARAMETERS, SORT_ORDER } from './review-categories';

export interface BreachReviewFilter {
  category: BreachReviewCategory | null;
  agencyId: number | null;
  serviceId: number | null;
  now: Date;
  recentFrom: Date;
  recentTo: Date;
}

export interface ReviewItemRow extends AcknowledgementColumns {
  category: BreachReviewCategory;
  agency: string;
  case_id: string;
  cycle: number;
  service_code: string;
  service_name_ar: string;
  service_name_en: string;
  requesting_agency: string | null;
  channel: string;
  status: string;
  started_at: Date;
  due_at: Date | null;
  breached_at: Date | null;
  stopped_at: Date | null;
  elapsed_seconds: number;
  progress: number;
}

function whereClause(filter: BreachReviewFilter): string {
  const category = filter.category
    ? CATEGORY_CONDITIONS[filter.category]
    : Object.values(CATEGORY_CONDITIONS).map((condition) => `(${condition})`).join(' OR ');
  return `(${category}) AND ($4::int IS NULL OR sc.agency_id = $4) AND ($5::int IS NULL OR sc.service_id = $5)`;
}

const FROM = `FROM sla_cycle c JOIN sla_case sc ON sc.id = c.case_pk CROSS JOIN ${REVIEW_PARAMETERS}`;

export function reviewParameters(filter: BreachReviewFilter): unknown[] {
  return [filter.now, filter.recentFrom, filter.recentTo, filter.agencyId, filter.serviceId];
}

export async function countReviewItems(manager: EntityManager, filter: BreachReviewFilter): Promise<number> {
  const [row]: { total: number }[] = await manager.query(`SELECT count(*)::int AS total ${FROM} WHERE ${whereClause(filter)}`, reviewParameters(filter));
  return row?.total ?? 0;
}

/** The review list's rows in `sort` order, without paging: `$1`..`$5` are `reviewParameters(filter)`. */
export function reviewItemsSql(filter: BreachReviewFilter, sort: BreachReviewSort): string {
  return `SELECT ${CATEGORY_CASE} AS category, a.code AS agency, sc.case_id, c.cycle, s.code AS service_code, s.name_ar AS service_name_ar,
            s.name_en AS service_name_en, ra.code AS requesting_agency, sc.channel, c.status, c.started_at, c.due_at, c.breached_at,
            c.stopped_at, c.elapsed_seconds, c.progress, ${ACKNOWLEDGEMENT_COLUMNS}
     ${FROM}
     JOIN agency a ON a.id = sc.agency_id
     JOIN service s ON s.id = sc.service_id
     LEFT JOIN agency ra ON ra.id = sc.requesting_agency_id
     LEFT JOIN breach_acknowledgement ack ON ack.case_pk = c.case_pk AND ack.cycle = c.cycle
     WHERE ${whereClause(filter)}
     ORDER BY ${SORT_ORDER[sort]}, c.case_pk, c.cycle`;
}

export async function reviewItems(manager: EntityManager, filter: BreachReviewFilter, sort: BreachReviewSort, paging: Paging): Promise<BreachReviewItem[]> {
  const rows: ReviewItemRow[] = await manager.query(`${reviewItemsSql(filter, sort)} LIMIT $6 OFFSET $7`, [
    ...reviewParameters(filter),
    paging.pageSize,
    (paging.page - 1) * paging.pageSize,
  ]);
  return rows.map(reviewItemOf);
}

export function reviewItemOf(row: ReviewItemRow): BreachReviewItem {
  return {
    category: row.category,
    agency: row.agency,
    caseId: row.case_id,
    cycle: row.cycle,
    service: { code: row.service_code, nameAr: row.service_name_ar, nameEn: row.service_name_en },
    requestingAgency: row.requesting_agency,
    channel: row.channel || null,
    status: row.status as ReviewCycleStatus,
    startedAt: row.started_at.toISOString(),
    dueAt: isoOrNull(row.due_at),
    breachedAt: isoOrNull(row.breached_at),
    stoppedAt: isoOrNull(row.stopped_at),
    elapsedSeconds: row.elapsed_seconds,
    progress: row.progress,
    acknowledgement: acknowledgementOf(row),
  };
}
