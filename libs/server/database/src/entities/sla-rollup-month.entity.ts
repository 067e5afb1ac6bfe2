import { Entity, Index, PrimaryColumn } from 'typeorm';
import { DimensionRollup } from './rollup-counters';

/**
 * `sla_rollup_day` summed per calendar month (Asia/Qatar; `month` is its first day), kept equal to
 * it by triggers on `sla_rollup_day` (migration ReadRollups1795500003000): every insert, update, delete or
 * truncate there moves the month row in the same transaction. The read API sums whole months here
 * and only the partial months at a range's ends from the day rows (docs/read-api.md).
 */
@Entity({ name: 'sla_rollup_month' })
@Index('sla_rollup_month_requests_idx', ['month'], { where: 'requesting_agency_id <> 0' })
export class SlaRollupMonthEntity extends DimensionRollup {
  @PrimaryColumn({ type: 'date' }) month!: string;
}
