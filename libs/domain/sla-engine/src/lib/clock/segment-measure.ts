import { EpochMillis } from '../time/zone';
import { TargetMeasure } from './target-measure';

export interface Segment {
  readonly from: EpochMillis;
  /** May be +Infinity for a clock assumed to run on. */
  readonly to: EpochMillis;
}

export function sumAlong(segments: readonly Segment[], measure: (a: EpochMillis, b: EpochMillis) => number): number {
  return segments.reduce((sum, segment) => sum + measure(segment.from, segment.to), 0);
}

/** The first instant at which the quantity accumulated along the segments reaches `amount`; null if it never does. */
export function reachAlong(segments: readonly Segment[], amount: number, measure: TargetMeasure): EpochMillis | null {
  let accumulated = 0;
  for (const segment of segments) {
    const remaining = amount - accumulated;
    if (segment.to === Infinity) return measure.reach(segment.from, remaining);
    const inSegment = measure.between(segment.from, segment.to);
    if (accumulated + inSegment >= amount - measure.tolerance) {
      const reached = measure.reach(segment.from, remaining);
      return reached === null ? segment.to : Math.min(reached, segment.to);
    }
    accumulated += inSegment;
  }
  return null;
}
