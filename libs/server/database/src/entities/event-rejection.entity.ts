import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { BYTE_ORDER } from './byte-order';

/** An event of a `POST /events` request that was rejected, kept so the agency can see and fix it. */
@Entity({ name: 'event_rejection' })
@Index('event_rejection_agency_received_idx', ['agencyId', 'receivedAt'])
export class EventRejectionEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'agency_id', type: 'integer' })
  agencyId!: number;

  /** The batch the request became (its valid events); null when no batch was written. */
  @Column({ name: 'batch_id', type: 'uuid', nullable: true })
  batchId!: string | null;

  /** Position of the event in the request (0-based), as in the 202 response. */
  @Column({ name: 'event_index', type: 'integer' })
  eventIndex!: number;

  @Column({ name: 'event_id', type: 'text', nullable: true, collation: BYTE_ORDER })
  eventId!: string | null;

  /** `[{ field, rule, message }]`, as in the 202 response. */
  @Column({ type: 'jsonb' })
  errors!: { field: string; rule: string; message: string }[];

  /** The event as sent; when its JSON is longer than 4 KB, a string of its first 4,096 characters. */
  @Column({ type: 'jsonb' })
  raw!: unknown;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;
}
