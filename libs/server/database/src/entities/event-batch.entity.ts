import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type EventBatchStatus = 'received' | 'processing' | 'processed';

/** One accepted `POST /events` request. Postgres, not Redis, is its system of record. */
@Entity({ name: 'event_batch' })
@Index('event_batch_unprocessed_idx', ['receivedAt'], { where: "status <> 'processed'" })
export class EventBatchEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'agency_id', type: 'integer' })
  agencyId!: number;

  @Column({ type: 'text', default: 'received' })
  status!: EventBatchStatus;

  @Column({ type: 'integer' })
  accepted!: number;

  @Column({ type: 'integer' })
  duplicates!: number;

  @Column({ type: 'integer' })
  rejected!: number;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;

  /** The first and last `feed_event.id` its events took (null: none accepted); its events are found through them. */
  @Column({ name: 'first_event_pk', type: 'bigint', nullable: true })
  firstEventPk!: string | null;

  @Column({ name: 'last_event_pk', type: 'bigint', nullable: true })
  lastEventPk!: string | null;

  /** The first and last `occurredAt` of its accepted events: the month partitions they are in. */
  @Column({ name: 'events_from', type: 'timestamptz', nullable: true })
  eventsFrom!: Date | null;

  @Column({ name: 'events_to', type: 'timestamptz', nullable: true })
  eventsTo!: Date | null;

  @Column({ name: 'processed_at', type: 'timestamptz', nullable: true })
  processedAt!: Date | null;
}
