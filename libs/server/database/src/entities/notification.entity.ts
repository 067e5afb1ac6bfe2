import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const NOTIFICATION_KINDS = ['at_risk_50', 'at_risk_75', 'breached'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** A threshold a running cycle crossed, written once per cycle and kind; webhook delivery is best effort. */
@Entity({ name: 'notification' })
@Index('notification_uq', ['casePk', 'cycle', 'kind'], { unique: true })
@Index('notification_undelivered_idx', ['id'], { where: "webhook_status = 'pending'" })
export class NotificationEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'agency_id', type: 'integer' })
  agencyId!: number;

  @Column({ name: 'case_pk', type: 'bigint' })
  casePk!: string;

  @Column({ type: 'integer' })
  cycle!: number;

  @Column({ type: 'text' })
  kind!: NotificationKind;

  /** The instant the threshold was reached. */
  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  /** pending | delivered | failed | no_webhook */
  @Column({ name: 'webhook_status', type: 'text', default: 'pending' })
  webhookStatus!: string;

  @Column({ name: 'webhook_detail', type: 'text', nullable: true })
  webhookDetail!: string | null;

  @Column({ name: 'webhook_at', type: 'timestamptz', nullable: true })
  webhookAt!: Date | null;
}
