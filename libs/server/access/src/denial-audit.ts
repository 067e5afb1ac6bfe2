import { Injectable, Logger } from '@nestjs/common';
import { writeAudit } from '@ws/server-database';
import { RateLimiter } from '@ws/server-queue';
import { DataSource } from 'typeorm';
import { actorOf, UserRequest } from './authenticated-user';

/** One audit row per (status, route, caller) a minute; the rest of that minute's repeats are not written. */
export const DENIAL_WINDOW_SECONDS = 60;
/** At most this many denial rows a minute across every API process (Redis), and within each process. */
export const DENIAL_ROWS_PER_MINUTE = 60;

/** 401, 403, and the 404 an agency manager gets for another agency's resources. */
export function isAuditedDenial(status: number, request: UserRequest): boolean {
  if (status === 401 || status === 403) return true;
  return status === 404 && request.user?.role === 'agency_manager' && request.route !== undefined;
}

/**
 * Writes denied requests to the audit log without secrets (no header, no body, no query string:
 * who, the route, the status and the message), bounded so that a flood of denials cannot grow
 * the table faster than DENIAL_ROWS_PER_MINUTE rows a minute (docs/security.md).
 */
@Injectable()
export class DenialAudit {
  private readonly logger = new Logger('DenialAudit');
  private processMinute = -1;
  private processRows = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly limiter: RateLimiter,
  ) {}

  async record(request: UserRequest, status: number, message: string): Promise<void> {
    const route = routeOf(request);
    const actor = request.user ? actorOf(request.user) : `anonymous:${request.ip ?? 'unknown'}`;
    const entityKey = `${status} ${request.method} ${route}`;
    const first = await this.limiter.consume(
      `denial:${entityKey}:${actor}`,
      1,
      DENIAL_WINDOW_SECONDS,
    );
    if (!first.allowed || !this.withinProcessBudget()) return;
    const global = await this.limiter.consume(
      'denial:rows',
      DENIAL_ROWS_PER_MINUTE,
      DENIAL_WINDOW_SECONDS,
    );
    if (!global.allowed) return;
    try {
      await writeAudit(this.dataSource.manager, {
        actor,
        action: 'denied',
        entity: 'access',
        entityKey,
        before: null,
        after: {
          status,
          method: request.method,
          route,
          path: request.path,
          address: request.ip ?? null,
          message,
        },
      });
    } catch (error) {
      this.logger.warn(`denied ${entityKey} for ${actor} not audited: ${(error as Error).message}`);
    }
  }

  /** The in-process cap: keeps the bound even when Redis cannot answer (the limiter then allows all). */
  private withinProcessBudget(): boolean {
    const minute = Math.floor(Date.now() / (DENIAL_WINDOW_SECONDS * 1000));
    if (minute !== this.processMinute) {
      this.processMinute = minute;
      this.processRows = 0;
    }
    this.processRows += 1;
    return this.processRows <= DENIAL_ROWS_PER_MINUTE;
  }
}

/** The route's template (`/api/v1/agencies/:agency/cases/:caseId`), else the path: no ids of other requests. */
function routeOf(request: UserRequest): string {
  const template = (request.route as { path?: unknown } | undefined)?.path;
  return typeof template === 'string' ? `${request.baseUrl}${template}` : request.path;
}
