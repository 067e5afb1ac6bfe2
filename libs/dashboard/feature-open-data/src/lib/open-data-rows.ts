import type { OpenDataRow } from '@ws/contracts';
import type { TrendRow } from '@ws/dashboard-ui-kit';

/** Below this many decided cases or responses a month's ratio is "insufficient data", as everywhere else. */
const MINIMUM_SAMPLE = 30;

const ratio = (part: number, whole: number): number | null =>
  whole >= MINIMUM_SAMPLE ? part / whole : null;

/** The national rows of the open data as the three public trends (no target: the open data carries none). */
export function nationalTrends(rows: readonly OpenDataRow[]): {
  adherence: TrendRow[];
  satisfaction: TrendRow[];
  digital: TrendRow[];
} {
  const national = rows.filter((row) => row.entity === 'national');
  return {
    adherence: national.map((row) => ({
      period: row.month,
      value: ratio(row.met, row.decided),
      count: row.decided,
      trajectory: null,
    })),
    satisfaction: national.map((row) => ({
      period: row.month,
      value: ratio(row.satisfied, row.responses),
      count: row.responses,
      trajectory: null,
    })),
    digital: national.map((row) => ({
      period: row.month,
      value: ratio(row.openedDigital, row.opened),
      count: row.opened,
      trajectory: null,
    })),
  };
}
