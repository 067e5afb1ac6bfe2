import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ServiceRollup } from './rollup-counters';

/**
 * `sla_rollup_day` summed per service and calendar month, without the channel and requesting-agency
 * dimensions (`channel` and `requesting_agency_id` are not columns here), kept equal to it by
 * the worker with the day rows (migration WorkerMonthRollups1795600001000). `opened_digital`: cases opened
 * on web, mobile or api.
 */
@Entity({ name: 'sla_rollup_service_month' })
export class SlaRollupServiceMonthEntity extends ServiceRollup {
  @PrimaryColumn({ type: 'date' }) month!: string;
  @Column({ name: 'opened_digital', type: 'integer', default: 0 }) openedDigital!: number;
}
