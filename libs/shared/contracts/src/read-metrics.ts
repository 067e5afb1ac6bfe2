/**
 * Read side (`GET /api/v1/metrics/*`, `/scorecard`, `/league`, `/matrix`, `/open-data/monthly`).
 * Periods are labelled in Asia/Qatar: `2026-01-31` (day), `2026-01-25` (week, by its Sunday),
 * `2026-01` (month), `2026-Q1`, `2026`. Every period of the range is listed; a ratio with nothing
 * behind it is `null`, never 0. Ratios are shares in [0, 1]. Changes only by addition.
 */
import { Channel } from './events';

export type MetricsInterval = 'day' | 'week' | 'month' | 'quarter' | 'year';
/** `first`: each case's first cycle (the official KPI); `all`: every cycle. */
export type CycleScope = 'first' | 'all';
export type KpiStatus = 'green' | 'amber' | 'red' | 'grey';
export type KpiDirection = 'higher' | 'lower';

/** Query of every `/metrics/*` series endpoint. `from`/`to` are inclusive local dates. */
export interface MetricsFilter {
  from: string;
  to: string;
  interval: MetricsInterval;
  agency?: string;
  service?: string;
  requestingAgency?: string;
  channel?: Channel;
  cycles?: CycleScope;
}

/** A bilingual reference to an entity or a service. */
export interface NamedRef {
  code: string;
  nameAr: string;
  nameEn: string;
}

// ---- /metrics/sla --------------------------------------------------------------------------

export interface SlaPoint {
  period: string;
  met: number;
  /** met + breached, in the window of `decidedAt`. */
  decided: number;
  breached: number;
  /** met / decided; null when nothing was decided. */
  adherence: number | null;
}

export interface SlaSeriesResponse {
  /** The NDS3 target (0.8). */
  target: number;
  cycles: CycleScope;
  series: SlaPoint[];
}

// ---- /metrics/satisfaction -----------------------------------------------------------------

export interface SatisfactionPoint {
  period: string;
  responses: number;
  satisfied: number;
  csat: number | null;
  /** Wilson 95% interval; null without responses. */
  ciLow: number | null;
  ciHigh: number | null;
  /** Fewer than 30 responses: shown as insufficient. */
  insufficientSample: boolean;
}

export interface SatisfactionSeriesResponse {
  /** The NDS3 target (0.85). */
  target: number;
  series: SatisfactionPoint[];
}

// ---- /metrics/volumes ----------------------------------------------------------------------

export interface VolumeCounts {
  /** Cases opened (first cycle started). */
  opened: number;
  /** First cycles decided (met + breached). */
  decided: number;
  /** Cycles stopped by `case.resolved` / `case.closed`. */
  resolved: number;
  cancelled: number;
  /** Later cycles started (`case.reopened`). */
  reopened: number;
}

/** `channel: 'unknown'` holds counts of cases whose opening has not arrived. */
export interface ChannelVolume extends VolumeCounts {
  channel: Channel | 'unknown';
}

export interface VolumePoint extends VolumeCounts {
  period: string;
  /** Opened on web, mobile or api. */
  openedDigital: number;
  /** openedDigital / opened; null when nothing was opened. */
  digitalTakeUp: number | null;
  byChannel: ChannelVolume[];
}

export interface VolumesResponse {
  series: VolumePoint[];
}

// ---- how a figure is computed -------------------------------------------------------------

/** Every aggregation method the read API names next to a figure (`method` is its English text). */
export const FIGURE_METHOD_CODES = [
  'pooledAdherence',
  'pooledSatisfaction',
  'digitalTakeUp',
  'reopenRate',
  'servicesP90OverSla',
  'p90ShareOfTarget',
  'processingTimePercentiles',
  'digitisedServices',
  'notMeasured',
] as const;
export type FigureMethodCode = (typeof FIGURE_METHOD_CODES)[number];

// ---- /metrics/processing-time --------------------------------------------------------------

export interface ProcessingTimePoint {
  period: string;
  service: NamedRef;
  agency: string;
  /** First cycles stopped (met or breached) in the period. */
  processed: number;
  /** Business seconds (calendar seconds for calendar-unit SLAs) from opening to resolution. */
  medianSeconds: number | null;
  p90Seconds: number | null;
  /** 90th percentile of elapsed / target (1 = exactly the SLA). */
  p90ShareOfTarget: number | null;
  /** The SLA target of the service's current definition, e.g. `{ amount: 3, unit: 'workingDays' }`. */
  target: { amount: number; unit: string } | null;
}

export interface ProcessingTimeResponse {
  /** `percentile_cont` over first cycles in `sla_cycle`, by the Asia/Qatar day they stopped. */
  method: string;
  /** Stable code of `method`, for translated labels. */
  methodCode: FigureMethodCode;
  series: ProcessingTimePoint[];
}

// ---- /metrics/reopen-rate ------------------------------------------------------------------

export interface ReopenRatePoint {
  period: string;
  reopened: number;
  decided: number;
  /** reopened / decided; null when nothing was decided. */
  reopenRate: number | null;
}

export interface ReopenRateResponse {
  series: ReopenRatePoint[];
}

// ---- /metrics/procedural-delay -------------------------------------------------------------

export interface ProceduralDelayPoint {
  period: string;
  /** Services with at least one first cycle stopped in the period. */
  servicesMeasured: number;
  /** Of those, services whose 90th percentile (nearest rank) exceeds their SLA. */
  servicesOverSla: number;
  share: number | null;
}

export interface ProceduralDelayResponse {
  method: string;
  /** Stable code of `method`, for translated labels. */
  methodCode: FigureMethodCode;
  series: ProceduralDelayPoint[];
}

