import { Injectable } from '@nestjs/common';
import { NotificationListResponse, REVIEW_NOTIFICATION_KINDS, ReviewNotification, ReviewNotificationKind } from '@ws/contracts';
import { AuthenticatedUser } from '@ws/server-access';
import { DataSource } from 'typeorm';
import { listAgency } from '../scope/agency-scope';
import { optional, queryChecker, readInstant, readPaging } from '../scope/query-params';

interface NotificationRow {
  id: string;
  kind: ReviewNotificationKind;
  agency: string;
  case_id: string | null;
  cycle: number | null;
  service: string | null;
  quarter: string | null;
  at: Date;
  created_at: Date;
  burn_rate_3d: number | null;
  burn_rate_14d: number | null;
}

const WHERE = `WHERE ($1::int IS NULL OR n.agency_id = $1) AND ($2::text IS NULL OR n.kind = $2) AND ($3::timestamptz IS NULL OR n.created_at >= $3)`;

/** The in-app list of notifications (case thresholds and burn-rate alerts), newest first. */
@Injectable()
export class NotificationsService {
  constructor(private readonly dataSource: DataSource) {}

  async list(user: AuthenticatedUser, query: Record<string, unknown>): Promise<NotificationListResponse> {
    const check = queryChecker(query);
    const agencyCode = optional(check, 'agency', (field) => check.code(field));
    const kind = optional(check, 'kind', (field) => check.oneOf(field, REVIEW_NOTIFICATION_KINDS)) ?? null;
    const since = optional(check, 'since', (field) => readInstant(check, field)) ?? null;
    const paging = readPaging(check);
    check.done();
    const agency = await listAgency(this.dataSource.manager, user, agencyCode);
    const parameters = [agency?.id ?? null, kind, since];
    const [count]: { total: number }[] = await this.dataSource.query(`SELECT count(*)::int AS total FROM notification n ${WHERE}`, parameters);
    const rows: NotificationRow[] = await this.dataSource.query(
      `SELECT n.id, n.kind, a.code AS agency, sc.case_id, n.cycle, COALESCE(cs.code, ns.code) AS service, n.quarter, n.at, n.created_at,
              n.burn_rate_3d, n.burn_rate_14d
       FROM notification n
       JOIN agency a ON a.id = n.agency_id
       LEFT JOIN sla_case sc ON sc.id = n.case_pk
       LEFT JOIN service cs ON cs.id = sc.service_id
       LEFT JOIN service ns ON ns.id = n.service_id
       ${WHERE}
       ORDER BY n.id DESC LIMIT $4 OFFSET $5`,
      [...parameters, paging.pageSize, (paging.page - 1) * paging.pageSize],
    );
    return { ...paging, total: count?.total ?? 0, items: rows.map(toView) };
  }
}

function toView(row: NotificationRow): ReviewNotification {
  return {
    id: row.id,
    kind: row.kind,
    agency: row.agency,
    caseId: row.case_id,
    cycle: row.cycle,
    service: row.service,
    quarter: row.quarter,
    at: row.at.toISOString(),
    createdAt: row.created_at.toISOString(),
    burnRate3d: row.burn_rate_3d,
    burnRate14d: row.burn_rate_14d,
  };
}
