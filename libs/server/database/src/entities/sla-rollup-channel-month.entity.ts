import { Entity, PrimaryColumn } from 'typeorm';
import { ServiceRollup } from './rollup-counters';
import { BYTE_ORDER } from './byte-order';

/**
 * `sla_rollup_day` summed per service, owner agency, channel ('' unknown) and calendar month
 * (Asia/Qatar; `month` is its first day), without the requesting agency, kept equal to it by
 * the worker with the day rows (migration WorkerMonthRollups1795600001000). The read API sums whole
 * months here for channel filters and breakdowns without a requesting-agency filter
 * (docs/read-api.md).
 */
@Entity({ name: 'sla_rollup_channel_month' })
export class SlaRollupChannelMonthEntity extends ServiceRollup {
  @PrimaryColumn({ type: 'text', collation: BYTE_ORDER }) channel!: string;
  @PrimaryColumn({ type: 'date' }) month!: string;
}
