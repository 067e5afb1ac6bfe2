import { StoredCycle } from './case-types';

const FIELDS: readonly (keyof StoredCycle)[] = [
  'cycle', 'status', 'startedAt', 'stoppedAt', 'cancelledAt', 'elapsedSeconds', 'progress', 'dueAt',
  'atRisk50At', 'atRisk75At', 'breachedAt', 'decidedAt', 'atRisk', 'firstComputedAt',
];

/**
 * Whether a fold left a case's cycles exactly as stored (a survey on a resolved case, a repeated
 * batch). Such cycles are not rewritten: a running cycle's elapsed time moves with the clock, so it
 * never compares equal and is always written with its `computed_at`.
 */
export function sameCycles(stored: readonly StoredCycle[], fresh: readonly StoredCycle[]): boolean {
  return stored.length === fresh.length && stored.every((cycle, index) => FIELDS.every((field) => cycle[field] === fresh[index]?.[field]));
}
