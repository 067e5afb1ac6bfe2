/**
 * "Will we make 2030?": ordinary least squares on a KPI's monthly values, extended to the month
 * the target is due, with a 90% prediction interval, and the change per month still needed.
 * Pure: months are labels `YYYY-MM`, nothing reads a clock.
 */

export interface MonthlyValue {
  month: string;
  value: number;
}

export type ProjectionVerdict = 'on_course' | 'uncertain' | 'off_course' | 'insufficient_data';

export interface ProjectionInput {
  /** The months with enough data behind them (the caller leaves out the others); any order. */
  series: readonly MonthlyValue[];
  target: number;
  direction: 'higher' | 'lower';
  /** The month the target is due, `YYYY-MM`. */
  horizon: string;
  /** Values are clamped to this range (ratios: 0..1). */
  bounds?: { min: number; max: number };
}

export interface ProjectedMonth {
  month: string;
  value: number;
  low: number;
  high: number;
}

export interface Projection {
  /** Months the fit stands on. */
  months: number;
  /** The fitted change per month; null with too little data. */
  slopePerMonth: number | null;
  latest: MonthlyValue | null;
  /** The fitted line and its prediction interval from the month after the latest to the horizon. */
  path: ProjectedMonth[];
  atHorizon: ProjectedMonth | null;
  /** Change per month from the latest value that reaches the target at the horizon (0 when already there); null without data or time. */
  requiredPerMonth: number | null;
  verdict: ProjectionVerdict;
}

/** Fewer monthly values than this and no line is drawn: "insufficient data", never a guess. */
export const PROJECTION_MINIMUM_MONTHS = 6;
export const PROJECTION_CONFIDENCE = 0.9;
/** The standard normal's 95th percentile: a two-sided 90% interval. */
const Z_95 = 1.6448536269514722;

export function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

export function monthLabel(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * Student's t quantile at 0.95 for `df` degrees of freedom, by the Cornish-Fisher expansion
 * around the normal quantile (within 0.001 of the tables from 4 degrees of freedom on).
 */
export function studentT95(df: number): number {
  const z = Z_95;
  const g1 = (z ** 3 + z) / 4;
  const g2 = (5 * z ** 5 + 16 * z ** 3 + 3 * z) / 96;
  const g3 = (3 * z ** 7 + 19 * z ** 5 + 17 * z ** 3 - 15 * z) / 384;
  const g4 = (79 * z ** 9 + 776 * z ** 7 + 1482 * z ** 5 - 1920 * z ** 3 - 945 * z) / 92160;
  return z + g1 / df + g2 / df ** 2 + g3 / df ** 3 + g4 / df ** 4;
}

function verdictOf(
  atHorizon: ProjectedMonth,
  target: number,
  direction: 'higher' | 'lower',
): ProjectionVerdict {
  const [worst, best] =
    direction === 'higher' ? [atHorizon.low, atHorizon.high] : [-atHorizon.high, -atHorizon.low];
  const goal = direction === 'higher' ? target : -target;
  if (worst >= goal) return 'on_course';
  return best >= goal ? 'uncertain' : 'off_course';
}

function requiredChange(latest: MonthlyValue, input: ProjectionInput): number | null {
  const monthsLeft = monthIndex(input.horizon) - monthIndex(latest.month);
  if (monthsLeft <= 0) return null;
  const gap =
    input.direction === 'higher'
      ? Math.max(0, input.target - latest.value)
      : Math.min(0, input.target - latest.value);
  return gap / monthsLeft;
}

export function projectToTarget(input: ProjectionInput): Projection {
  const series = [...input.series].sort((a, b) => monthIndex(a.month) - monthIndex(b.month));
  const latest = series.at(-1) ?? null;
  const requiredPerMonth = latest ? requiredChange(latest, input) : null;
  const n = series.length;
  if (n < PROJECTION_MINIMUM_MONTHS || !latest) {
    return {
      months: n,
      slopePerMonth: null,
      latest,
      path: [],
      atHorizon: null,
      requiredPerMonth,
      verdict: 'insufficient_data',
    };
  }
  const xs = series.map((point) => monthIndex(point.month));
  const meanX = xs.reduce((sum, x) => sum + x, 0) / n;
  const meanY = series.reduce((sum, point) => sum + point.value, 0) / n;
  const sxx = xs.reduce((sum, x) => sum + (x - meanX) ** 2, 0);
  const slope =
    xs.reduce((sum, x, i) => sum + (x - meanX) * ((series[i] as MonthlyValue).value - meanY), 0) /
    sxx;
  const intercept = meanY - slope * meanX;
  const sse = xs.reduce(
    (sum, x, i) => sum + ((series[i] as MonthlyValue).value - (intercept + slope * x)) ** 2,
    0,
  );
  const spread = studentT95(n - 2) * Math.sqrt(sse / (n - 2));
  const clamp = (value: number) =>
    input.bounds ? Math.min(input.bounds.max, Math.max(input.bounds.min, value)) : value;
  const path: ProjectedMonth[] = [];
  for (let x = monthIndex(latest.month) + 1; x <= monthIndex(input.horizon); x += 1) {
    const fitted = intercept + slope * x;
    const half = spread * Math.sqrt(1 + 1 / n + (x - meanX) ** 2 / sxx);
    path.push({
      month: monthLabel(x),
      value: clamp(fitted),
      low: clamp(fitted - half),
      high: clamp(fitted + half),
    });
  }
  const atHorizon = path.at(-1) ?? null;
  return {
    months: n,
    slopePerMonth: slope,
    latest,
    path,
    atHorizon,
    requiredPerMonth,
    verdict: atHorizon ? verdictOf(atHorizon, input.target, input.direction) : 'insufficient_data',
  };
}
