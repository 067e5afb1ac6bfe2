/**
 * Loads the reference data of `seed-data/` into `DATABASE_URL`, idempotently, and creates this
 * run's demo credentials. The last stdout line is a JSON object of those credentials, which
 * `npm start` prints; nothing fixed, nothing stored in clear.
 */
import { loadConfig } from '@ws/server-config';
import { createDataSource, createFeedKey } from '@ws/server-database';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';

interface AgencySeed {
  code: string;
  nameEn: string;
  nameAr: string;
}

interface ServiceSeed extends AgencySeed {
  agency: string;
}

const SEED_DIR = join(__dirname, '../../seed-data');
const DEMO_KEY_LABEL = 'demo (npm start)';
const DEMO_FEED_AGENCY = 'MOI';

function readSeed<T>(file: string): T[] {
  return JSON.parse(readFileSync(join(SEED_DIR, file), 'utf8')) as T[];
}

async function upsertAgencies(dataSource: DataSource, agencies: AgencySeed[]): Promise<void> {
  await dataSource.query(
    `INSERT INTO agency (code, name_en, name_ar)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
     ON CONFLICT (code) DO UPDATE SET name_en = EXCLUDED.name_en, name_ar = EXCLUDED.name_ar`,
    [agencies.map((a) => a.code), agencies.map((a) => a.nameEn), agencies.map((a) => a.nameAr)],
  );
}

async function upsertServices(dataSource: DataSource, services: ServiceSeed[]): Promise<void> {
  await dataSource.query(
    `INSERT INTO service (code, agency_id, name_en, name_ar)
     SELECT s.code, a.id, s.name_en, s.name_ar
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS s(code, agency, name_en, name_ar)
     JOIN agency a ON a.code = s.agency
     ON CONFLICT (code) DO UPDATE SET name_en = EXCLUDED.name_en, name_ar = EXCLUDED.name_ar`,
    [
      services.map((s) => s.code),
      services.map((s) => s.agency),
      services.map((s) => s.nameEn),
      services.map((s) => s.nameAr),
    ],
  );
}

/** One fresh demo feed key per run; the previous run's demo key is revoked. */
async function rotateDemoFeedKey(dataSource: DataSource): Promise<string> {
  await dataSource.query(`UPDATE feed_key SET revoked_at = now() WHERE label = $1 AND revoked_at IS NULL`, [
    DEMO_KEY_LABEL,
  ]);
  return createFeedKey(dataSource, DEMO_FEED_AGENCY, DEMO_KEY_LABEL);
}

async function main(): Promise<void> {
  const { DATABASE_URL } = loadConfig(['DATABASE_URL']);
  const dataSource = await createDataSource(DATABASE_URL).initialize();
  try {
    const agencies = readSeed<AgencySeed>('agencies.json');
    const services = readSeed<ServiceSeed>('services.json');
    await dataSource.transaction(async (manager) => {
      await upsertAgencies(manager.connection, agencies);
      await upsertServices(manager.connection, services);
    });
    console.log(`Seeded ${agencies.length} agencies and ${services.length} services.`);
    const key = await rotateDemoFeedKey(dataSource);
    console.log(JSON.stringify({ signIns: [], feedKeys: [{ agency: DEMO_FEED_AGENCY, key }] }));
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
