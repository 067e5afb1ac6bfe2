// Throw-away Postgres + Redis for `npm test`, on ports the OS says are free,
// in a temp dir that is deleted afterwards. Also describes them to the tests.
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './ports.mjs';
import { isAlive } from './processes.mjs';
import { startPostgres, stopPostmaster } from './postgres.mjs';
import { startRedis, stopRedisPidfile } from './redis.mjs';

const PREFIX = 'sla-devtest-';
const AVOID = [54329, 63790, 3000];
const PG_FLAGS = [
  '-c',
  'fsync=off',
  '-c',
  'synchronous_commit=off',
  '-c',
  'full_page_writes=off',
  '-c',
  'max_connections=200',
];
const q = (s) => `'${String(s).replace(/'/g, `'\\''`)}'`;

/** Remove temp dirs of earlier runs whose owner died without cleaning up (kill -9). */
export async function cleanStaleRuns() {
  for (const name of readdirSync(tmpdir()).filter((n) => n.startsWith(PREFIX))) {
    const dir = join(tmpdir(), name);
    const owner = Number(
      existsSync(join(dir, 'owner.pid')) ? readFileSync(join(dir, 'owner.pid'), 'utf8') : 0,
    );
    if (owner && isAlive(owner)) continue;
    console.log(`» removing a stale test run: ${dir}`);
    await stopRedisPidfile(join(dir, 'redis', 'redis.pid'));
    await stopPostmaster(join(dir, 'pg'));
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Start both services. Returns { env, stop() }; stop() is idempotent. */
export async function startTestServices() {
  const dir = mkdtempSync(join(tmpdir(), PREFIX));
  chmodSync(dir, 0o755); // the postgres user must reach its data dir inside
  writeFileSync(join(dir, 'owner.pid'), String(process.pid));
  const state = { dir, pg: null, redis: null, stopping: null };
  const stop = () =>
    (state.stopping ??= (async () => {
      await state.redis?.stop().catch((e) => console.error(`redis stop: ${e.message}`));
      await stopRedisPidfile(join(dir, 'redis', 'redis.pid'));
      await state.pg?.stop().catch((e) => console.error(`postgres stop: ${e.message}`));
      await stopPostmaster(join(dir, 'pg'));
      rmSync(dir, { recursive: true, force: true });
    })());
  try {
    const pgPort = await freePort(AVOID);
    const redisPort = await freePort([...AVOID, pgPort]);
    state.pg = await startPostgres({ dataDir: join(dir, 'pg'), port: pgPort, flags: PG_FLAGS });
    state.redis = await startRedis({ port: redisPort, dir: join(dir, 'redis'), persist: false });
    return { env: describe(state, pgPort, redisPort), stop, dir };
  } catch (err) {
    await stop();
    throw err;
  }
}

function describe({ dir, pg, redis }, pgPort, redisPort) {
  const asPg = process.getuid?.() === 0 ? 'runuser -u postgres -- ' : '';
  const pgCtl = `${asPg}${q(join(pg.binDir, 'pg_ctl'))} -D ${q(pg.dataDir)}`;
  const pgOpts = ['-p', pgPort, '-c', 'listen_addresses=127.0.0.1', ...PG_FLAGS].join(' ');
  return {
    DATABASE_URL: `postgres://postgres:postgres@127.0.0.1:${pgPort}/postgres`,
    REDIS_URL: `redis://127.0.0.1:${redisPort}`,
    TEST_SERVICES_DIR: dir,
    TEST_PG_PORT: String(pgPort),
    TEST_PG_USER: 'postgres',
    TEST_PG_PASSWORD: 'postgres',
    TEST_PG_DATA_DIR: pg.dataDir,
    TEST_PG_BIN_DIR: pg.binDir,
    TEST_PG_RUN_AS: asPg ? 'postgres' : '',
    TEST_PG_OPTIONS: pgOpts,
    TEST_PG_STOP_CMD: `${pgCtl} -m fast -w stop`,
    TEST_PG_START_CMD: `${pgCtl} -o ${q(pgOpts)} -l ${q(join(pg.dataDir, 'pg_ctl.log'))} -w start`,
    TEST_REDIS_PORT: String(redisPort),
    TEST_REDIS_CONF: redis.conf,
    TEST_REDIS_DIR: redis.dir,
    TEST_REDIS_PIDFILE: redis.pidfile,
    TEST_REDIS_STOP_CMD: `redis-cli -p ${redisPort} shutdown nosave`,
    TEST_REDIS_START_CMD: `redis-server ${q(redis.conf)} --daemonize yes`,
  };
}
