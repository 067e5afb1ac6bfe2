import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A government entity (ministry, council, bureau) that provides or requests services. */
@Entity({ name: 'agency' })
@Check('agency_feed_interval_hours_chk', 'feed_interval_hours BETWEEN 1 AND 720')
export class AgencyEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'text', unique: true })
  code!: string;

  @Column({ name: 'name_ar', type: 'text' })
  nameAr!: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** Optional: at-risk and breach notifications are POSTed here (best effort). */
  @Column({ name: 'webhook_url', type: 'text', nullable: true })
  webhookUrl!: string | null;

  /** Hours of working time (Sun-Thu) within which the agency's feed is expected to send a batch. */
  @Column({ name: 'feed_interval_hours', type: 'integer', default: 24 })
  feedIntervalHours!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
