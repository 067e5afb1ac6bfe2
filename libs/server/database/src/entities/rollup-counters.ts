import { Column, PrimaryColumn } from 'typeorm';
import { BYTE_ORDER } from './byte-order';

const counter = (name: string) => Column({ name, type: 'integer', default: 0 });

/** The counters shared by the rollup tables (docs/ingestion.md, docs/read-api.md). */
export abstract class RollupCounters {
  /** First cycles decided (decidedAt), met, breached (incl. breached_open). */
  @counter('decided') decided!: number;
  @counter('met') met!: number;
  @counter('breached') breached!: number;
  /** The same over every cycle (first and later). */
  @counter('decided_all') decidedAll!: number;
  @counter('met_all') metAll!: number;
  @counter('breached_all') breachedAll!: number;
  /** Cases opened (cycle 1 started), cycles reopened, resolved (stopped) and cancelled. */
  @counter('opened') opened!: number;
  @counter('reopened') reopened!: number;
  @counter('resolved') resolved!: number;
  @counter('cancelled') cancelled!: number;
  /** First cycles stopped (met or breached). */
  @counter('processed') processed!: number;
  /** Survey responses counted (latest per case) and satisfied ones. */
  @counter('csat_responses') csatResponses!: number;
  @counter('csat_satisfied') csatSatisfied!: number;
}

/** Rolled up per service (and its owner agency). */
export abstract class ServiceRollup extends RollupCounters {
  @PrimaryColumn({ name: 'service_id', type: 'integer' }) serviceId!: number;
  @PrimaryColumn({ name: 'agency_id', type: 'integer' }) agencyId!: number;
}

/** Rolled up per service x owner agency x requesting agency (0: none) x channel ('' unknown). */
export abstract class DimensionRollup extends ServiceRollup {
  @PrimaryColumn({ name: 'requesting_agency_id', type: 'integer' }) requestingAgencyId!: number;
  @PrimaryColumn({ type: 'text', collation: BYTE_ORDER }) channel!: string;
}
