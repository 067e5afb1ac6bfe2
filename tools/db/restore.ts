/**
 * `npm run -s db:restore -- --in FILE [--database NAME]`: restores a backup into a new database
 * NAME on the server of DATABASE_URL (or into DATABASE_URL's own database when it is empty); see
 * docs/backup.md. Prints what it restored.
 */
import { loadConfig } from '@ws/server-config';
import { argument, optionalArgument } from './backup/arguments';
import { restoreDatabase } from './backup/restore-database';

async function main(): Promise<void> {
  const { DATABASE_URL } = loadConfig(['DATABASE_URL']);
  const args = process.argv.slice(2);
  const file = argument(args, '--in', 'npm run -s db:restore -- --in FILE [--database NAME]');
  const started = Date.now();
  const { url, header } = await restoreDatabase(DATABASE_URL, file, optionalArgument(args, '--database'));
  const rows = header.tables.reduce((sum, table) => sum + table.rows, 0);
  console.log(`Restored ${header.tables.length} tables (${rows} rows) from ${file} into ${new URL(url).pathname.slice(1)} in ${Date.now() - started} ms.`);
}

main().catch((error: unknown) => {
  console.error(String(error instanceof Error ? error.message : error));
  process.exit(1);
});
