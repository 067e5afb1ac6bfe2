import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One cycle of a case's clock (sla-clock.md §3), as of `computed_at`. Rewritten by every fold. */
@Entity({ name: 'sla_cycle' })
@Index('sla_cycle_decided_idx', ['decidedAt'])
@Index('sla_cycle_open_idx', ['status'], { where: "status IN ('running', 'paused', 'breached_open')" })
/** Processing-time percentiles read first cycles by the instant they stopped (docs/read-api.md). */
@Index('sla_cycle_first_stopped_idx', ['stoppedAt'], { where: "cycle = 1 AND status IN ('met', 'breached')" })
/** The backlog's covering partial indexes (INCLUDE, migration ReadRollups1795500003000). */
@Index('sla_cycle_open_case_idx', { synchronize: false })
@Index('sla_cycle_reopened_idx', { synchronize: false })
export class SlaCycleEntity {
  @PrimaryColumn({ name: 'case_pk', type: 'bigint' })
  casePk!: string;

  @PrimaryColumn({ type: 'integer' })
  cycle!: number;

  @Column({ type: 'text' })
  status!: string;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt!: Date;

  @Column({ name: 'stopped_at', type: 'timestamptz', nullable: true })
  stoppedAt!: Date | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  /** E(computed_at) in seconds (business or wall). */
  @Column({ name: 'elapsed_seconds', type: 'double precision' })
  elapsedSeconds!: number;

  @Column({ type: 'double precision' })
  progress!: number;

  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt!: Date | null;

  @Column({ name: 'at_risk_50_at', type: 'timestamptz', nullable: true })
  atRisk50At!: Date | null;

  @Column({ name: 'at_risk_75_at', type: 'timestamptz', nullable: true })
  atRisk75At!: Date | null;

  @Column({ name: 'breached_at', type: 'timestamptz', nullable: true })
  breachedAt!: Date | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'at_risk', type: 'boolean', default: false })
  atRisk!: boolean;

  /** When this cycle was first computed: thresholds passed before it are never notified. */
  @Column({ name: 'first_computed_at', type: 'timestamptz' })
  firstComputedAt!: Date;

  @Column({ name: 'computed_at', type: 'timestamptz' })
  computedAt!: Date;
}
