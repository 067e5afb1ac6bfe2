import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

const counter = (name: string) => Column({ name, type: 'integer', default: 0 });

/**
 * Counters per service x owner agency x requesting agency (0: none) x channel ('' unknown) x
 * Asia/Qatar day, kept by the worker as deltas of case folds (docs/ingestion.md). First-cycle
 * adherence (the official KPI) and all-cycle adherence sit side by side.
 */
@Entity({ name: 'sla_rollup_day' })
/** The read API sums national and per-entity figures over date ranges (docs/read-api.md). */
@Index('sla_rollup_day_day_idx', ['day'])
@Index('sla_rollup_day_agency_day_idx', ['agencyId', 'day'])
export class SlaRollupDayEntity {
  @PrimaryColumn({ name: 'service_id', type: 'integer' }) serviceId!: number;
  @PrimaryColumn({ name: 'agency_id', type: 'integer' }) agencyId!: number;
  @PrimaryColumn({ name: 'requesting_agency_id', type: 'integer' }) requestingAgencyId!: number;
  @PrimaryColumn({ type: 'text' }) channel!: string;
  @PrimaryColumn({ type: 'date' }) day!: string;

  /** First cycles decided on the day (decidedAt), met, breached (incl. breached_open). */
  @counter('decided') decided!: number;
  @counter('met') met!: number;
  @counter('breached') breached!: number;
  /** The same over every cycle (first and later). */
  @counter('decided_all') decidedAll!: number;
  @counter('met_all') metAll!: number;
  @counter('breached_all') breachedAll!: number;
  /** Cases opened (cycle 1 started), cycles reopened, resolved (stopped) and cancelled on the day. */
  @counter('opened') opened!: number;
  @counter('reopened') reopened!: number;
  @counter('resolved') resolved!: number;
  @counter('cancelled') cancelled!: number;
  /** First cycles stopped (met or breached) on the day: count and sum of business elapsed seconds. */
  @counter('processed') processed!: number;
  @Column({ name: 'elapsed_seconds_sum', type: 'numeric', precision: 20, scale: 3, default: 0 }) elapsedSecondsSum!: string;
  /** Survey responses counted (latest per case), on the day of the response. */
  @counter('csat_responses') csatResponses!: number;
  @counter('csat_satisfied') csatSatisfied!: number;
  @counter('csat5_1') csat5Score1!: number;
  @counter('csat5_2') csat5Score2!: number;
  @counter('csat5_3') csat5Score3!: number;
  @counter('csat5_4') csat5Score4!: number;
  @counter('csat5_5') csat5Score5!: number;
  @counter('happiness3_1') happiness3Score1!: number;
  @counter('happiness3_2') happiness3Score2!: number;
  @counter('happiness3_3') happiness3Score3!: number;
}
