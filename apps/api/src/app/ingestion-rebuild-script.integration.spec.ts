import { createDataSource, createFeedKey } from '@ws/server-database';
import { createTestDatabase, testRedisUrl, uniquePrefix } from '@ws/server-testing';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import { generateEvents, random, seedCatalogue, shuffled, stateSnapshot, waitUntilProcessed } from './ingestion-fixture';
import { chunks } from './ingestion-reference';
import { startApi, startWorker } from './test-stack';

const ROOT = join(__dirname, '../../../..');
const run = promisify(execFile);

describe('tools/db/rebuild-rollups.ts', () => {
  it('recomputes from the events exactly the cycles and rollups the incremental workers kept', async () => {
    const database = await createTestDatabase('rebuild_script');
    const dataSource = await createDataSource(database.url).initialize();
    const stack = { databaseUrl: database.url, redisUrl: testRedisUrl(), prefix: uniquePrefix('rebuild_script'), schedule: false };
    await seedCatalogue(dataSource);
    const key = await createFeedKey(dataSource, 'MOI');
    const api = await startApi(stack);
    const workers = await Promise.all([startWorker(stack), startWorker(stack)]);
    try {
      const events = generateEvents(31, 400);
      const batches = chunks(shuffled(events, random(31)), 60);
      for (const batch of batches) {
        const response = await request(api.getHttpServer()).post('/api/v1/events').set('Authorization', `Bearer ${key}`).send(batch);
        expect(response.status).toBe(202);
      }
      await waitUntilProcessed(dataSource, batches.length);
      const incremental = await stateSnapshot(dataSource);
      expect(incremental.rollups.length).toBeGreaterThan(50);
      expect(incremental.backlogDrift).toEqual([]);

      // Damage what the rebuild must restore: counters, whole rollup rows, cycles and case rows.
      await dataSource.query(`UPDATE sla_rollup_day SET met = met + 3, opened = opened + 1 WHERE day < '2026-02-01'`);
      await dataSource.query(`DELETE FROM sla_rollup_day WHERE day >= '2026-03-01'`);
      await dataSource.query(`DELETE FROM sla_cycle WHERE case_pk IN (SELECT id FROM sla_case ORDER BY id LIMIT 50)`);
      await dataSource.query(`UPDATE sla_case SET open = NOT open, event_count = 0 WHERE id IN (SELECT id FROM sla_case ORDER BY id DESC LIMIT 50)`);
      expect(await stateSnapshot(dataSource)).not.toEqual(incremental);

      const { stdout } = await run('/usr/bin/env', [`DATABASE_URL=${database.url}`, 'npx', 'tsx', 'tools/db/rebuild-rollups.ts'], { cwd: ROOT });
      expect(stdout).toMatch(new RegExp(`^Rebuilt ${new Set(events.map((event) => event.caseId)).size} case\\(s\\) and their rollups`));
      expect(await stateSnapshot(dataSource)).toEqual(incremental);
    } finally {
      await Promise.all(workers.map((worker) => worker.close()));
      await api.close();
      await dataSource.destroy();
      await database.drop();
    }
  });
});
