import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * Applies a committed batch exactly once: the batch row is locked, its effects and its
 * `processed` mark are written in one transaction, so a retry or a second worker counts nothing twice.
 */
@Injectable()
export class BatchApplier {
  constructor(private readonly dataSource: DataSource) {}

  async apply(batchId: string): Promise<'applied' | 'already-applied' | 'unknown'> {
    return this.dataSource.transaction(async (manager) => {
      const rows: { status: string }[] = await manager.query(
        `SELECT status FROM event_batch WHERE id = $1 FOR UPDATE`,
        [batchId],
      );
      const batch = rows[0];
      if (!batch) return 'unknown';
      if (batch.status === 'processed') return 'already-applied';
      await manager.query(
        `INSERT INTO service_day_rollup (service_id, day, resolved)
         SELECT service_id, (occurred_at AT TIME ZONE 'Asia/Qatar')::date, count(*)
         FROM feed_event WHERE batch_id = $1 AND type = 'case.resolved'
         GROUP BY 1, 2
         ON CONFLICT (service_id, day) DO UPDATE SET resolved = service_day_rollup.resolved + EXCLUDED.resolved`,
        [batchId],
      );
      await manager.query(
        `UPDATE event_batch SET status = 'processed', processed_at = now() WHERE id = $1`,
        [batchId],
      );
      return 'applied';
    });
  }
}
