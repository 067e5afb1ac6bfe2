import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CalendarEntity } from './calendar.entity';
import { ServiceEntity } from './service.entity';

export const TARGET_UNITS = ['businessMinutes', 'businessHours', 'workingDays', 'calendarMinutes', 'calendarHours'] as const;
export type TargetUnitName = (typeof TARGET_UNITS)[number];

/**
 * A version of a service's SLA. A change adds a version effective from an instant; a case keeps
 * the version in force when it was opened.
 */
@Entity({ name: 'sla_definition' })
@Index('sla_definition_uq', ['serviceId', 'version'], { unique: true })
export class SlaDefinitionEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'service_id', type: 'integer' })
  serviceId!: number;

  @ManyToOne(() => ServiceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_id' })
  service?: ServiceEntity;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'target_amount', type: 'numeric' })
  targetAmount!: string;

  @Column({ name: 'target_unit', type: 'text' })
  targetUnit!: TargetUnitName;

  @Index()
  @Column({ name: 'calendar_id', type: 'integer' })
  calendarId!: number;

  @ManyToOne(() => CalendarEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'calendar_id' })
  calendar?: CalendarEntity;

  @Column({ name: 'at_risk_ratio', type: 'numeric' })
  atRiskRatio!: string;

  @Column({ name: 'effective_from', type: 'timestamptz' })
  effectiveFrom!: Date;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
