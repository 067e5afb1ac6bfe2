// The persistent Postgres and Redis of `npm start`, with their data under .data/.
import { join } from 'node:path';
import { StepError, ensureRedisServer } from './bootstrap.mjs';
import { isPortFree } from './ports.mjs';

export const PG_PORT = 54329;
export const REDIS_PORT = 63790;

export async function requirePort(port, what, hint) {
  if (!(await isPortFree(port))) {
    throw new StepError(`starting ${what}`, `port ${port} is already in use. ${hint}`);
  }
}

/** Postgres on 54329 with data in <data>/postgres and database `sla`. */
export async function startDevPostgres(data) {
  const { startPostgres, ensureDatabase, stopPostmaster } = await import('./postgres.mjs');
  const dataDir = join(data, 'postgres');
  await stopPostmaster(dataDir); // left over from a run that was killed with -9
  await requirePort(PG_PORT, 'Postgres', 'Stop what uses it, or set DATABASE_URL.');
  const pg = await startPostgres({ dataDir, port: PG_PORT });
  try {
    await ensureDatabase(pg, 'sla');
  } catch (err) {
    await pg.stop();
    throw err;
  }
  pg.url = `postgres://postgres:postgres@127.0.0.1:${PG_PORT}/sla`;
  pg.where = `127.0.0.1:${PG_PORT}, database sla, user/password postgres/postgres, data in .data/postgres`;
  return pg;
}

/** Redis on 127.0.0.1:63790, append-only file and pidfile in <data>/redis. */
export async function startDevRedis(data) {
  await ensureRedisServer();
  const { startRedis, stopRedisPidfile } = await import('./redis.mjs');
  const dir = join(data, 'redis');
  await stopRedisPidfile(join(dir, 'redis.pid')); // left over from a run that was killed with -9
  await requirePort(REDIS_PORT, 'Redis', 'Stop what uses it, or set REDIS_URL.');
  const redis = await startRedis({ port: REDIS_PORT, dir, persist: true });
  redis.url = `redis://127.0.0.1:${REDIS_PORT}`;
  redis.where = `127.0.0.1:${REDIS_PORT}, append-only file in .data/redis`;
  return redis;
}
