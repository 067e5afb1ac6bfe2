/** Applies pending migrations to `DATABASE_URL`. */
import { loadConfig } from '@ws/server-config';
import { migrate } from '@ws/server-database';

async function main(): Promise<void> {
  const { DATABASE_URL } = loadConfig(['DATABASE_URL']);
  const applied = await migrate(DATABASE_URL);
  console.log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Schema is up to date.');
}

main().catch((error: unknown) => {
  console.error(String(error instanceof Error ? error.message : error));
  process.exit(1);
});
