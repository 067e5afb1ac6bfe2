import { loadConfig } from '@ws/server-config';
import { createDataSource, createFeedKey, migrate } from '@ws/server-database';
import IORedis from 'ioredis';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { seedCatalogue } from '../../db/seed/seed-catalogue';
import { freePort } from '../../db/with-database';
import { startProcess, stopProcess } from './processes';

/** `REDIS_URL` when set (validated), else undefined. */
export function optionalRedisUrl(): string | undefined {
  try {
    return loadConfig(['REDIS_URL']).REDIS_URL;
  } catch (error) {
    if (String(error).includes('REDIS_URL is required')) return undefined;
    throw error;
  }
}

/** Runs `work` with `REDIS_URL`, or with a private `redis-server` (no persistence) stopped afterwards. */
export async function withRedis<T>(redisUrl: string | undefined, work: (url: string) => Promise<T>): Promise<T> {
  if (redisUrl) return work(redisUrl);
  const port = await freePort();
  const redis = startProcess('redis', {}, ['redis-server', '--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no']);
  try {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const client = new IORedis(port, '127.0.0.1', { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      client.on('error', () => undefined);
      const ready = await client.connect().then(() => true, () => false);
      client.disconnect();
      if (ready) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return await work(`redis://127.0.0.1:${port}`);
  } finally {
    await stopProcess(redis);
  }
}

/**
 * A checkpoint, so that every measurement starts from the same state of the write-ahead log (each
 * pays for the full-page images after a checkpoint alike). Skipped where the role may not run one.
 */
export async function checkpoint(dataSource: DataSource): Promise<void> {
  await dataSource.query('CHECKPOINT').catch(() => undefined);
}

export interface BenchDatabase {
  url: string;
  dataSource: DataSource;
  /** A feed key per agency code. */
  keys: Map<string, string>;
  serviceIds: Map<string, number>;
  agencyIds: Map<string, number>;
  drop(): Promise<void>;
}

async function admin<T>(serverUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new database on the server of `serverUrl`: migrated, the seed catalogue loaded, a feed key per agency. */
export async function freshDatabase(serverUrl: string, name: string): Promise<BenchDatabase> {
  await admin(serverUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  });
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await migrate(url.toString());
  const dataSource = await createDataSource(url.toString()).initialize();
  await dataSource.transaction((manager) => seedCatalogue(manager));
  const agencies: { id: number; code: string }[] = await dataSource.query(`SELECT id, code FROM agency ORDER BY code`);
  const services: { id: number; code: string }[] = await dataSource.query(`SELECT id, code FROM service`);
  const keys = new Map<string, string>();
  for (const agency of agencies) keys.set(agency.code, await createFeedKey(dataSource, agency.code, 'ingestion benchmark'));
  return {
    url: url.toString(),
    dataSource,
    keys,
    serviceIds: new Map(services.map((service) => [service.code, service.id])),
    agencyIds: new Map(agencies.map((agency) => [agency.code, agency.id])),
    drop: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await admin(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}