// ---- /metrics/digitised --------------------------------------------------------------------

export interface DigitisedRow {
  agency: NamedRef;
  servicesInScope: number;
  servicesDigitised: number;
  share: number | null;
}

export interface DigitisedResponse {
  /** The NDS3 target (0.9). */
  target: number;
  national: { servicesInScope: number; servicesDigitised: number; share: number | null };
  agencies: DigitisedRow[];
}

// ---- /metrics/backlog ----------------------------------------------------------------------

export interface BacklogCounts {
  /** Open cases whose current cycle is running and not at risk. */
  running: number;
  paused: number;
  /** Running or paused and at or past the at-risk ratio. */
  atRisk: number;
  /** Open and past due (`breached_open`). */
  breached: number;
  total: number;
}

export interface BacklogRow extends BacklogCounts {
  agency: string;
}

export interface BacklogResponse {
  asOf: string;
  total: BacklogCounts;
  byAgency: BacklogRow[];
}

// ---- /scorecard ----------------------------------------------------------------------------

export interface FigureBasis {
  /** Decided cycles, responses or services behind the figure. */
  count: number;
  /** Share of in-scope services (or volume) the figure covers. */
  coverage: number | null;
  /** How it was aggregated, in English words. */
  method: string;
  /** Stable code of `method`: clients show their own translation of it. */
  methodCode: FigureMethodCode;
}

export interface TrendPoint {
  period: string;
  value: number | null;
}

export interface ScorecardKpi {
  code: string;
  nameAr: string;
  nameEn: string;
  unit: string;
  direction: KpiDirection;
  actual: number | null;
  /** The straight line from baseline to the 2030 target, at this year; null without a target. */
  trajectory: number | null;
  target2030: number | null;
  baselineYear: number;
  baselineValue: number;
  tolerance: number;
  status: KpiStatus;
  basis: FigureBasis;
  /** Monthly values of the year for the sparkline. */
  trend: TrendPoint[];
  demo: boolean;
}

export interface ScorecardResponse {
  year: number;
  /** The year's range actually covered (to today for the current year). */
  from: string;
  to: string;
  kpis: ScorecardKpi[];
  /** CSAT detail: volume-weighted national CSAT and the share of services at or above 85%. */
  satisfaction: {
    csat: number | null;
    responses: number;
    servicesAtTarget: number;
    servicesMeasured: number;
    shareOfServicesAtTarget: number | null;
  };
  digitised: { servicesInScope: number; servicesDigitised: number; share: number | null };
}

// ---- /league -------------------------------------------------------------------------------

export interface LeagueRow {
  rank: number;
  agency: NamedRef;
  met: number;
  decided: number;
  adherence: number | null;
  adherenceStatus: KpiStatus;
  responses: number;
  satisfied: number;
  csat: number | null;
  csatStatus: KpiStatus;
  servicesInScope: number;
  servicesDigitised: number;
  digitisedShare: number | null;
  digitisedStatus: KpiStatus;
}

export interface LeagueResponse {
  from: string;
  to: string;
  /** Ranked by adherence (null last), then csat, then digitised share, then code. */
  rows: LeagueRow[];
}

// ---- /matrix -------------------------------------------------------------------------------

export interface MatrixCell {
  requesting: string;
  providing: string;
  met: number;
  decided: number;
  adherence: number | null;
}

export interface MatrixResponse {
  from: string;
  to: string;
  /** Entities appearing on either side, in code order. */
  agencies: NamedRef[];
  /** Only pairs with at least one decided or opened request. */
  cells: MatrixCell[];
}

// ---- /open-data/monthly --------------------------------------------------------------------

export interface OpenDataRow {
  month: string;
  /** `national` or an entity code. */
  entity: string;
  entityNameAr: string;
  entityNameEn: string;
  met: number;
  decided: number;
  adherence: number | null;
  responses: number;
  satisfied: number;
  csat: number | null;
  opened: number;
  resolved: number;
  openedDigital: number;
}

export interface OpenDataMonthlyResponse {
  year: number;
  licence: string;
  /** Demo history is marked as such. */
  demo: boolean;
  rows: OpenDataRow[];
}

// ---- /scorecard/projection -----------------------------------------------------------------

/** How a projection was made: least squares on the monthly series, or none (no history kept). */
export type ProjectionMethodCode = 'leastSquaresMonthly' | 'noHistory';
export type ProjectionVerdictCode = 'on_course' | 'uncertain' | 'off_course' | 'insufficient_data';

export interface ProjectionPoint {
  month: string;
  value: number;
  low: number;
  high: number;
}

export interface KpiProjection {
  code: string;
  nameAr: string;
  nameEn: string;
  direction: KpiDirection;
  target2030: number;
  /** The monthly values the fit stands on (months with at least `minimumSample` behind them), with that count. */
  history: { month: string; value: number; count: number }[];
  /** The fitted change per month; null when not projected. */
  slopePerMonth: number | null;
  /** Month after the latest to the horizon: the fitted value and its prediction interval. */
  path: ProjectionPoint[];
  atHorizon: ProjectionPoint | null;
  /** Change per month from the latest value that reaches the target at the horizon. */
  requiredPerMonth: number | null;
  latest: { month: string; value: number } | null;
  verdict: ProjectionVerdictCode;
  basis: {
    methodCode: ProjectionMethodCode;
    method: string;
    from: string;
    to: string;
    months: number;
    count: number;
  };
}

export interface ScorecardProjectionResponse {
  /** The month the targets are due (the trajectory's end, January 2030). */
  horizon: string;
  confidence: number;
  minimumMonths: number;
  minimumSample: number;
  kpis: KpiProjection[];
}
