import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { CaseKey, lockCases, lockCasesByPk, lockDueCases } from './case-store';
import { recomputeLocked } from './recompute-cases';

const CHUNK = 500;

export type RecomputeScope = { calendarId: number } | { serviceId: number };

/** Entry points of the case recompute: a batch's cases, due transitions, catalogue changes, rebuild. */
@Injectable()
export class CaseRecompute {
  constructor(private readonly dataSource: DataSource) {}

  /** Within the caller's transaction: lock and recompute every case the keys name. */
  async recomputeKeys(
    manager: EntityManager,
    keys: readonly CaseKey[],
    nowMs: number,
  ): Promise<number> {
    return recomputeLocked(manager, await lockCases(manager, keys), nowMs, { kind: 'events' });
  }

  /** One sweep pass: cases whose next transition passed, in one transaction; returns how many. */
  async sweep(nowMs: number, limit = CHUNK): Promise<number> {
    return this.dataSource.transaction(async (manager) =>
      recomputeLocked(manager, await lockDueCases(manager, nowMs, limit), nowMs, {
        kind: 'events',
      }),
    );
  }

  /**
   * After a calendar version is published or a service's SLA definition changes: recomputes the
   * open cases only. Decided cycles stay as they are; a change to one is recorded in
   * `restatement_pending` (docs/ingestion.md). Chunks of 500 cases, one transaction each.
   */
  async recomputeOpenCases(scope: RecomputeScope, nowMs: number): Promise<number> {
    const rows: { id: string }[] =
      'calendarId' in scope
        ? await this.dataSource.query(
            `SELECT id FROM sla_case WHERE open AND sla_definition_id IN (SELECT id FROM sla_definition WHERE calendar_id = $1) ORDER BY id`,
            [scope.calendarId],
          )
        : await this.dataSource.query(
            `SELECT id FROM sla_case WHERE service_id = $1 AND (open OR (sla_definition_id IS NULL AND opened_at IS NOT NULL)) ORDER BY id`,
            [scope.serviceId],
          );
    const reason =
      'calendarId' in scope ? `calendar:${scope.calendarId}` : `service:${scope.serviceId}`;
    let done = 0;
    for (let start = 0; start < rows.length; start += CHUNK) {
      const pks = rows.slice(start, start + CHUNK).map((row) => row.id);
      done += await this.dataSource.transaction(async (manager) =>
        recomputeLocked(manager, await lockCasesByPk(manager, pks), nowMs, {
          kind: 'open-only',
          reason,
        }),
      );
    }
    return done;
  }

  /**
   * Recomputes every case and every rollup from the events, in one transaction (readers see the old
   * figures until it commits; workers wait on the table lock). Notifications are not written.
   * `onProgress` hears the cases done (of all) after each chunk.
   */
  async rebuildAll(
    nowMs: number,
    onProgress?: (done: number, total: number) => void,
  ): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`LOCK TABLE sla_case IN SHARE ROW EXCLUSIVE MODE`);
      await manager.query(
        `TRUNCATE sla_rollup_day, sla_rollup_month, sla_rollup_service_month, sla_rollup_channel_month, sla_backlog`,
      );
      const keys: { agency_id: number; case_id: string }[] = await manager.query(
        `SELECT DISTINCT agency_id, case_id FROM feed_event UNION SELECT agency_id, case_id FROM sla_case`,
      );
      let done = 0;
      for (let start = 0; start < keys.length; start += CHUNK) {
        const chunk = keys
          .slice(start, start + CHUNK)
          .map((key) => ({ agencyId: key.agency_id, caseId: key.case_id }));
        done += await recomputeLocked(manager, await lockCases(manager, chunk, false), nowMs, {
          kind: 'rebuild',
        });
        onProgress?.(start + chunk.length, keys.length);
      }
      return done;
    });
  }
}
