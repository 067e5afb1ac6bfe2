import { Column, Entity, PrimaryColumn } from 'typeorm';
import { BYTE_ORDER } from './byte-order';

/**
 * One row per accepted event: the uniqueness of (agency, `eventId`) across every month of the
 * partitioned `feed_event`, and where the kept copy is (migration MonthPartitions1795600002000).
 */
@Entity({ name: 'feed_event_key' })
export class FeedEventKeyEntity {
  @PrimaryColumn({ name: 'agency_id', type: 'integer' })
  agencyId!: number;

  @PrimaryColumn({ name: 'event_id', type: 'text', collation: BYTE_ORDER })
  eventId!: string;

  /** `feed_event.id` of the kept copy. */
  @Column({ name: 'event_pk', type: 'bigint' })
  eventPk!: string;

  /** The kept copy's `occurred_at`: its partition. */
  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;
}
