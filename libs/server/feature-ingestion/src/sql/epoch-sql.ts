import { EventRange } from '../recompute/case-types';

/**
 * Instants travel between the worker and Postgres as epoch milliseconds (float8): cheaper to write
 * and to parse on both sides than ISO text or `Date` objects, and exact (whole milliseconds).
 */

/** SQL: a timestamptz column as epoch milliseconds (null stays null). */
export const epochMs = (column: string): string => `(extract(epoch FROM ${column}) * 1000)::float8`;

/** SQL: epoch milliseconds (float8, ±Infinity for an open bound) as timestamptz. */
export const fromEpochMs = (value: string): string => `to_timestamp(${value} / 1000)`;

/** The bounds of each case's range as two arrays of epoch milliseconds; a case without one is read from every partition. */
export function rangeArrays(ranges: readonly (EventRange | null)[]): [number[], number[]] {
  return [
    ranges.map((range) => range?.from ?? -Infinity),
    ranges.map((range) => range?.to ?? Infinity),
  ];
}
