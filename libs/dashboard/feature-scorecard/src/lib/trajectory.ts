import type { MaturityAssessment, MaturityPillar } from '@ws/dashboard-data-access';
import { MATURITY_PILLARS } from '@ws/dashboard-data-access';

export const TARGET_YEAR = 2030;

export interface KpiLine {
  baselineYear: number;
  baselineValue: number;
  target2030: number | null;
}

/**
 * The trajectory at a month (`YYYY-MM`): the straight line from the baseline (January of the
 * baseline year) to the 2030 target (January 2030), so January of each year gives that year's
 * expected value as the API computes it. Null without a target.
 */
export function trajectoryAt(kpi: KpiLine, period: string): number | null {
  if (kpi.target2030 === null) return null;
  const year = Number(period.slice(0, 4)) + (Number(period.slice(5, 7)) - 1) / 12;
  const share = (year - kpi.baselineYear) / (TARGET_YEAR - kpi.baselineYear);
  return kpi.baselineValue + (kpi.target2030 - kpi.baselineValue) * share;
}

/** The newest assessment of each entity. */
export function latestAssessments(all: readonly MaturityAssessment[]): MaturityAssessment[] {
  const newest = new Map<string, MaturityAssessment>();
  for (const assessment of all) {
    const seen = newest.get(assessment.agency);
    if (!seen || assessment.assessedOn > seen.assessedOn) newest.set(assessment.agency, assessment);
  }
  return [...newest.values()].sort((a, b) => a.agency.localeCompare(b.agency));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Pillar by pillar median of the entities' newest assessments; null without any. */
export function nationalMedian(
  latest: readonly MaturityAssessment[],
): Record<MaturityPillar, number> | null {
  if (latest.length === 0) return null;
  return Object.fromEntries(
    MATURITY_PILLARS.map((pillar) => [pillar, median(latest.map((a) => a.scores[pillar]))]),
  ) as Record<MaturityPillar, number>;
}
