import { Injectable, Logger } from '@nestjs/common';
import { JobHandler } from '@ws/server-queue';
import { DataSource } from 'typeorm';
import { refreshKeptProcessingPeriods } from './refresh-kept-periods';

/** Repeatable: keeps the processing-time percentiles of whole periods current, so reads never write. */
@Injectable()
export class RefreshKeptPeriodsHandler implements JobHandler<'refresh-processing-periods'> {
  readonly jobName = 'refresh-processing-periods' as const;
  private readonly logger = new Logger(RefreshKeptPeriodsHandler.name);

  constructor(private readonly dataSource: DataSource) {}

  async handle(): Promise<void> {
    const written = await refreshKeptProcessingPeriods(this.dataSource.manager);
    if (written > 0)
      this.logger.log(`kept processing-time percentiles of ${written} periods recomputed`);
  }
}
