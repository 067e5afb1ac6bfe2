import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { CaseRecompute } from '../recompute/case-recompute.service';
import { batchCases } from '../recompute/batch-events';
import { readCaseByCase } from '../recompute/recompute-cases';

/** Under a backlog, one transaction also applies other waiting batches of the agency, up to these totals. */
export const MAX_BATCHES_PER_APPLY = 20;
export const MAX_EVENTS_PER_APPLY = 20_000;

/** FEED_APPLY_DELAY_MS: how long the API delays each batch's job, so that its agency's batches of that moment are applied together. */
export const APPLY_DELAY_MS = Symbol('APPLY_DELAY_MS');

/** First key of the transaction advisory lock that gives one transaction an agency's batches. */
const AGENCY_APPLY_LOCK = 1795600;

type ApplyOutcome = 'applied' | 'already-applied' | 'unknown';

/**
 * Applies a committed batch: every case it touches is recomputed from all of its events (a pure
 * fold), and cycles, rollup deltas and the `processed` mark are written in one transaction. Applying
 * again changes nothing, so a retry or a second worker counts nothing twice.
 *
 * Work goes by agency. A transaction applies batches of one agency only, holding that agency's
 * advisory lock, so no two transactions ever apply the same agency at once: cases, rollup rows,
 * backlog rows and processing versions all belong to one agency (its own services), and
 * transactions of different agencies share no row and never wait for each other. Under a backlog
 * the agency's other waiting batches (oldest first) are applied in the same transaction, so a case
 * with events in several of them is recomputed once; their own jobs then find them applied.
 *
 * A job whose agency another transaction is applying does not queue behind it: it applies the
 * waiting batches of an agency no one holds (one whose oldest waiting batch has waited the apply
 * delay, so that the delay still gathers that agency's batches), one transaction at a time, trying
 * its own agency again after each; only when no other agency waits does it queue for its own
 * agency's lock, and then applies its batch unless another transaction did meanwhile. So every
 * worker stays busy while there is work of more than one agency.
 *
 * The transactions commit with `synchronous_commit = off`: everything they write is derived from
 * committed events, and a commit lost in a Postgres crash leaves its batches unprocessed, so their
 * retried job or the recovery pass applies them again.
 */
@Injectable()
export class BatchApplier {
  constructor(
    private readonly dataSource: DataSource,
    private readonly recompute: CaseRecompute,
    @Inject(APPLY_DELAY_MS) private readonly applyDelayMs: number,
  ) {}

  async apply(batchId: string, nowMs: number): Promise<ApplyOutcome> {
    for (;;) {
      const outcome = await this.inTransaction((manager) => this.applyIfFree(manager, batchId, nowMs));
      // Another agency's batches were applied meanwhile: try the own one again before waiting for it.
      if (outcome === 'applied-other') continue;
      if (outcome !== 'agency-busy') return outcome;
      // Nothing else waits: queue for the agency's lock (never busy then; were it so, the same steps again).
      const own = await this.inTransaction((manager) => this.applyOwn(manager, batchId, nowMs, true));
      if (own !== 'agency-busy') return own;
    }
  }

  private inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL synchronous_commit = off`);
      return work(manager);
    });
  }

  /** Its batch when no one holds the agency; else the waiting batches of a free agency (`applied-other`), if any. */
  private async applyIfFree(manager: EntityManager, batchId: string, nowMs: number): Promise<ApplyOutcome | 'agency-busy' | 'applied-other'> {
    const outcome = await this.applyOwn(manager, batchId, nowMs, false);
    if (outcome !== 'agency-busy') return outcome;
    // Only agencies whose oldest waiting batch has waited its delay: a younger one's agency may
    // still be sending the batches it would be applied with.
    const waiting: { agency_id: number }[] = await manager.query(
      `SELECT agency_id FROM event_batch WHERE status <> 'processed' GROUP BY agency_id
       HAVING min(received_at) <= now() - $1 * interval '1 millisecond' ORDER BY min(received_at) LIMIT 100`,
      [this.applyDelayMs],
    );
    for (const { agency_id: agencyId } of waiting) {
      if (!(await this.lockAgency(manager, agencyId, false))) continue;
      const batches = await this.waitingBatches(manager, agencyId, null, MAX_EVENTS_PER_APPLY);
      if (batches.length === 0) continue;
      await this.applyBatches(manager, batches, nowMs);
      return 'applied-other';
    }
    return 'agency-busy';
  }

  /** The batch with its agency's waiting ones, once the agency is ours (`wait`: queue for it, else give up). */
  private async applyOwn(manager: EntityManager, batchId: string, nowMs: number, wait: boolean): Promise<ApplyOutcome | 'agency-busy'> {
    const [batch]: { agency_id: number }[] = await manager.query(`SELECT agency_id FROM event_batch WHERE id = $1`, [batchId]);
    if (!batch) return 'unknown';
    if (!(await this.lockAgency(manager, batch.agency_id, wait))) return 'agency-busy';
    // Read again under the agency's lock: a transaction that held it may have applied the batch.
    const [own]: { status: string; accepted: number }[] = await manager.query(`SELECT status, accepted FROM event_batch WHERE id = $1 FOR UPDATE`, [batchId]);
    if (!own) return 'unknown';
    if (own.status === 'processed') return 'already-applied';
    const others = await this.waitingBatches(manager, batch.agency_id, batchId, MAX_EVENTS_PER_APPLY - own.accepted);
    await this.applyBatches(manager, [batchId, ...others], nowMs);
    return 'applied';
  }

  private async lockAgency(manager: EntityManager, agencyId: number, wait: boolean): Promise<boolean> {
    if (wait) {
      await manager.query(`SELECT pg_advisory_xact_lock($1, $2)`, [AGENCY_APPLY_LOCK, agencyId]);
      return true;
    }
    const [row]: { locked: boolean }[] = await manager.query(`SELECT pg_try_advisory_xact_lock($1, $2) AS locked`, [AGENCY_APPLY_LOCK, agencyId]);
    return row?.locked === true;
  }

  private async applyBatches(manager: EntityManager, batchIds: readonly string[], nowMs: number): Promise<void> {
    if (batchIds.length === 0) return;
    await readCaseByCase(manager);
    await this.recompute.recomputeKeys(manager, await batchCases(manager, batchIds), nowMs);
    await manager.query(`UPDATE event_batch SET status = 'processed', processed_at = now() WHERE id = ANY($1::uuid[])`, [batchIds]);
  }

  /** The agency's other unprocessed batches, oldest first, within the budget, locked (the agency's lock is held). */
  private async waitingBatches(manager: EntityManager, agencyId: number, except: string | null, eventBudget: number): Promise<string[]> {
    const rows: { id: string; accepted: number }[] = await manager.query(
      `SELECT id, accepted FROM event_batch WHERE status <> 'processed' AND agency_id = $1 AND id IS DISTINCT FROM $2::uuid
       ORDER BY received_at, id LIMIT $3 FOR UPDATE`,
      [agencyId, except, except === null ? MAX_BATCHES_PER_APPLY : MAX_BATCHES_PER_APPLY - 1],
    );
    const chosen: string[] = [];
    let events = 0;
    for (const row of rows) {
      events += row.accepted;
      if (events > eventBudget) break;
      chosen.push(row.id);
    }
    return chosen;
  }
}
