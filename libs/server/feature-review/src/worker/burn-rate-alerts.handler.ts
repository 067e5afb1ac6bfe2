import { Injectable } from '@nestjs/common';
import { JobHandler } from '@ws/server-queue';
import { BurnRateAlerts } from './burn-rate-alerts.service';

/** Repeatable: looks for agencies and services that started burning their error budget. */
@Injectable()
export class BurnRateAlertsHandler implements JobHandler<'burn-rate-alerts'> {
  readonly jobName = 'burn-rate-alerts' as const;

  constructor(private readonly alerts: BurnRateAlerts) {}

  async handle(): Promise<void> {
    await this.alerts.run(Date.now());
  }
}
