/**
 * `npm run -s feed-key -- create --agency CODE [--label TEXT]`: creates a feed key and prints it
 * once (the database keeps only its hash). Uses `DATABASE_URL`, else the `npm start` database.
 */
import { createDataSource, createFeedKey } from '@ws/server-database';
import { parseArgs } from 'node:util';
import { resolveDatabaseUrl } from './resolve-database-url';

const USAGE = 'usage: npm run -s feed-key -- create --agency CODE [--label TEXT]';

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { agency: { type: 'string' }, label: { type: 'string', default: '' } },
  });
  if (positionals[0] !== 'create' || !values.agency) {
    console.error(USAGE);
    process.exit(2);
  }
  const dataSource = await createDataSource(resolveDatabaseUrl()).initialize();
  try {
    const key = await createFeedKey(dataSource, values.agency, values.label);
    console.error(`Feed key for ${values.agency} (shown once; store it in the agency's system):`);
    console.log(key);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
