import { Column, Entity, PrimaryColumn } from 'typeorm';
import { BYTE_ORDER } from './byte-order';

const count = (name: string) => Column({ name, type: 'integer', default: 0 });

/**
 * Open cases now, by the state of their current (last) cycle as stored, per service x owner agency
 * x requesting agency (0: none) x channel: kept by the worker in the same transaction as the cycles
 * (old state taken away, new state added; migration BacklogCounts1795500008000). Equal at every
 * commit to counting `sla_case`/`sla_cycle` (docs/read-api.md, backlog).
 */
@Entity({ name: 'sla_backlog' })
export class SlaBacklogEntity {
  @PrimaryColumn({ name: 'service_id', type: 'integer' }) serviceId!: number;
  @PrimaryColumn({ name: 'agency_id', type: 'integer' }) agencyId!: number;
  @PrimaryColumn({ name: 'requesting_agency_id', type: 'integer' }) requestingAgencyId!: number;
  @PrimaryColumn({ type: 'text', collation: BYTE_ORDER }) channel!: string;
  /** Running or paused and not at risk; at risk (running or paused); breached and still open. */
  @count('running') running!: number;
  @count('paused') paused!: number;
  @count('at_risk') atRisk!: number;
  @count('breached') breached!: number;
}
