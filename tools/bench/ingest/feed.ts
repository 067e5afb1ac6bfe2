import type { FeedEvent } from '@ws/contracts';
import { generateFeedDays } from '../../demo/generate-feed';
import { loadSeedData } from '../../demo/seed-data';

/** One request body: events of one agency, in the order that agency's system would send them. */
export interface FeedBatch {
  agency: string;
  events: FeedEvent[];
  /** The JSON body, serialised once before any clock starts. */
  body: string;
}

const FIRST_DAY = '2024-01-01';
const LAST_DAY = '2026-10-31';
/** National cases opened on an ordinary working day: about 3,000 events a day. */
const CASES_PER_DAY = 1500;

/**
 * Exactly `total` events of the demo generator (seeded, realistic: pauses, reopenings, surveys,
 * inter-agency requests, Qatar calendars), day after day from 2024-01-01, cut into batches of
 * `batchSize` per agency as each agency's feed fills up.
 */
export function buildFeed(total: number, batchSize: number): FeedBatch[] {
  const seed = loadSeedData();
  const batches: FeedBatch[] = [];
  const pending = new Map<string, FeedEvent[]>();
  let taken = 0;
  const emit = (agency: string, events: FeedEvent[]) => batches.push({ agency, events, body: JSON.stringify(events) });
  const days = generateFeedDays({
    from: FIRST_DAY,
    to: LAST_DAY,
    seed: 42,
    casesPerDay: CASES_PER_DAY,
    services: seed.services,
    calendars: seed.calendars,
    interAgency: seed.interAgency,
    asOf: `${LAST_DAY}T23:59:59+03:00`,
  });
  for (const day of days) {
    for (const [agency, events] of Object.entries(day.byAgency)) {
      const buffer = [...(pending.get(agency) ?? []), ...events.slice(0, total - taken)];
      taken += Math.min(events.length, total - taken);
      while (buffer.length >= batchSize) emit(agency, buffer.splice(0, batchSize));
      pending.set(agency, buffer);
    }
    if (taken >= total) break;
  }
  if (taken < total) throw new Error(`The generator gave only ${taken} events from ${FIRST_DAY} to ${LAST_DAY}`);
  for (const [agency, events] of pending) if (events.length > 0) emit(agency, events);
  return batches;
}
