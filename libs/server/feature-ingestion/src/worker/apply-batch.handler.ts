import { Injectable } from '@nestjs/common';
import { JobHandler, JobPayloads } from '@ws/server-queue';
import { BatchApplier } from './batch-applier.service';

@Injectable()
export class ApplyBatchHandler implements JobHandler<'apply-batch'> {
  readonly jobName = 'apply-batch' as const;

  constructor(private readonly applier: BatchApplier) {}

  async handle({ batchId }: JobPayloads['apply-batch']): Promise<void> {
    await this.applier.apply(batchId, Date.now());
  }
}
