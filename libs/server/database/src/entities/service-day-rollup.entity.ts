import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Per service and local day (Asia/Qatar) counters, maintained by the worker. */
@Entity({ name: 'service_day_rollup' })
export class ServiceDayRollupEntity {
  @PrimaryColumn({ name: 'service_id', type: 'integer' })
  serviceId!: number;

  @PrimaryColumn({ type: 'date' })
  day!: string;

  @Column({ type: 'integer', default: 0 })
  resolved!: number;
}
