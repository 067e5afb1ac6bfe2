import { BadRequestException, Injectable } from '@nestjs/common';
import { BREACH_REVIEW_CATEGORIES, BREACH_REVIEW_SORTS, BreachReviewCategory, BreachReviewResponse, BreachReviewSort, ReviewSummaryResponse } from '@ws/contracts';
import { AuthenticatedUser } from '@ws/server-access';
import { FieldChecker } from '@ws/server-validation';
import { DataSource } from 'typeorm';
import { listAgency } from '../scope/agency-scope';
import { addDays, qatarDate, qatarMidnight } from '../scope/qatar-dates';
import { optional, queryChecker, readDate, readPaging } from '../scope/query-params';
import { serviceFilterId } from '../scope/service-filter';
import { BreachReviewFilter, countReviewItems, reviewItems } from './breach-review.queries';
import { CATEGORY_CONDITIONS, REVIEW_PARAMETERS } from './review-categories';

/** Recent breaches default to the last 30 local days; a window spans at most a year. */
const DEFAULT_RECENT_DAYS = 30;
const MAX_RECENT_DAYS = 366;
const SUMMARY_RECENT_MS = 7 * 86_400_000;
/** A review list's checked filters: the SQL filter, and the values the answer echoes. */
export interface ReviewListFilter {
  filter: BreachReviewFilter;
  status: BreachReviewCategory | null;
  sort: BreachReviewSort;
  from: string;
  to: string;
}

const CYCLES = `FROM sla_cycle c JOIN sla_case sc ON sc.id = c.case_pk CROSS JOIN ${REVIEW_PARAMETERS}`;

@Injectable()
export class BreachReviewService {
  constructor(private readonly dataSource: DataSource) {}

  async list(user: AuthenticatedUser, query: Record<string, unknown>, nowMs: number): Promise<BreachReviewResponse> {
    const check = queryChecker(query);
    const paging = readPaging(check);
    const { filter, status, sort, from, to } = await this.readFilter(user, check, nowMs);
    const manager = this.dataSource.manager;
    const [total, items] = await Promise.all([countReviewItems(manager, filter), reviewItems(manager, filter, sort, paging)]);
    return { status, from, to, sort, ...paging, total, items };
  }

  /** The list's filters and sort (every parameter but the paging), checked, with the agency scope of the user. */
  async readFilter(user: AuthenticatedUser, check: FieldChecker, nowMs: number): Promise<ReviewListFilter> {
    const status = optional(check, 'status', (field) => check.oneOf(field, BREACH_REVIEW_CATEGORIES)) ?? null;
    const sort = check.oneOf('sort', BREACH_REVIEW_SORTS, '-breachedAt');
    const toParam = optional(check, 'to', (field) => readDate(check, field));
    const fromParam = optional(check, 'from', (field) => readDate(check, field));
    const agencyCode = optional(check, 'agency', (field) => check.code(field));
    const serviceCode = optional(check, 'service', (field) => check.code(field));
    check.done();
    const to = toParam ?? qatarDate(nowMs);
    const from = fromParam ?? addDays(to, 1 - DEFAULT_RECENT_DAYS);
    if (to < from || qatarMidnight(to) - qatarMidnight(from) > MAX_RECENT_DAYS * 86_400_000) {
      const message = `to must not be before from, and the window must span at most ${MAX_RECENT_DAYS} days`;
      throw new BadRequestException({ message, errors: [{ field: 'to', rule: 'range', message }] });
    }
    const manager = this.dataSource.manager;
    const agency = await listAgency(manager, user, agencyCode);
    const filter = {
      category: status,
      agencyId: agency?.id ?? null,
      serviceId: await serviceFilterId(manager, serviceCode),
      now: new Date(nowMs),
      recentFrom: new Date(qatarMidnight(from)),
      recentTo: new Date(qatarMidnight(addDays(to, 1))),
    };
    return { filter, status, sort, from, to };
  }

  /** Three counts and the newest notification id, on the partial index of open cycles and the decided index. */
  async summary(user: AuthenticatedUser, query: Record<string, unknown>, nowMs: number): Promise<ReviewSummaryResponse> {
    const check = queryChecker(query);
    const agencyCode = optional(check, 'agency', (field) => check.code(field));
    check.done();
    const agency = await listAgency(this.dataSource.manager, user, agencyCode);
    const [row]: { open_breaches: number; at_risk: number; breached_recently: number; latest: string | null }[] = await this.dataSource.query(
      `SELECT
         (SELECT count(*)::int ${CYCLES} WHERE ${CATEGORY_CONDITIONS.open_breach} AND ($4::int IS NULL OR sc.agency_id = $4)) AS open_breaches,
         (SELECT count(*)::int ${CYCLES} WHERE ${CATEGORY_CONDITIONS.at_risk} AND ($4::int IS NULL OR sc.agency_id = $4)) AS at_risk,
         (SELECT count(*)::int ${CYCLES}
          WHERE c.status IN ('breached', 'breached_open') AND c.decided_at >= p.recent_from AND c.decided_at <= p.recent_to
            AND ($4::int IS NULL OR sc.agency_id = $4)) AS breached_recently,
         (SELECT max(id)::text FROM notification WHERE ($4::int IS NULL OR agency_id = $4)) AS latest`,
      [new Date(nowMs), new Date(nowMs - SUMMARY_RECENT_MS), new Date(nowMs), agency?.id ?? null],
    );
    return {
      agency: agency?.code ?? null,
      openBreaches: row?.open_breaches ?? 0,
      atRisk: row?.at_risk ?? 0,
      breachedLast7Days: row?.breached_recently ?? 0,
      latestNotificationId: row?.latest ?? null,
      asOf: new Date(nowMs).toISOString(),
    };
  }
}
