import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { BYTE_ORDER } from './byte-order';

/** A repeated eventId whose content (type, caseId, service, occurredAt instant) differs from the kept copy. */
@Entity({ name: 'event_conflict' })
@Index('event_conflict_event_idx', ['agencyId', 'eventId'])
export class EventConflictEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'agency_id', type: 'integer' })
  agencyId!: number;

  @Column({ name: 'event_id', type: 'text', collation: BYTE_ORDER })
  eventId!: string;

  /** The batch that carried the rejected copy. */
  @Column({ name: 'batch_id', type: 'uuid' })
  batchId!: string;

  /** The kept copy (feed_event.id). */
  @Column({ name: 'kept_event_pk', type: 'bigint' })
  keptEventPk!: string;

  /** The rejected copy, as sent. */
  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Column({ name: 'detected_at', type: 'timestamptz', default: () => 'now()' })
  detectedAt!: Date;
}
