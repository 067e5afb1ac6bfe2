import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An agency manager's review of a breached cycle: root cause and note. One per cycle; a new
 * acknowledgement replaces the previous one (both are kept in the audit log).
 */
@Entity({ name: 'breach_acknowledgement' })
@Index('breach_acknowledgement_agency_idx', ['agencyId'])
export class BreachAcknowledgementEntity {
  @PrimaryColumn({ name: 'case_pk', type: 'bigint' })
  casePk!: string;

  @PrimaryColumn({ type: 'integer' })
  cycle!: number;

  @Column({ name: 'agency_id', type: 'integer' })
  agencyId!: number;

  @Column({ name: 'root_cause', type: 'text' })
  rootCause!: string;

  @Column({ type: 'text' })
  note!: string;

  /** Email of the agency manager. */
  @Column({ name: 'acknowledged_by', type: 'text' })
  acknowledgedBy!: string;

  @Column({ name: 'acknowledged_at', type: 'timestamptz' })
  acknowledgedAt!: Date;
}
