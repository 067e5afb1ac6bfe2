import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COUNT_BACKLOG_SQL, createDataSource, createFeedKey } from '@ws/server-database';
import { createTestDatabase, TestDatabase } from '@ws/server-testing';
import { DataSource } from 'typeorm';

export const SERVICE = 'MOI-RP-RENEW';
export const FAST_SERVICE = 'MOI-FAST';

export interface FeedEvent {
  eventId: string;
  type: string;
  caseId: string;
  serviceCode: string;
  occurredAt: string;
  [key: string]: unknown;
}

function calendarDefinition(file: string): Record<string, unknown> {
  const { code: _code, nameEn: _en, nameAr: _ar, ...definition } = JSON.parse(
    readFileSync(join(__dirname, '../../../../seed-data/calendars', file), 'utf8'),
  ) as Record<string, unknown>;
  return definition;
}

/** A fresh migrated test database with the catalogue of `seedCatalogue` and a feed key of MOI. */
export async function feedDatabase(label: string): Promise<{ database: TestDatabase; dataSource: DataSource; key: string }> {
  const database = await createTestDatabase(label);
  const dataSource = await createDataSource(database.url).initialize();
  await seedCatalogue(dataSource);
  return { database, dataSource, key: await createFeedKey(dataSource, 'MOI') };
}

/** Agencies MOI and MOJ, the Qatar government and 24x7 calendars, and two MOI services with SLAs. */
export async function seedCatalogue(dataSource: DataSource): Promise<void> {
  await dataSource.query(`INSERT INTO agency (code, name_en, name_ar) VALUES ('MOI', 'Interior', 'الداخلية'), ('MOJ', 'Justice', 'العدل')`);
  for (const [code, file] of [['QA-GOV', 'qatar-government.json'], ['QA-24X7', 'qatar-24x7.json']]) {
    await dataSource.query(`INSERT INTO calendar (code, name_en, name_ar) VALUES ($1, $1, $1)`, [code]);
    await dataSource.query(
      `INSERT INTO calendar_version (calendar_id, version, definition, published_at, published_by)
       SELECT id, 1, $2, now(), 'test' FROM calendar WHERE code = $1`,
      [code, JSON.stringify(calendarDefinition(file))],
    );
  }
  const services: [string, string, number, string][] = [
    [SERVICE, 'QA-GOV', 3, 'workingDays'],
    // 0.3 calendar minutes = 18 seconds: the sweep tests watch a clock run out.
    [FAST_SERVICE, 'QA-24X7', 0.3, 'calendarMinutes'],
  ];
  for (const [code, calendar, amount, unit] of services) {
    await dataSource.query(
      `INSERT INTO service (code, agency_id, name_en, name_ar, type) SELECT $1, id, $1, $1, 'procedural' FROM agency WHERE code = 'MOI'`,
      [code],
    );
    await dataSource.query(
      `INSERT INTO sla_definition (service_id, version, target_amount, target_unit, calendar_id, at_risk_ratio, effective_from)
       SELECT s.id, 1, $2, $3, c.id, 0.75, '2025-06-01T00:00:00Z' FROM service s, calendar c WHERE s.code = $1 AND c.code = $4`,
      [code, amount, unit, calendar],
    );
  }
}

