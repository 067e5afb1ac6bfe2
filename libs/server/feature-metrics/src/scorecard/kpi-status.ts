import { KpiDirection, KpiStatus } from '@ws/contracts';

export const TARGET_YEAR = 2030;
/** product.md: grey under 30 decided cycles or responses. */
export const MINIMUM_BASIS = 30;

export interface KpiLine {
  baselineYear: number;
  baselineValue: number;
  target2030: number | null;
}

/** The straight line from the baseline to the 2030 target, at `year` (held at its ends outside them). */
export function trajectoryAt(kpi: KpiLine, year: number): number | null {
  if (kpi.target2030 === null) return null;
  if (year <= kpi.baselineYear || kpi.baselineYear >= TARGET_YEAR) return year <= kpi.baselineYear ? kpi.baselineValue : kpi.target2030;
  const progress = Math.min(1, (year - kpi.baselineYear) / (TARGET_YEAR - kpi.baselineYear));
  return kpi.baselineValue + (kpi.target2030 - kpi.baselineValue) * progress;
}

export interface StatusInput {
  actual: number | null;
  trajectory: number | null;
  direction: KpiDirection;
  tolerance: number;
  /** Decided cycles or responses behind the figure; null when the rule does not apply (catalogue shares). */
  basisCount: number | null;
}

/**
 * product.md: green on or better than the trajectory, amber within the tolerance (in points of the
 * KPI's unit), red beyond it, grey without enough data (or without a target to judge against).
 */
export function kpiStatus(input: StatusInput): KpiStatus {
  if (input.actual === null || input.trajectory === null) return 'grey';
  if (input.basisCount !== null && input.basisCount < MINIMUM_BASIS) return 'grey';
  const shortfall = input.direction === 'higher' ? input.trajectory - input.actual : input.actual - input.trajectory;
  if (shortfall <= 0) return 'green';
  return shortfall <= input.tolerance + 1e-12 ? 'amber' : 'red';
}
