/**
 * `npm run -s db:backup -- --out FILE`: a consistent backup of the database of DATABASE_URL (every
 * table, from one snapshot; see docs/backup.md). Prints what it wrote.
 */
import { loadConfig } from '@ws/server-config';
import { dumpDatabase } from './backup/dump-database';
import { argument } from './backup/arguments';

async function main(): Promise<void> {
  const { DATABASE_URL } = loadConfig(['DATABASE_URL']);
  const out = argument(process.argv.slice(2), '--out', 'npm run -s db:backup -- --out FILE');
  const started = Date.now();
  const header = await dumpDatabase(DATABASE_URL, out);
  const rows = header.tables.reduce((sum, table) => sum + table.rows, 0);
  console.log(`Backed up ${header.tables.length} tables (${rows} rows, ${header.migrations.length} migrations) to ${out} in ${Date.now() - started} ms.`);
}

main().catch((error: unknown) => {
  console.error(String(error instanceof Error ? error.message : error));
  process.exit(1);
});
