import { Entity, Index, PrimaryColumn } from 'typeorm';
import { DimensionRollup } from './rollup-counters';

/**
 * `sla_rollup_day` summed per calendar month (Asia/Qatar; `month` is its first day), kept equal to
 * it by the worker, which adds the same deltas to both in one transaction (and the rebuild, which
 * empties and refills both; migration WorkerMonthRollups1795600001000). The read API sums whole months here
 * and only the partial months at a range's ends from the day rows (docs/read-api.md).
 */
@Entity({ name: 'sla_rollup_month' })
@Index('sla_rollup_month_requests_idx', ['month'], { where: 'requesting_agency_id <> 0' })
export class SlaRollupMonthEntity extends DimensionRollup {
  @PrimaryColumn({ type: 'date' }) month!: string;
}
