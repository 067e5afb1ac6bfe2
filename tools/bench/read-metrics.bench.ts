/**
 * Read-side benchmark (`npm run bench:read [-- --cases N --runs N --raw-runs N --only words,...]`;
 * `--only` keeps the figures whose name contains one of the words, `--raw-runs 0` skips the raw
 * scans): a throwaway Postgres with the seed catalogue and two years of demo history
 * (docs/read-api.md), then each read figure timed through the read services over the rollups,
 * beside the same figure by a plain GROUP BY over the per-case rows. Prints a table and writes
 * tmp/bench-read.json.
 */
import { createDataSource, migrate } from '@ws/server-database';
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { seedCatalogue } from '../db/seed/seed-catalogue';
import { seedKpisAndMaturity } from '../db/seed/seed-kpis';
import { withDatabase } from '../db/with-database';
import { benchCases } from './read/bench-cases';
import { loadBenchData } from './read/load-bench-data';

const TARGET_P95_MS = 100;

interface Timing {
  p50: number;
  p95: number;
  runs: number;
}

async function time(run: () => Promise<unknown>, runs: number): Promise<Timing> {
  for (let warm = 0; warm < Math.min(3, runs); warm += 1) await run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const rank = (p: number) => samples[Math.max(0, Math.ceil(p * samples.length) - 1)] as number;
  return { p50: Math.round(rank(0.5) * 10) / 10, p95: Math.round(rank(0.95) * 10) / 10, runs };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { cases: { type: 'string', default: '2500000' }, runs: { type: 'string', default: '50' }, 'raw-runs': { type: 'string', default: '10' }, only: { type: 'string' } } });
  const caseCount = Number(values.cases);
  await withDatabase(undefined, async (url) => {
    await migrate(url);
    const dataSource = await createDataSource(url).initialize();
    try {
      await dataSource.transaction(async (manager) => {
        await seedCatalogue(manager);
        await seedKpisAndMaturity(manager);
      });
      const loadStart = performance.now();
      await loadBenchData(dataSource, caseCount);
      const [size] = await dataSource.query(
        `SELECT (SELECT count(*) FROM sla_case)::int AS cases, (SELECT count(*) FROM sla_cycle)::int AS cycles, (SELECT count(*) FROM sla_rollup_day)::int AS "rollupRows"`,
      );
      console.log(`loaded ${JSON.stringify(size)} (~${(caseCount * 4).toLocaleString('en')} events) in ${Math.round((performance.now() - loadStart) / 1000)} s`);
      // Every read-API figure first, then every raw GROUP BY: the raw scans (far larger than
      // shared_buffers) would otherwise evict the rollup pages between two read-API figures.
      const only = values.only?.split(',').map((word) => word.trim()).filter((word) => word !== '') ?? [];
      const cases = (await benchCases(dataSource)).filter((benchCase) => only.length === 0 || only.some((word) => benchCase.name.includes(word)));
      const rollups: Timing[] = [];
      for (const benchCase of cases) {
        await benchCase.prepare?.();
        rollups.push(await time(benchCase.rollup, Number(values.runs)));
      }
      const raws: (Timing | null)[] = [];
      for (const benchCase of cases) raws.push(benchCase.raw && Number(values['raw-runs']) > 0 ? await time(benchCase.raw, Number(values['raw-runs'])) : null);
      const results = cases.map((benchCase, index) => {
        const rollup = rollups[index] as Timing;
        return { name: benchCase.name, rollup, raw: raws[index] ?? null, meetsTarget: rollup.p95 < TARGET_P95_MS };
      });
      for (const { name, rollup, raw } of results) {
        const rawText = raw ? `p50 ${String(raw.p50).padStart(7)} p95 ${String(raw.p95).padStart(7)} ms` : '-';
        console.log(`${name.padEnd(58)} read API p50 ${String(rollup.p50).padStart(7)} p95 ${String(rollup.p95).padStart(7)} ms | raw GROUP BY ${rawText}`);
      }
      mkdirSync('tmp', { recursive: true });
      writeFileSync('tmp/bench-read.json', `${JSON.stringify({ measuredAt: new Date().toISOString(), size, targetP95Ms: TARGET_P95_MS, results }, null, 2)}\n`);
      console.log(`wrote tmp/bench-read.json; ${results.filter((result) => result.meetsTarget).length}/${results.length} under p95 ${TARGET_P95_MS} ms`);
    } finally {
      await dataSource.destroy();
    }
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
