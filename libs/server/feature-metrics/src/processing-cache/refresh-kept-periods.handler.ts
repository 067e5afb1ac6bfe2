import { Injectable, Logger } from '@nestjs/common';
import { analyzeChangedPartitions } from '@ws/server-database';
import { JobHandler } from '@ws/server-queue';
import { DataSource } from 'typeorm';
import { refreshPeriods, settledPeriods, stalePeriods } from './refresh-kept-periods';

/**
 * Repeatable: keeps the processing-time percentiles of whole periods current, so reads never write.
 * A stale period is recomputed once its version held from one run to the next (`settledPeriods`):
 * until then a read computes it itself, exactly. The versions seen are this process's memory only;
 * a restarted worker, or a run on another worker, waits one interval more.
 */
@Injectable()
export class RefreshKeptPeriodsHandler implements JobHandler<'refresh-processing-periods'> {
  readonly jobName = 'refresh-processing-periods' as const;
  private readonly logger = new Logger(RefreshKeptPeriodsHandler.name);
  private seen: ReadonlyMap<string, string> = new Map();

  constructor(private readonly dataSource: DataSource) {}

  async handle(): Promise<void> {
    const manager = this.dataSource.manager;
    const { settled, unsettled } = settledPeriods(await stalePeriods(manager), this.seen);
    this.seen = unsettled;
    if (settled.length === 0) return;
    await analyzeChangedPartitions(manager, 'sla_cycle');
    const written = await refreshPeriods(manager, settled);
    if (written > 0) this.logger.log(`kept processing-time percentiles of ${written} periods recomputed`);
  }
}
