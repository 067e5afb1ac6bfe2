import { Injectable, NotFoundException } from '@nestjs/common';
import { PendingRestatement, RestatementDecisionResponse } from '@ws/contracts';
import { writeAudit } from '@ws/server-database';
import { DataSource, EntityManager } from 'typeorm';
import { lockCasesByPk } from '../recompute/case-store';
import { recomputeLocked, restatementKey } from '../recompute/recompute-cases';
import { monthsOf } from './restatement-months';
import { pendingRows, PendingRow, storedDecisions, subjectsOf } from './restatement-store';

const isCycle = (after: PendingRow['after']) => (after.status === undefined ? null : after);

/**
 * Review of `restatement_pending`: decided cycles a calendar or SLA definition change would restate.
 * Applying moves those cycles and the rollups to their new figures; rejecting keeps the published
 * ones. Both remove the pending rows and write the audit log, in one transaction.
 */
@Injectable()
export class Restatements {
  constructor(private readonly dataSource: DataSource) {}

  async pending(): Promise<PendingRestatement[]> {
    const manager = this.dataSource.manager;
    const rows = await pendingRows(manager, null);
    const subjects = await subjectsOf(manager);
    const byReason = new Map<string, PendingRow[]>();
    for (const row of rows) byReason.set(row.reason, [...(byReason.get(row.reason) ?? []), row]);
    return [...byReason.entries()].map(([reason, group]) => ({
      reason,
      subject: subjects.get(reason) ?? null,
      cycles: group.length,
      cases: new Set(group.map((row) => row.case_pk)).size,
      firstDetectedAt: (group[0] as PendingRow).created_at.toISOString(),
      months: monthsOf(group.map((row) => ({ before: row.before, after: isCycle(row.after) }))),
    }));
  }

  /** Recomputes the cases with the reason's cycles approved: their new figures replace the published ones. */
  async apply(reason: string, note: string, actor: string, nowMs: number): Promise<RestatementDecisionResponse> {
    return this.dataSource.transaction(async (manager) => {
      // Cases first, then their pending rows: the order the worker's recompute takes them in.
      const pks = [...new Set((await this.mustExist(manager, reason, false)).map((row) => row.case_pk))];
      const cases = await lockCasesByPk(manager, pks);
      const rows = await this.mustExist(manager, reason, true);
      const before = await storedDecisions(manager, rows);
      await manager.query(`DELETE FROM restatement_pending WHERE id = ANY($1::bigint[])`, [rows.map((row) => row.id)]);
      const approved = new Set(rows.map((row) => restatementKey(row.case_pk, row.cycle)));
      await recomputeLocked(manager, cases, nowMs, { kind: 'restate', reason, approved });
      const after = await storedDecisions(manager, rows);
      return this.decide(manager, { reason, note, actor, decision: 'applied', changes: rows.map((_, i) => ({ before: before[i] ?? null, after: after[i] ?? null })) });
    });
  }

  /** Keeps the published figures: the pending rows go, the cycles and rollups stay. */
  async reject(reason: string, note: string, actor: string): Promise<RestatementDecisionResponse> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await this.mustExist(manager, reason, true);
      await manager.query(`DELETE FROM restatement_pending WHERE id = ANY($1::bigint[])`, [rows.map((row) => row.id)]);
      const kept = await storedDecisions(manager, rows);
      return this.decide(manager, { reason, note, actor, decision: 'rejected', changes: kept.map((decision) => ({ before: decision, after: decision })) });
    });
  }

  private async mustExist(manager: EntityManager, reason: string, lock: boolean): Promise<PendingRow[]> {
    const rows = await pendingRows(manager, reason, lock);
    if (rows.length === 0) throw new NotFoundException(`No pending restatement "${reason}".`);
    return rows;
  }

  private async decide(
    manager: EntityManager,
    input: { reason: string; note: string; actor: string; decision: 'applied' | 'rejected'; changes: Parameters<typeof monthsOf>[0] },
  ): Promise<RestatementDecisionResponse> {
    const months = monthsOf(input.changes);
    await writeAudit(manager, {
      actor: input.actor,
      action: input.decision === 'applied' ? 'restatement.apply' : 'restatement.reject',
      entity: 'restatement',
      entityKey: input.reason,
      before: { months: months.map(({ month, before }) => ({ month, ...before })) },
      after: { note: input.note, cycles: input.changes.length, months: months.map(({ month, after }) => ({ month, ...after })) },
    });
    return { reason: input.reason, decision: input.decision, cycles: input.changes.length, months };
  }
}
