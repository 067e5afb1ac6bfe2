import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const NOTIFICATION_KINDS = ['at_risk_50', 'at_risk_75', 'breached', 'burn_rate_fast', 'burn_rate_slow'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * A threshold a running cycle crossed, written once per cycle and kind; webhook delivery is best
 * effort. Burn-rate notifications (no case) are written once per agency, service (0: the agency as
 * a whole), quarter and kind, and are in-app only (`webhook_status = 'in_app'`).
 */
@Entity({ name: 'notification' })
@Index('notification_uq', ['casePk', 'cycle', 'kind'], { unique: true })
@Index('notification_burn_uq', ['agencyId', 'serviceId', 'quarter', 'kind'], { unique: true, where: 'case_pk IS NULL' })
@Index('notification_agency_idx', ['agencyId', 'id'])
@Check('notification_subject_chk', '(case_pk IS NOT NULL AND cycle IS NOT NULL) OR (service_id IS NOT NULL AND quarter IS NOT NULL)')
@Index('notification_undelivered_idx', ['id'], { where: "webhook_status = 'pending'" })
export class NotificationEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'agency_id', type: 'integer' })
  agencyId!: number;

  @Column({ name: 'case_pk', type: 'bigint', nullable: true })
  casePk!: string | null;

  @Column({ type: 'integer', nullable: true })
  cycle!: number | null;

  /** Burn-rate notifications: the service, 0 for the agency as a whole. */
  @Column({ name: 'service_id', type: 'integer', nullable: true })
  serviceId!: number | null;

  /** Burn-rate notifications: the quarter, `2026-Q4`. */
  @Column({ type: 'text', nullable: true })
  quarter!: string | null;

  @Column({ name: 'burn_rate_3d', type: 'double precision', nullable: true })
  burnRate3d!: number | null;

  @Column({ name: 'burn_rate_14d', type: 'double precision', nullable: true })
  burnRate14d!: number | null;

  @Column({ type: 'text' })
  kind!: NotificationKind;

  /** The instant the threshold was reached. */
  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  /** pending | sending | delivered | failed | no_webhook | in_app */
  @Column({ name: 'webhook_status', type: 'text', default: 'pending' })
  webhookStatus!: string;

  @Column({ name: 'webhook_detail', type: 'text', nullable: true })
  webhookDetail!: string | null;

  @Column({ name: 'webhook_at', type: 'timestamptz', nullable: true })
  webhookAt!: Date | null;
}
