import { DataSource } from 'typeorm';
import { sleep } from '../ingest/processes';

/** Each check: the two sides that must be equal. */
export interface AccountingCheck {
  name: string;
  left: number;
  right: number;
}

/**
 * Rollup counters against the cycles they count (docs/ingestion.md, "sla_rollup_day counters"):
 * opened = first cycles, reopened = later cycles, decided(_all) = (first) cycles with a decision,
 * met = first cycles met, resolved = stopped cycles, cancelled = cancelled cycles.
 */
const ROLLUP_CHECKS: readonly [string, string, string][] = [
  ['opened', 'sum(opened)', 'count(*) FILTER (WHERE cycle = 1)'],
  ['reopened', 'sum(reopened)', 'count(*) FILTER (WHERE cycle > 1)'],
  ['decided', 'sum(decided)', 'count(*) FILTER (WHERE cycle = 1 AND decided_at IS NOT NULL)'],
  ['met', 'sum(met)', "count(*) FILTER (WHERE cycle = 1 AND decided_at IS NOT NULL AND status = 'met')"],
  ['decided_all', 'sum(decided_all)', 'count(*) FILTER (WHERE decided_at IS NOT NULL)'],
  ['resolved', 'sum(resolved)', 'count(*) FILTER (WHERE stopped_at IS NOT NULL)'],
  ['cancelled', 'sum(cancelled)', 'count(*) FILTER (WHERE cancelled_at IS NOT NULL)'],
];

/** Waits until no accepted batch is left unprocessed; returns the seconds it took, or null past the timeout. */
export async function waitForDrain(dataSource: DataSource, timeoutSeconds: number): Promise<number | null> {
  const started = performance.now();
  for (;;) {
    const [row]: { left: number }[] = await dataSource.query(`SELECT count(*)::int AS left FROM event_batch WHERE status <> 'processed'`);
    if (row?.left === 0) return Math.round(performance.now() - started) / 1000;
    if (performance.now() - started > timeoutSeconds * 1000) return null;
    await sleep(500);
  }
}

/**
 * After the drain, in one snapshot: the events the clients were told were accepted (sum of
 * `accepted` of every 202) = events stored = events the batches recorded as accepted = events folded
 * into their cases (sum of sla_case.event_count); no batch unprocessed; and each rollup counter
 * equals the cycles it counts.
 */
export async function accountingChecks(dataSource: DataSource, acceptedByClients: number): Promise<AccountingCheck[]> {
  const rollups = ROLLUP_CHECKS.map(([name, counter]) => `(SELECT coalesce(${counter}, 0) FROM sla_rollup_day)::bigint AS "rollup_${name}"`);
  const cycles = ROLLUP_CHECKS.map(([name, , counted]) => `(SELECT ${counted} FROM sla_cycle)::bigint AS "cycles_${name}"`);
  const [row]: Record<string, string>[] = await dataSource.query(
    `SELECT (SELECT count(*) FROM feed_event)::bigint AS stored,
            (SELECT coalesce(sum(accepted), 0) FROM event_batch)::bigint AS "batchAccepted",
            (SELECT count(*) FROM event_batch WHERE status <> 'processed')::bigint AS unprocessed,
            (SELECT coalesce(sum(event_count), 0) FROM sla_case)::bigint AS folded,
            ${[...rollups, ...cycles].join(',\n            ')}`,
  );
  const value = (name: string) => Number(row?.[name] ?? Number.NaN);
  return [
    { name: 'accepted in 202s = events stored (feed_event)', left: acceptedByClients, right: value('stored') },
    { name: 'events stored = accepted recorded by the batches', left: value('stored'), right: value('batchAccepted') },
    { name: 'events stored = events folded into cases (sum of event_count)', left: value('stored'), right: value('folded') },
    { name: 'batches not processed', left: value('unprocessed'), right: 0 },
    ...ROLLUP_CHECKS.map(([name]) => ({ name: `rollup ${name} = cycles it counts`, left: value(`rollup_${name}`), right: value(`cycles_${name}`) })),
  ];
}
