/** One maturity self-assessment of an entity: each pillar scored 1-5. */
export interface RankedAssessment {
  agency: string;
  assessedOn: string;
  scores: Readonly<Record<string, number>>;
  demo: boolean;
}

/** One entity in the comparison: its newest assessment, its mean over the pillars and its rank. */
export interface BenchmarkRow extends RankedAssessment {
  average: number;
  /** 1 = highest average; equal averages share a rank. */
  rank: number;
}

/** The mean of `scores` over `pillars`. */
export function averageScore(
  scores: Readonly<Record<string, number>>,
  pillars: readonly string[],
): number {
  return pillars.reduce((sum, pillar) => sum + (scores[pillar] ?? 0), 0) / pillars.length;
}

/** Each entity's newest assessment (by its date). */
export function newestPerEntity<T extends RankedAssessment>(records: readonly T[]): T[] {
  const newest = new Map<string, T>();
  for (const record of records) {
    const kept = newest.get(record.agency);
    if (!kept || record.assessedOn > kept.assessedOn) newest.set(record.agency, record);
  }
  return [...newest.values()];
}

/** The entities by their newest assessment, highest average first (then by code), ranked. */
export function benchmarkRows(
  records: readonly RankedAssessment[],
  pillars: readonly string[],
): BenchmarkRow[] {
  const rows = newestPerEntity(records)
    .map((record) => ({ ...record, average: averageScore(record.scores, pillars) }))
    .sort((a, b) => b.average - a.average || a.agency.localeCompare(b.agency));
  return rows.map((row, index) => ({
    agency: row.agency,
    assessedOn: row.assessedOn,
    scores: row.scores,
    average: row.average,
    demo: row.demo,
    rank: index > 0 && rows[index - 1]?.average === row.average ? rankOf(rows, index) : index + 1,
  }));
}

function rankOf(rows: readonly { average: number }[], index: number): number {
  let first = index;
  while (first > 0 && rows[first - 1]?.average === rows[index]?.average) first -= 1;
  return first + 1;
}

/** The median of the values (the mean of the middle two for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? null)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The national median of each pillar over the entities' newest assessments. */
export function pillarMedians(
  rows: readonly BenchmarkRow[],
  pillars: readonly string[],
): Record<string, number | null> {
  return Object.fromEntries(
    pillars.map((pillar) => [pillar, median(rows.map((row) => row.scores[pillar] ?? 0))]),
  );
}
