import { BadRequestException, Injectable } from '@nestjs/common';
import { BREACH_REVIEW_CATEGORIES, BREACH_REVIEW_SORTS, BreachReviewResponse, ReviewSummaryResponse } from '@ws/contracts';
import { AuthenticatedUser } from '@ws/server-access';
import { DataSource } from 'typeorm';
import { listAgency } from '../scope/agency-scope';
import { addDays, qatarDate, qatarMidnight } from '../scope/qatar-dates';
import { optional, queryChecker, readDate, readPaging } from '../scope/query-params';
import { serviceFilterId } from '../scope/service-filter';
import { countReviewItems, reviewItems } from './breach-review.queries';
import { CATEGORY_CONDITIONS, REVIEW_PARAMETERS } from './review-categories';

/** Recent breaches default to the last 30 local days; a window spans at most a year. */
const DEFAULT_RECENT_DAYS = 30;
const MAX_RECENT_DAYS = 366;
const SUMMARY_RECENT_MS = 7 * 86_400_000;
const CYCLES = `FROM sla_cycle c JOIN sla_case sc ON sc.id = c.case_pk CROSS JOIN ${REVIEW_PARAMETERS}`;

@Injectable()
export class BreachReviewService {
  constructor(private readonly dataSource: DataSource) {}

  async list(user: AuthenticatedUser, query: Record<string, unknown>, nowMs: number): Promise<BreachReviewResponse> {
    const check = queryChecker(query);
    const status = optional(check, 'status', (field) => check.oneOf(field, BREACH_REVIEW_CATEGORIES)) ?? null;
    const sort = check.oneOf('sort', BREACH_REVIEW_SORTS, '-breachedAt');
    const toParam = optional(check, 'to', (field) => readDate(check, field));
    const fromParam = optional(check, 'from', (field) => readDate(check, field));
    const paging = readPaging(check);
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
    const [total, items] = await Promise.all([countReviewItems(manager, filter), reviewItems(manager, filter, sort, paging)]);
    return { status, from, to, sort, ...paging, total, items };
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
