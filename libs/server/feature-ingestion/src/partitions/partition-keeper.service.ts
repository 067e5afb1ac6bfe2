import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MonthPartitions, monthStart } from './month-partitions.service';

/** How often the worker prepares partitions ahead and empties the default ones. */
const KEEP_EVERY_MS = 60 * 60 * 1000;
/** Months prepared ahead of the current one. */
const MONTHS_AHEAD = 3;

/**
 * Keeps the month partitions ahead of time (worker side): on boot and every hour, the partitions
 * of the previous month to three months ahead exist, and rows that landed in a default partition
 * (a month no one prepared) are moved into a partition of their own month.
 */
@Injectable()
export class PartitionKeeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(PartitionKeeper.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    private readonly partitions: MonthPartitions,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.keepSafely(Date.now()), KEEP_EVERY_MS);
    void this.keepSafely(Date.now());
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Prepares the months around `nowMs` and those of rows in the default partitions; returns the partitions created. */
  async keep(nowMs: number): Promise<number> {
    const current = new Date(monthStart(nowMs));
    const from = Date.UTC(current.getUTCFullYear(), current.getUTCMonth() - 1, 1);
    const to = Date.UTC(current.getUTCFullYear(), current.getUTCMonth() + MONTHS_AHEAD, 1);
    let created = await this.partitions.ensureRange(from, to);
    const stray: { month: Date }[] = await this.dataSource.query(
      `SELECT DISTINCT date_trunc('month', occurred_at, 'UTC') AS month FROM feed_event_default
       UNION SELECT DISTINCT date_trunc('month', started_at, 'UTC') FROM sla_cycle_default ORDER BY 1`,
    );
    for (const { month } of stray) created += await this.partitions.ensureRange(month.getTime(), month.getTime());
    return created;
  }

  private async keepSafely(nowMs: number): Promise<void> {
    try {
      const created = await this.keep(nowMs);
      if (created > 0) this.logger.log(`Created ${created} month partition(s)`);
    } catch (error) {
      this.logger.warn(`Partition upkeep failed (will retry): ${String(error)}`);
    }
  }
}
