import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CalendarEntity } from './calendar.entity';

/**
 * One published version of a calendar, in the format of sla-clock.md §1 (timezone, weekly,
 * overrides, closures with name, status and source). Publishing (an Eid confirmed) adds a version.
 */
@Entity({ name: 'calendar_version' })
@Index('calendar_version_uq', ['calendarId', 'version'], { unique: true })
export class CalendarVersionEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'calendar_id', type: 'integer' })
  calendarId!: number;

  @ManyToOne(() => CalendarEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'calendar_id' })
  calendar?: CalendarEntity;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'jsonb' })
  definition!: Record<string, unknown>;

  @Column({ name: 'published_at', type: 'timestamptz' })
  publishedAt!: Date;

  @Column({ name: 'published_by', type: 'text' })
  publishedBy!: string;

  @Column({ type: 'text', default: '' })
  note!: string;
}
