import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One cycle of a case's clock (sla-clock.md §3), as of `computed_at`. Rewritten by every fold; partitioned by month of `started_at`. */
@Entity({ name: 'sla_cycle' })
/** The breach review's window on decided breaches (migration BreachDecidedIndex1795660001000). */
@Index('sla_cycle_decided_idx', ['decidedAt'], { where: "status IN ('breached', 'breached_open')" })
@Index('sla_cycle_open_idx', ['status'], { where: "status IN ('running', 'paused', 'breached_open')" })
/** Processing-time percentiles: first stopped cycles by service, and by month and progress (migration ProcessingTime1795500005000). */
@Index('sla_cycle_first_stopped_service_idx', { synchronize: false })
@Index('sla_cycle_first_stopped_month_idx', { synchronize: false })
/** The backlog's covering partial indexes (INCLUDE, migration ReadRollups1795500003000). */
@Index('sla_cycle_open_case_idx', { synchronize: false })
@Index('sla_cycle_reopened_idx', { synchronize: false })
export class SlaCycleEntity {
  @PrimaryColumn({ name: 'case_pk', type: 'bigint' })
  casePk!: string;

  @PrimaryColumn({ type: 'integer' })
  cycle!: number;

  /** The case's owner agency: the distribution key on Citus (migration CycleAgency1795660002000). */
  @PrimaryColumn({ name: 'agency_id', type: 'integer' })
  agencyId!: number;

  /** The case's service (`sla_case.service_id`), copied by the worker so percentiles need not join the case. */
  @Column({ name: 'service_id', type: 'integer', nullable: true })
  serviceId!: number | null;

  @Column({ type: 'text' })
  status!: string;

  /** The partition key (migration MonthPartitions1795600002000), so part of the primary key. */
  @PrimaryColumn({ name: 'started_at', type: 'timestamptz' })
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
