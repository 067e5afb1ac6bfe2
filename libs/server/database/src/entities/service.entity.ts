import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AgencyEntity } from './agency.entity';

export const SERVICE_TYPES = ['informational', 'inquiry', 'interactive', 'procedural', 'integrated'] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];

/** A service of the national catalogue, owned by one agency. */
@Entity({ name: 'service' })
export class ServiceEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'text', unique: true })
  code!: string;

  @Index()
  @Column({ name: 'agency_id', type: 'integer' })
  agencyId!: number;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency?: AgencyEntity;

  @Column({ name: 'name_ar', type: 'text' })
  nameAr!: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn!: string;

  @Column({ type: 'text' })
  type!: ServiceType;

  /** Channels the service is offered on (web, mobile, counter, call_center, kiosk, api). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  channels!: string[];

  /** Offered fully online, end to end (the NDS3 digitisation KPI). */
  @Column({ type: 'boolean', default: false })
  digitised!: boolean;

  /** Counted in the national KPIs. */
  @Column({ name: 'in_scope', type: 'boolean', default: true })
  inScope!: boolean;

  /** Invented for the demo: shown as such wherever it appears. */
  @Column({ type: 'boolean', default: false })
  demo!: boolean;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
