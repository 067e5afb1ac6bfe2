import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * How often the first stopped cycles of a service in an Asia/Qatar month have changed: the worker
 * adds one whenever a fold changes such a cycle (migration ProcessingTime1795500005000). A cached
 * percentile is current while the versions of its months add up to what they did when it was computed.
 */
@Entity({ name: 'sla_processing_version' })
export class SlaProcessingVersionEntity {
  @PrimaryColumn({ name: 'service_id', type: 'integer' }) serviceId!: number;
  @PrimaryColumn({ type: 'date' }) month!: string;
  @Column({ type: 'bigint', default: 1 }) version!: string;
}
