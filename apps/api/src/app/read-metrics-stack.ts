import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { createUser } from '@ws/server-catalogue-store';
import { createDataSource, createFeedKey } from '@ws/server-database';
import { createTestDatabase, TestDatabase, testRedisUrl, uniquePrefix } from '@ws/server-testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { FeedEvent, seedCatalogue, waitUntilProcessed } from './ingestion-fixture';
import { readEvents, seedReadCatalogue } from './read-metrics-fixture';
import { startApi, startWorker } from './test-stack';

export interface ReadStack {
  database: TestDatabase;
  dataSource: DataSource;
  api: NestExpressApplication;
  worker: INestApplication;
  events: Record<string, FeedEvent[]>;
  /** Bearer headers by role; the agency manager manages MOI. */
  as: (role: 'central_office' | 'leadership' | 'agency_manager') => { Authorization: string };
  close: () => Promise<void>;
}

/** A real API and worker on a fresh database; the generated events ingested through the feed in batches. */
export async function startReadStack(
  name: string,
  options: { processingRefreshEveryMs?: number; feedRateLimitRequests?: number } = {},
): Promise<ReadStack> {
  const database = await createTestDatabase(name);
  const dataSource = await createDataSource(database.url).initialize();
  await seedCatalogue(dataSource);
  await seedReadCatalogue(dataSource);
  const stack = {
    databaseUrl: database.url,
    redisUrl: testRedisUrl(),
    prefix: uniquePrefix(name),
    ...options,
  };
  const api = await startApi(stack);
  const worker = await startWorker({
    ...stack,
    processingRefreshEveryMs: options.processingRefreshEveryMs,
  });
  const events = readEvents();
  let batches = 0;
  for (const [agency, agencyEvents] of Object.entries(events)) {
    const key = await createFeedKey(dataSource, agency);
    for (let start = 0; start < agencyEvents.length; start += 400) {
      await request(api.getHttpServer())
        .post('/api/v1/events')
        .set('Authorization', `Bearer ${key}`)
        .send(agencyEvents.slice(start, start + 400))
        .expect(202);
      batches += 1;
    }
  }
  await waitUntilProcessed(dataSource, batches);
  const tokens: Record<string, string> = {};
  const users = [
    { email: 'central@test.qa', role: 'central_office' as const, agency: null },
    { email: 'lead@test.qa', role: 'leadership' as const, agency: null },
    { email: 'manager@test.qa', role: 'agency_manager' as const, agency: 'MOI' },
  ];
  for (const user of users) {
    const { password } = await createUser(dataSource.manager, user, 'test');
    const login = await request(api.getHttpServer())
      .post('/api/v1/auth/login')
      .send({ email: user.email, password })
      .expect(200);
    tokens[user.role] = login.body.token;
  }
  return {
    database,
    dataSource,
    api,
    worker,
    events,
    as: (role) => ({ Authorization: `Bearer ${tokens[role]}` }),
    close: async () => {
      await worker.close();
      await api.close();
      await dataSource.destroy();
      await database.drop();
    },
  };
}
