/**
 * Loads about a year of demo history through the real ingestion path: generated events are
 * POSTed to the running API with one temporary feed key per agency (revoked afterwards), then
 * the worker applies them like any agency's feed. Skipped when the database already has events.
 *
 *   npx tsx tools/demo/load-history.ts --api http://127.0.0.1:3000 [--days 365] [--cases-per-day 60]
 */
import type { FeedEvent } from '@ws/contracts';
import { loadConfig } from '@ws/server-config';
import { createDataSource, createFeedKey } from '@ws/server-database';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { ProgressPrinter } from '../progress/progress-printer';
import { generateFeedDays } from './generate-feed';
import { loadSeedData } from './seed-data';

const BATCH_SIZE = 1000;
const LOADER_KEY_LABEL = 'demo history loader';
const DAY_MS = 86_400_000;

async function post(api: string, key: string, events: FeedEvent[]): Promise<number> {
  for (let attempt = 1; ; attempt += 1) {
    const response = await fetch(`${api}/api/v1/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify(events),
    });
    if (response.status === 202) return ((await response.json()) as { accepted: number }).accepted;
    if ((response.status === 429 || response.status === 503) && attempt < 10) {
      await new Promise((resolve) => setTimeout(resolve, Number(response.headers.get('retry-after') ?? 1) * 1000));
      continue;
    }
    throw new Error(`POST /api/v1/events answered ${response.status}: ${await response.text()}`);
  }
}

async function keysPerAgency(dataSource: DataSource, agencies: string[]): Promise<Map<string, string>> {
  const keys = new Map<string, string>();
  for (const agency of agencies) keys.set(agency, await createFeedKey(dataSource, agency, LOADER_KEY_LABEL));
  return keys;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { api: { type: 'string' }, days: { type: 'string', default: '365' }, 'cases-per-day': { type: 'string', default: '60' } },
  });
  if (!values.api) throw new Error('usage: load-history.ts --api http://127.0.0.1:3000 [--days 365] [--cases-per-day 60]');
  const { DATABASE_URL } = loadConfig(['DATABASE_URL']);
  const dataSource = await createDataSource(DATABASE_URL).initialize();
  try {
    const [{ count }]: { count: number }[] = await dataSource.query(`SELECT count(*)::int AS count FROM feed_event`);
    if (count > 0) {
      console.log(`Demo history: ${count} events already stored, nothing loaded.`);
      return;
    }
    const nowMs = Date.now();
    const today = new Date(nowMs + 3 * 3600_000).toISOString().slice(0, 10);
    const from = new Date(Date.parse(today) - Number(values.days) * DAY_MS).toISOString().slice(0, 10);
    const seed = loadSeedData();
    const keys = await keysPerAgency(dataSource, seed.agencies.map((agency) => agency.code));
    const pending = new Map<string, FeedEvent[]>();
    let accepted = 0;
    const flush = async (agency: string, events: FeedEvent[]) => {
      accepted += await post(values.api as string, keys.get(agency) as string, events);
    };
    const days = generateFeedDays({
      from,
      to: today,
      seed: 42,
      casesPerDay: Number(values['cases-per-day']),
      services: seed.services,
      calendars: seed.calendars,
      interAgency: seed.interAgency,
      asOf: new Date(nowMs - 60_000).toISOString(),
    });
    const totalDays = Number(values.days) + 1;
    const progress = new ProgressPrinter({ label: 'Demo history', unit: 'days' });
    let daysDone = 0;
    for (const day of days) {
      progress.update(daysDone, totalDays, `${accepted.toLocaleString('en-GB')} events accepted`);
      daysDone += 1;
      for (const [agency, events] of Object.entries(day.byAgency)) {
        const buffer = [...(pending.get(agency) ?? []), ...events];
        while (buffer.length >= BATCH_SIZE) await flush(agency, buffer.splice(0, BATCH_SIZE));
        pending.set(agency, buffer);
      }
    }
    for (const [agency, events] of pending) if (events.length > 0) await flush(agency, events);
    progress.finish(daysDone, totalDays, `${accepted.toLocaleString('en-GB')} events accepted`);
    await dataSource.query(`UPDATE feed_key SET revoked_at = now() WHERE label = $1 AND revoked_at IS NULL`, [LOADER_KEY_LABEL]);
    const seconds = (Date.now() - nowMs) / 1000;
    console.log(`Demo history: ${accepted} events from ${from} to ${today} accepted in ${seconds.toFixed(1)} s (${Math.round(accepted / seconds)} events/s); the worker is applying them.`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
