import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { BYTE_ORDER } from './byte-order';

/**
 * One case of an agency (its own `caseId`), as last folded from all its events by the worker.
 * Dimensions come from the opening event; the survey fields hold the latest response (the one
 * that counts). `next_transition_at` is when the clock next crosses a threshold (50%, 75%, due)
 * or a known future event becomes effective: the sweep recomputes the case then.
 */
@Entity({ name: 'sla_case' })
@Index('sla_case_uq', ['agencyId', 'caseId'], { unique: true })
@Index('sla_case_next_transition_idx', ['nextTransitionAt'], { where: 'next_transition_at IS NOT NULL' })
@Index('sla_case_open_definition_idx', ['slaDefinitionId'], { where: 'open' })
/** The backlog's covering partial index (INCLUDE, migration ReadRollups1795500003000). */
@Index('sla_case_open_scope_idx', { synchronize: false })
export class SlaCaseEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'agency_id', type: 'integer' })
  agencyId!: number;

  @Column({ name: 'case_id', type: 'text', collation: BYTE_ORDER })
  caseId!: string;

  /** From the opening event (else from the first event); null only before any event is folded. */
  @Column({ name: 'service_id', type: 'integer', nullable: true })
  serviceId!: number | null;

  /** The SLA definition version in force when the case was opened; kept for the case's life. */
  @Column({ name: 'sla_definition_id', type: 'integer', nullable: true })
  slaDefinitionId!: number | null;

  /** 0 when the case is not an inter-agency request. */
  @Column({ name: 'requesting_agency_id', type: 'integer', default: 0 })
  requestingAgencyId!: number;

  /** '' when unknown (no opening yet). */
  @Column({ type: 'text', default: '', collation: BYTE_ORDER })
  channel!: string;

  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true })
  openedAt!: Date | null;

  /** The last cycle is running, paused or breached_open. */
  @Column({ type: 'boolean', default: false })
  open!: boolean;

  @Column({ name: 'next_transition_at', type: 'timestamptz', nullable: true })
  nextTransitionAt!: Date | null;

  @Column({ name: 'survey_at', type: 'timestamptz', nullable: true })
  surveyAt!: Date | null;

  @Column({ name: 'survey_scale', type: 'text', nullable: true })
  surveyScale!: string | null;

  @Column({ name: 'survey_score', type: 'integer', nullable: true })
  surveyScore!: number | null;

  @Column({ name: 'survey_channel', type: 'text', nullable: true })
  surveyChannel!: string | null;

  @Column({ name: 'event_count', type: 'integer', default: 0 })
  eventCount!: number;

  @Column({ name: 'computed_at', type: 'timestamptz', nullable: true })
  computedAt!: Date | null;

  /** First and last instant among the folded events: the months of its events' and cycles' partitions. */
  @Column({ name: 'events_from', type: 'timestamptz', nullable: true })
  eventsFrom!: Date | null;

  @Column({ name: 'events_to', type: 'timestamptz', nullable: true })
  eventsTo!: Date | null;
}
