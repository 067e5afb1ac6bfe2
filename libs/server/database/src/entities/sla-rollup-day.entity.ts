import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DimensionRollup } from './rollup-counters';

const counter = (name: string) => Column({ name, type: 'integer', default: 0 });

/**
 * Counters per service x owner agency x requesting agency (0: none) x channel ('' unknown) x
 * Asia/Qatar day, kept by the worker as deltas of case folds (docs/ingestion.md): each counter on
 * the day its event happened. First-cycle adherence (the official KPI) and all-cycle adherence sit
 * side by side. The read API sums them over date ranges (indexes by day, by agency and day, and by
 * day for inter-entity requests).
 */
@Entity({ name: 'sla_rollup_day' })
@Index('sla_rollup_day_day_idx', ['day'])
/** (agency_id, day) INCLUDE the adherence counters (migration ReadRollups1795500003000). */
@Index('sla_rollup_day_agency_day_idx', { synchronize: false })
@Index('sla_rollup_day_requests_idx', ['day'], { where: 'requesting_agency_id <> 0' })
export class SlaRollupDayEntity extends DimensionRollup {
  @PrimaryColumn({ type: 'date' }) day!: string;

  /** Sum of business elapsed seconds of the first cycles counted in `processed`. */
  @Column({ name: 'elapsed_seconds_sum', type: 'numeric', precision: 20, scale: 3, default: 0 }) elapsedSecondsSum!: string;
  /** Per-score counts of the counted responses. */
  @counter('csat5_1') csat5Score1!: number;
  @counter('csat5_2') csat5Score2!: number;
  @counter('csat5_3') csat5Score3!: number;
  @counter('csat5_4') csat5Score4!: number;
  @counter('csat5_5') csat5Score5!: number;
  @counter('happiness3_1') happiness3Score1!: number;
  @counter('happiness3_2') happiness3Score2!: number;
  @counter('happiness3_3') happiness3Score3!: number;
}
