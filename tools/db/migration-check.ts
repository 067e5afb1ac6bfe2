/**
 * CI's drift check: migrate an empty database, then ask TypeORM what SQL the entities still
 * need. Any statement means the entities and the migrations disagree.
 */
import { createDataSource, migrate, schemaDrift } from '@ws/server-database';
import { optionalDatabaseUrl } from './optional-database-url';
import { withDatabase } from './with-database';

async function main(): Promise<number> {
  return withDatabase(optionalDatabaseUrl(), async (url) => {
    const applied = await migrate(url);
    const dataSource = await createDataSource(url).initialize();
    try {
      const drift = await schemaDrift(dataSource);
      if (drift.up.length > 0) {
        console.error('The entities and the migrations disagree. Missing SQL:');
        for (const query of drift.up) console.error(`  ${query};`);
        console.error('Run: npx tsx tools/db/migration-generate.ts DescribeTheChange');
        return 1;
      }
      console.log(`Migration drift check: ${applied.length} migrations applied, no drift.`);
      return 0;
    } finally {
      await dataSource.destroy();
    }
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
