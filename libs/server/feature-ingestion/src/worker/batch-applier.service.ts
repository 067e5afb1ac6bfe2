import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { CaseRecompute } from '../recompute/case-recompute.service';

/** Under a backlog, one transaction also applies other waiting batches, up to these totals. */
export const MAX_BATCHES_PER_APPLY = 10;
export const MAX_EVENTS_PER_APPLY = 10_000;

/**
 * Applies a committed batch: the batch row is locked, every case it touches is recomputed from all
 * of its events (a pure fold), and cycles, rollup deltas and the `processed` mark are written in one
 * transaction. Applying again changes nothing, so a retry or a second worker counts nothing twice.
 *
 * When other batches are waiting (the oldest first, none another worker holds), they are applied in
 * the same transaction, so a case with events in several of them is recomputed once, not once per
 * batch; their own jobs then find them applied. Without a backlog, a batch is applied alone.
 */
@Injectable()
export class BatchApplier {
  constructor(
    private readonly dataSource: DataSource,
    private readonly recompute: CaseRecompute,
  ) {}

  async apply(batchId: string, nowMs: number): Promise<'applied' | 'already-applied' | 'unknown'> {
    return this.dataSource.transaction(async (manager) => {
      const rows: { status: string; accepted: number }[] = await manager.query(
        `SELECT status, accepted FROM event_batch WHERE id = $1 FOR UPDATE`,
        [batchId],
      );
      const batch = rows[0];
      if (!batch) return 'unknown';
      if (batch.status === 'processed') return 'already-applied';
      const batchIds = [batchId, ...(await this.waitingBatches(manager, batchId, MAX_EVENTS_PER_APPLY - batch.accepted))];
      const keys: { agency_id: number; case_id: string }[] = await manager.query(
        `SELECT DISTINCT agency_id, case_id FROM feed_event WHERE batch_id = ANY($1::uuid[])`,
        [batchIds],
      );
      await this.recompute.recomputeKeys(
        manager,
        keys.map((key) => ({ agencyId: key.agency_id, caseId: key.case_id })),
        nowMs,
      );
      await manager.query(
        `UPDATE event_batch SET status = 'processed', processed_at = now() WHERE id = ANY($1::uuid[])`,
        [batchIds],
      );
      return 'applied';
    });
  }

  /** Other unprocessed batches, oldest first, within the event budget, locked (skipping locked ones). */
  private async waitingBatches(manager: EntityManager, batchId: string, eventBudget: number): Promise<string[]> {
    if (eventBudget <= 0) return [];
    const candidates: { id: string }[] = await manager.query(
      `SELECT id FROM (
         SELECT id, received_at, sum(accepted) OVER (ORDER BY received_at, id) AS running
         FROM event_batch WHERE status <> 'processed' AND id <> $1 ORDER BY received_at, id LIMIT $2
       ) waiting WHERE running <= $3 ORDER BY received_at, id`,
      [batchId, MAX_BATCHES_PER_APPLY - 1, eventBudget],
    );
    if (candidates.length === 0) return [];
    const locked: { id: string }[] = await manager.query(
      `SELECT id FROM event_batch WHERE id = ANY($1::uuid[]) AND status <> 'processed' ORDER BY received_at, id FOR UPDATE SKIP LOCKED`,
      [candidates.map((candidate) => candidate.id)],
    );
    return locked.map((row) => row.id);
  }
}
