import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An accepted event, exactly as the agency sent it; unique per agency and `eventId`. */
@Entity({ name: 'feed_event' })
@Index('feed_event_agency_event_uq', ['agencyId', 'eventId'], { unique: true })
@Index('feed_event_batch_idx', ['batchId'])
@Index('feed_event_case_idx', ['agencyId', 'caseId'])
export class FeedEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'agency_id', type: 'integer' })
  agencyId!: number;

  @Column({ name: 'event_id', type: 'text' })
  eventId!: string;

  @Column({ name: 'batch_id', type: 'uuid' })
  batchId!: string;

  @Column({ type: 'text' })
  type!: string;

  @Column({ name: 'case_id', type: 'text' })
  caseId!: string;

  @Column({ name: 'service_id', type: 'integer' })
  serviceId!: number;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;
}
