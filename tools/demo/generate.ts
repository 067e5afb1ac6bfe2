/**
 * Writes a demo event feed as NDJSON, one event per line, each with its sending agency in
 * `_agency` (not part of the feed contract: strip it before sending, use it to pick the key).
 *
 *   npx tsx tools/demo/generate.ts --from 2025-11-01 --to 2026-11-22 --cases-per-day 300 --seed 42 \
 *     [--as-of 2026-11-22T12:00:00+03:00] [--seed-dir seed-data] --out FILE.ndjson
 *
 * Without --as-of, the feed runs to the end of --to, or to the current time if that is earlier
 * (so no event is in the future for the ingestion API).
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { generateFeedDays } from './generate-feed';
import { DEFAULT_SEED_DIR, loadSeedData } from './seed-data';

interface CliOptions {
  from: string;
  to: string;
  casesPerDay: number;
  seed: number;
  asOf?: string;
  out: string;
  seedDir: string;
}

const USAGE =
  'usage: generate.ts --from YYYY-MM-DD --to YYYY-MM-DD --cases-per-day N --seed N [--as-of ISO] [--seed-dir DIR] --out FILE.ndjson';

function parseArgs(argv: string[]): CliOptions {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    if (!arg.startsWith('--')) throw new Error(`unexpected argument ${arg}\n${USAGE}`);
    const eq = arg.indexOf('=');
    if (eq > 0) values.set(arg.slice(2, eq), arg.slice(eq + 1));
    else {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new Error(`missing value for ${arg}\n${USAGE}`);
      values.set(arg.slice(2), value);
      i++;
    }
  }
  const need = (name: string): string => {
    const v = values.get(name);
    if (v === undefined) throw new Error(`--${name} is required\n${USAGE}`);
    return v;
  };
  const number = (name: string, fallback?: number): number => {
    const raw = values.get(name);
    if (raw === undefined && fallback !== undefined) return fallback;
    const v = Number(raw ?? need(name));
    if (!Number.isFinite(v) || v < 0) throw new Error(`--${name} must be a non-negative number`);
    return v;
  };
  for (const key of values.keys()) {
    if (!['from', 'to', 'cases-per-day', 'seed', 'as-of', 'out', 'seed-dir'].includes(key)) throw new Error(`unknown option --${key}\n${USAGE}`);
  }
  return {
    from: need('from'),
    to: need('to'),
    casesPerDay: number('cases-per-day'),
    seed: number('seed', 42),
    asOf: values.get('as-of'),
    out: need('out'),
    seedDir: values.get('seed-dir') ?? DEFAULT_SEED_DIR,
  };
}

async function main(): Promise<void> {
  const cli = parseArgs(process.argv.slice(2));
  let asOf = cli.asOf;
  if (asOf === undefined) {
    const endOfTo = Date.parse(`${cli.to}T23:59:59+03:00`);
    if (endOfTo > Date.now()) {
      asOf = new Date(Math.floor(Date.now() / 1000) * 1000).toISOString();
      console.error(`note: the end of ${cli.to} is in the future; events stop at now (${asOf}); pass --as-of to fix it`);
    }
  }
  const data = loadSeedData(cli.seedDir);
  const started = process.hrtime.bigint();
  const stream = createWriteStream(cli.out);
  const byType = new Map<string, number>();
  const byAgency = new Map<string, number>();
  let events = 0;
  let cases = 0;
  let lastDate = '';
  for (const day of generateFeedDays({ ...data, from: cli.from, to: cli.to, seed: cli.seed, casesPerDay: cli.casesPerDay, asOf })) {
    cases += day.casesOpened;
    const lines: string[] = [];
    for (const [agency, list] of Object.entries(day.byAgency)) {
      byAgency.set(agency, (byAgency.get(agency) ?? 0) + list.length);
      const suffix = `,"_agency":${JSON.stringify(agency)}}`;
      for (const e of list) {
        byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
        const json = JSON.stringify(e);
        lines.push(json.slice(0, -1) + suffix);
      }
    }
    if (lines.length > 0) {
      events += lines.length;
      lastDate = day.date;
      if (!stream.write(`${lines.join('\n')}\n`)) await once(stream, 'drain');
    }
  }
  stream.end();
  await once(stream, 'finish');
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(`wrote ${events} events of ${cases} cases (${cli.from}..${cli.to}, last event on ${lastDate || '-'}) to ${cli.out}`);
  console.log(`by type: ${[...byType].map(([t, n]) => `${t}=${n}`).join(' ')}`);
  console.log(`by agency: ${[...byAgency].sort((a, b) => b[1] - a[1]).map(([a, n]) => `${a}=${n}`).join(' ')}`);
  console.log(`${seconds.toFixed(2)} s, ${Math.round(events / seconds)} events/s`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
