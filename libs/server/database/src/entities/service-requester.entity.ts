import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AgencyEntity } from './agency.entity';
import { ServiceEntity } from './service.entity';

/** An inter-entity service: an agency that requests this service from its owner. */
@Entity({ name: 'service_requester' })
export class ServiceRequesterEntity {
  @PrimaryColumn({ name: 'service_id', type: 'integer' })
  serviceId!: number;

  @PrimaryColumn({ name: 'agency_id', type: 'integer' })
  agencyId!: number;

  @ManyToOne(() => ServiceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'service_id' })
  service?: ServiceEntity;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency?: AgencyEntity;
}
