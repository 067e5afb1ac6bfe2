import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { BYTE_ORDER } from './byte-order';

/**
 * An accepted event, exactly as the agency sent it. Partitioned by month of `occurred_at`
 * (migration MonthPartitions1795600002000): the key holds it, and the uniqueness per agency and
 * `eventId` across all months is kept by `feed_event_key`.
 */
@Entity({ name: 'feed_event' })
@Index('feed_event_case_idx', ['agencyId', 'caseId'])
export class FeedEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'agency_id', type: 'integer' })
  agencyId!: number;

  @Column({ name: 'event_id', type: 'text', collation: BYTE_ORDER })
  eventId!: string;

  @Column({ name: 'batch_id', type: 'uuid' })
  batchId!: string;

  @Column({ type: 'text' })
  type!: string;

  @Column({ name: 'case_id', type: 'text', collation: BYTE_ORDER })
  caseId!: string;

  @Column({ name: 'service_id', type: 'integer' })
  serviceId!: number;

  @PrimaryColumn({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;
}
