import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CaseRecompute } from '../recompute/case-recompute.service';

/**
 * Applies a committed batch: the batch row is locked, every case it touches is recomputed from all
 * of its events (a pure fold), and cycles, rollup deltas and the `processed` mark are written in one
 * transaction. Applying again changes nothing, so a retry or a second worker counts nothing twice.
 */
@Injectable()
export class BatchApplier {
  constructor(
    private readonly dataSource: DataSource,
    private readonly recompute: CaseRecompute,
  ) {}

  async apply(batchId: string, nowMs: number): Promise<'applied' | 'already-applied' | 'unknown'> {
    return this.dataSource.transaction(async (manager) => {
      const rows: { status: string }[] = await manager.query(
        `SELECT status FROM event_batch WHERE id = $1 FOR UPDATE`,
        [batchId],
      );
      const batch = rows[0];
      if (!batch) return 'unknown';
      if (batch.status === 'processed') return 'already-applied';
      const keys: { agency_id: number; case_id: string }[] = await manager.query(
        `SELECT DISTINCT agency_id, case_id FROM feed_event WHERE batch_id = $1`,
        [batchId],
      );
      await this.recompute.recomputeKeys(
        manager,
        keys.map((key) => ({ agencyId: key.agency_id, caseId: key.case_id })),
        nowMs,
      );
      await manager.query(
        `UPDATE event_batch SET status = 'processed', processed_at = now() WHERE id = $1`,
        [batchId],
      );
      return 'applied';
    });
  }
}
