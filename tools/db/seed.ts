/**
 * Loads `seed-data/` into `DATABASE_URL` idempotently and rotates the demo credentials. The last
 * stdout line is the JSON of this run's credentials, which `npm start` prints.
 */
import { loadConfig } from '@ws/server-config';
import { createDataSource } from '@ws/server-database';
import { rotateDemoCredentials } from './seed/demo-credentials';
import { seedCatalogue } from './seed/seed-catalogue';
import { seedKpisAndMaturity } from './seed/seed-kpis';

async function main(): Promise<void> {
  const { DATABASE_URL } = loadConfig(['DATABASE_URL']);
  const dataSource = await createDataSource(DATABASE_URL).initialize();
  try {
    const added = await dataSource.transaction(async (manager) => ({
      ...(await seedCatalogue(manager)),
      ...(await seedKpisAndMaturity(manager)),
    }));
    const summary = Object.entries(added).map(([what, count]) => `${count} ${what}`).join(', ');
    console.log(`Seed data: added ${summary} (existing rows are left as they are).`);
    console.log(JSON.stringify(await rotateDemoCredentials(dataSource)));
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  const details = (error as { response?: { message?: string } }).response?.message;
  console.error(details ?? (error instanceof Error ? error.message : String(error)));
  process.exit(1);
});
