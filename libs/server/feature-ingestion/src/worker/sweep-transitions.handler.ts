import { Injectable } from '@nestjs/common';
import { JobHandler } from '@ws/server-queue';
import { CaseRecompute } from '../recompute/case-recompute.service';
import { WebhookDelivery } from './webhook-delivery.service';

const MAX_PASSES = 20;

/** Every few seconds: recompute cases whose clock crossed a threshold, then deliver notifications. */
@Injectable()
export class SweepTransitionsHandler implements JobHandler<'sweep-transitions'> {
  readonly jobName = 'sweep-transitions' as const;

  constructor(
    private readonly recompute: CaseRecompute,
    private readonly delivery: WebhookDelivery,
  ) {}

  async handle(): Promise<void> {
    for (let pass = 0; pass < MAX_PASSES && (await this.recompute.sweep(Date.now())) > 0; pass += 1);
    await this.delivery.deliverPending();
  }
}
