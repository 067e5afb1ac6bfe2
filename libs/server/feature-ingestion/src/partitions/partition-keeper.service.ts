import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { MonthPartitions, monthStart } from './month-partitions.service';

/** How often the worker prepares the coming months' partitions. */
const KEEP_EVERY_MS = 60 * 60 * 1000;
/** Months prepared ahead of the current one. */
const MONTHS_AHEAD = 3;

/**
 * Keeps the month partitions ahead of time (worker side): on boot and every hour, the partitions
 * of the current month and the three after it exist, so events arriving in real time never wait
 * for one to be created.
 */
@Injectable()
export class PartitionKeeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(PartitionKeeper.name);
  private timer?: NodeJS.Timeout;

  constructor(private readonly partitions: MonthPartitions) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.keepSafely(Date.now()), KEEP_EVERY_MS);
    void this.keepSafely(Date.now());
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Creates the missing partitions of the month of `nowMs` and the months ahead; returns how many. */
  async keep(nowMs: number): Promise<number> {
    const current = new Date(monthStart(nowMs));
    return this.partitions.ensureRange(
      current.getTime(),
      Date.UTC(current.getUTCFullYear(), current.getUTCMonth() + MONTHS_AHEAD, 1),
    );
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