/** A small seeded PRNG (mulberry32): the same seed gives the same events and the same shuffles. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: readonly T[], rand: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rand() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

const HOUR = 3_600_000;
const CHANNELS = ['web', 'mobile', 'counter', 'call_center', 'kiosk', 'api'];

/** Cases of 1-9 events in Jan-Mar 2026: pauses, reopenings, cancellations, surveys, orphans. */
export function generateEvents(seed: number, cases: number): FeedEvent[] {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const events: FeedEvent[] = [];
  for (let n = 0; n < cases; n += 1) {
    const caseId = `S${seed}-C${n}`;
    let t = Date.parse('2026-01-04T04:00:00Z') + Math.floor(rand() * 80 * 24) * HOUR + Math.floor(rand() * 60) * 60_000;
    let k = 0;
    const add = (type: string, extra: Record<string, unknown> = {}): void => {
      events.push({ eventId: `${caseId}-e${k++}`, type, caseId, serviceCode: SERVICE, occurredAt: new Date(t).toISOString(), ...extra });
      t += Math.floor(rand() * 60) * HOUR + 60_000;
    };
    const orphan = rand() < 0.05;
    if (!orphan) add('case.opened', { channel: pick(CHANNELS), ...(rand() < 0.2 ? { requestingAgency: 'MOJ' } : {}) });
    if (rand() < 0.3) {
      add('case.paused', { reason: 'awaiting_customer' });
      add('case.resumed');
    }
    const ending = rand();
    if (ending < 0.1) add('case.cancelled');
    else if (ending < 0.9) add(pick(['case.resolved', 'case.closed']));
    if (ending >= 0.1 && ending < 0.9 && rand() < 0.2) {
      add('case.reopened');
      add('case.resolved');
    }
    const surveys = rand() < 0.4 ? (rand() < 0.3 ? 2 : 1) : 0;
    for (let s = 0; s < surveys; s += 1) {
      const scale = pick(['csat5', 'happiness3']);
      add('survey.submitted', { channel: pick(CHANNELS), survey: { scale, score: 1 + Math.floor(rand() * (scale === 'csat5' ? 5 : 3)) } });
    }
  }
  return events;
}

export interface StateSnapshot {
  cases: unknown[];
  cycles: unknown[];
  rollups: unknown[];
  /** Empty while `sla_backlog` equals counting the cycles. */
  backlogDrift: unknown[];
}

/**
 * Keys where `sla_backlog` (kept by the worker) differs from counting open cases' current cycles in
 * `sla_case`/`sla_cycle` (what the backlog read before): empty when they agree.
 */
export async function backlogDrift(dataSource: DataSource): Promise<unknown[]> {
  return dataSource.query(
    `WITH counted AS (${COUNT_BACKLOG_SQL}),
     kept AS (SELECT * FROM sla_backlog WHERE running <> 0 OR paused <> 0 OR at_risk <> 0 OR breached <> 0)
     (SELECT 'counted' AS side, * FROM counted EXCEPT SELECT 'counted', * FROM kept)
     UNION ALL (SELECT 'kept', * FROM kept EXCEPT SELECT 'kept', * FROM counted)`,
  );
}

/** Everything the worker derives, minus what depends on when it ran (open clocks' elapsed time). */
export async function stateSnapshot(dataSource: DataSource): Promise<StateSnapshot> {
  const cases = await dataSource.query(
    `SELECT agency_id, case_id, service_id, sla_definition_id, requesting_agency_id, channel, opened_at, open,
            survey_at, survey_scale, survey_score, survey_channel, event_count
     FROM sla_case ORDER BY agency_id, case_id COLLATE "C"`,
  );
  const cycles = await dataSource.query(
    `SELECT sc.case_id, c.cycle, c.status, c.started_at, c.stopped_at, c.cancelled_at, c.due_at, c.breached_at, c.decided_at,
            CASE WHEN c.stopped_at IS NULL AND c.cancelled_at IS NULL THEN NULL ELSE c.elapsed_seconds END AS elapsed_seconds
     FROM sla_cycle c JOIN sla_case sc ON sc.id = c.case_pk ORDER BY sc.case_id COLLATE "C", c.cycle`,
  );
  const rows: Record<string, unknown>[] = await dataSource.query(
    `SELECT * FROM sla_rollup_day ORDER BY service_id, agency_id, requesting_agency_id, channel COLLATE "C", day`,
  );
  const keys = ['service_id', 'agency_id', 'requesting_agency_id', 'channel', 'day'];
  // Rows whose counters all went back to zero are the same as absent rows.
  const rollups = rows.filter((row) => Object.entries(row).some(([name, value]) => !keys.includes(name) && Number(value) !== 0));
  return { cases, cycles, rollups, backlogDrift: await backlogDrift(dataSource) };
}

export async function waitUntilProcessed(dataSource: DataSource, batches: number, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [row]: { done: number; total: number }[] = await dataSource.query(
      `SELECT count(*) FILTER (WHERE status = 'processed')::int AS done, count(*)::int AS total FROM event_batch`,
    );
    if (row && row.total >= batches && row.done === row.total) return;
    if (Date.now() > deadline) throw new Error(`Batches not processed in time: ${JSON.stringify(row)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
