/**
 * Writes a new migration whose SQL brings an empty-but-migrated database in line with the
 * entities: `npx tsx tools/db/migration-generate.ts AddSomething`. Review the SQL, then commit.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDataSource, migrate, schemaDrift } from '@ws/server-database';
import { withDatabase } from './with-database';

function render(className: string, timestamp: number, up: string[], down: string[]): string {
  const lines = (queries: string[]) =>
    queries.map((query) => `    await runner.query(\`${query.trim()}\`);`).join('\n');
  return `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className}${timestamp} implements MigrationInterface {
  name = '${className}${timestamp}';

  async up(runner: QueryRunner): Promise<void> {
${lines(up)}
  }

  async down(runner: QueryRunner): Promise<void> {
${lines([...down].reverse())}
  }
}
`;
}

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    console.error('usage: tsx tools/db/migration-generate.ts PascalCaseName');
    process.exit(2);
  }
  await withDatabase(undefined, async (url) => {
    await migrate(url);
    const dataSource = await createDataSource(url).initialize();
    try {
      const drift = await schemaDrift(dataSource);
      if (drift.up.length === 0) {
        console.log('The entities and the migrations agree: nothing to generate.');
        return;
      }
      const timestamp = Date.now();
      const file = join(__dirname, '../../migrations', `${timestamp}-${name}.ts`);
      writeFileSync(file, render(name, timestamp, drift.up, drift.down));
      console.log(`Wrote ${file}; add it to migrations/index.ts.`);
    } finally {
      await dataSource.destroy();
    }
  });
}

void main();
