import { FigureMethodCode, TrendPoint } from '@ws/contracts';
import { adherenceOf, CSAT_MINIMUM_SAMPLE, csatFromCounts } from '@ws/sla-engine';
import { p90ExceedsSla, shareOf } from '../series/series-figures';
import { CatalogueCounts, Counts, ProcessingShare, SCORECARD_COUNTERS, ServiceMonthCounts } from './scorecard-data';

/** A KPI's figure with its basis and monthly trend. */
export interface Measure {
  actual: number | null;
  /** Decided cycles, responses or cases behind it (the grey rule); null for catalogue shares. */
  basisCount: number | null;
  count: number;
  coverage: number | null;
  method: string;
  methodCode: FigureMethodCode;
  trend: TrendPoint[];
}

export interface MeasureInput {
  months: string[];
  rows: ServiceMonthCounts[];
  catalogue: CatalogueCounts;
  processing: ProcessingShare[];
  csatTarget: number;
}

function sum(rows: readonly ServiceMonthCounts[]): Counts {
  const total = Object.fromEntries(SCORECARD_COUNTERS.map((counter) => [counter, 0])) as Counts;
  for (const row of rows) for (const counter of SCORECARD_COUNTERS) total[counter] += row[counter];
  return total;
}

function groupBy<K>(rows: readonly ServiceMonthCounts[], key: (row: ServiceMonthCounts) => K): Map<K, Counts> {
  const groups = new Map<K, Counts>();
  for (const row of rows) {
    const total = groups.get(key(row)) ?? sum([]);
    for (const counter of SCORECARD_COUNTERS) total[counter] += row[counter];
    groups.set(key(row), total);
  }
  return groups;
}

/** Pooled ratio (sums, never averaged percentages) over the year and per month, from the rollup rows. */
function pooled(input: MeasureInput, ratio: (counts: Counts, rows: ServiceMonthCounts[]) => number | null, basis: (counts: Counts) => number, active: (counts: Counts) => boolean, method: string, methodCode: FigureMethodCode): Measure {
  const byService = groupBy(input.rows, (row) => row.serviceId);
  const total = sum(input.rows);
  return {
    actual: ratio(total, input.rows),
    basisCount: basis(total),
    count: basis(total),
    coverage: shareOf([...byService.values()].filter(active).length, input.catalogue.servicesInScope),
    method,
    methodCode,
    trend: input.months.map((period) => {
      const monthRows = input.rows.filter((row) => row.period === period);
      return { period, value: ratio(sum(monthRows), monthRows) };
    }),
  };
}

const digitalOpened = (rows: ServiceMonthCounts[]): number => rows.reduce((total, row) => total + row.openedDigital, 0);

function proceduralDelay(rows: readonly ServiceMonthCounts[]): { measured: number; over: number } {
  const services = [...groupBy(rows, (row) => row.serviceId).values()].filter((counts) => counts.processed > 0);
  return { measured: services.length, over: services.filter((counts) => p90ExceedsSla(counts.met, counts.processed)).length };
}

function delayShare(rows: readonly ServiceMonthCounts[]): number | null {
  const { measured, over } = proceduralDelay(rows);
  return shareOf(over, measured);
}

/** The figure of each KPI code the platform measures. */
export function measures(input: MeasureInput): Record<string, Measure> {
  const delay = proceduralDelay(input.rows);
  const processingAll = input.processing.find((row) => row.period === 'all');
  const digitisedShare = shareOf(input.catalogue.servicesDigitised, input.catalogue.servicesInScope);
  return {
    SLA_ADHERENCE: pooled(input, (c) => adherenceOf(c), (c) => c.met + c.breached, (c) => c.decided > 0, 'sum of met / sum of decided first cycles of in-scope services, by the Asia/Qatar day of decidedAt', 'pooledAdherence'),
    CSAT: pooled(input, (c) => csatFromCounts(c.csat_satisfied, c.csat_responses).csat, (c) => c.csat_responses, (c) => c.csat_responses > 0, 'satisfied / responses pooled over in-scope services (latest response per case), volume-weighted', 'pooledSatisfaction'),
    DIGITAL_TAKE_UP: pooled(input, (c, rows) => shareOf(digitalOpened(rows), c.opened), (c) => c.opened, (c) => c.opened > 0, 'cases opened on web, mobile or api / cases opened', 'digitalTakeUp'),
    REOPEN_RATE: pooled(input, (c) => shareOf(c.reopened, c.decided), (c) => c.decided, (c) => c.decided > 0, 'reopenings (cycles after the first) / first cycles decided', 'reopenRate'),
    PROCEDURAL_DELAY: {
      ...pooled(input, (_c, rows) => delayShare(rows), (c) => c.processed, (c) => c.processed > 0, '', 'servicesP90OverSla'),
      count: delay.measured,
      method: 'services whose 90th percentile (nearest rank) first-cycle processing time exceeds the SLA (fewer than 90% met) / services with a stopped first cycle',
      methodCode: 'servicesP90OverSla',
    },
    PROCESSING_TIME: {
      actual: processingAll?.p90Share ?? null,
      basisCount: processingAll?.processed ?? 0,
      count: processingAll?.processed ?? 0,
      coverage: pooled(input, () => null, () => 0, (c) => c.processed > 0, '', 'p90ShareOfTarget').coverage,
      method: '90th percentile (nearest rank) of elapsed business time / SLA target over in-scope first cycles stopped in the year (sla_cycle)',
      methodCode: 'p90ShareOfTarget',
      trend: input.months.map((period) => ({ period, value: input.processing.find((row) => row.period === period)?.p90Share ?? null })),
    },
    DIGITISED_SERVICES: {
      actual: digitisedShare,
      basisCount: null,
      count: input.catalogue.servicesInScope,
      coverage: 1,
      method: 'active in-scope services offered fully online end to end / active in-scope services (the catalogue now: the trend is flat, the catalogue keeps no history)',
      methodCode: 'digitisedServices',
      trend: input.months.map((period) => ({ period, value: digitisedShare })),
    },
  };
}

/** Services with at least 30 responses, and those of them at or above the CSAT target. */
export function servicesAtCsatTarget(input: MeasureInput): { servicesMeasured: number; servicesAtTarget: number } {
  const services = [...groupBy(input.rows, (row) => row.serviceId).values()].filter((counts) => counts.csat_responses >= CSAT_MINIMUM_SAMPLE);
  const atTarget = services.filter((counts) => counts.csat_satisfied >= input.csatTarget * counts.csat_responses - 1e-9);
  return { servicesMeasured: services.length, servicesAtTarget: atTarget.length };
}
