/**
 * Recomputes every case's cycles and every rollup from the stored events, from scratch, in one
 * transaction: `npx tsx tools/db/rebuild-rollups.ts` (uses DATABASE_URL). Notifications are not sent.
 * Progress (cases done, time left) goes to stderr; the result line to stdout.
 */
import 'reflect-metadata';
import { loadConfig } from '@ws/server-config';
import { createDataSource } from '@ws/server-database';
import { CaseRecompute } from '@ws/server-ingestion';
import { ProgressPrinter } from '../progress/progress-printer';

async function main(): Promise<void> {
  const { DATABASE_URL } = loadConfig(['DATABASE_URL']);
  const dataSource = await createDataSource(DATABASE_URL).initialize();
  try {
    const started = Date.now();
    const progress = new ProgressPrinter({ label: 'Rebuild', unit: 'cases' });
    const cases = await new CaseRecompute(dataSource).rebuildAll(Date.now(), (done, total) =>
      progress.update(done, total),
    );
    progress.finish(cases, cases);
    console.log(`Rebuilt ${cases} case(s) and their rollups in ${Date.now() - started} ms.`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(String(error instanceof Error ? error.message : error));
  process.exit(1);
});
