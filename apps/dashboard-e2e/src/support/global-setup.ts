import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadDemoHistory } from './demo-history';
import type { E2eRole, E2eState, E2eUser } from './state';
import { E2E_ROLES, RUN_DIR, SCREENSHOT_DIR, STATE_FILE, WORKSPACE_ROOT } from './state';
import type { Service } from './stack';
import {
  createDatabase,
  dropDatabase,
  freePort,
  newRunId,
  requireBuilt,
  requireEnv,
  runStep,
  startService,
  stopProcess,
  waitForHealth,
  withDatabase,
} from './stack';

const BUILD_HINT = 'run `npx nx run-many -t build -p api worker dashboard` first.';

export default async function globalSetup(): Promise<void> {
  const adminUrl = requireEnv('DATABASE_URL');
  const redisUrl = requireEnv('REDIS_URL');
  const apiMain = requireBuilt('dist/apps/api/main.js', BUILD_HINT);
  const workerMain = requireBuilt('dist/apps/worker/main.js', BUILD_HINT);
  requireBuilt('dist/apps/dashboard/browser/index.html', BUILD_HINT);
  const dashboardDir = resolve(WORKSPACE_ROOT, 'dist/apps/dashboard/browser');
  mkdirSync(RUN_DIR, { recursive: true });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });

  const runId = newRunId();
  const databaseUrl = withDatabase(adminUrl, runId);
  const services: Service[] = [];
  let databaseCreated = false;

  try {
    await createDatabase(adminUrl, runId);
    databaseCreated = true;
    console.log(`\ndashboard-e2e: database ${runId} created`);

    const toolEnv = { ...process.env, DATABASE_URL: databaseUrl };
    const tsx = resolve(WORKSPACE_ROOT, 'node_modules/.bin/tsx');
    runStep('migrate', tsx, ['tools/db/migrate.ts'], toolEnv);
    runStep('seed', tsx, ['tools/db/seed.ts'], toolEnv);
    const keyOutput = runStep(
      'feed key',
      tsx,
      ['tools/admin/feed-key.ts', 'create', '--agency', 'MOI'],
      toolEnv,
    );
    const feedKey = keyOutput.trim().split('\n').pop()?.trim() ?? '';
    if (!feedKey) {
      throw new Error(
        `dashboard-e2e: feed-key printed no key (stdout: ${JSON.stringify(keyOutput)})`,
      );
    }

    const users = {} as Record<E2eRole, E2eUser>;
    for (const role of E2E_ROLES) {
      const email = `e2e-${role.replace('_', '-')}@example.qa`;
      const agency = role === 'agency_manager' ? ['--agency', 'MOI'] : [];
      const args = ['tools/admin/user.ts', 'create', '--email', email, '--role', role, ...agency];
      const password = runStep(`user ${role}`, tsx, args, toolEnv).trim().split('\n').pop()?.trim();
      if (!password) {
        throw new Error(`dashboard-e2e: user create printed no password for ${role}`);
      }
      users[role] = { email, password };
    }

    const port = await freePort();
    const serviceEnv: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      PORT: String(port),
      DASHBOARD_DIR: dashboardDir,
      BULLMQ_PREFIX: runId,
    };
    services.push(startService('api', apiMain, serviceEnv));
    services.push(startService('worker', workerMain, serviceEnv));
    const baseUrl = `http://127.0.0.1:${port}`;
    await waitForHealth(`${baseUrl}/api/v1/health`, services);
    console.log(`dashboard-e2e: api and worker up at ${baseUrl} (logs in ${RUN_DIR})`);
    await loadDemoHistory(baseUrl, toolEnv, users.central_office);

    const state: E2eState = {
      baseUrl,
      feedKey,
      users,
      databaseName: runId,
      adminDatabaseUrl: adminUrl,
      logDir: RUN_DIR,
      pids: services
        .map((s) => s.child.pid)
        .filter((pid): pid is number => typeof pid === 'number'),
    };
    writeFileSync(STATE_FILE, JSON.stringify(state, null, 2));
  } catch (error) {
    // Jest does not run globalTeardown when globalSetup fails: clean up here.
    for (const service of services) {
      if (service.child.pid) {
        await stopProcess(service.child.pid, 5_000);
      }
    }
    if (databaseCreated) {
      await dropDatabase(adminUrl, runId).catch(() => undefined);
    }
    throw error;
  }
}
