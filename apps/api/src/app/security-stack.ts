import { NestExpressApplication } from '@nestjs/platform-express';
import { createUser } from '@ws/server-catalogue-store';
import { createDataSource } from '@ws/server-database';
import { createTestDatabase, TestDatabase, testRedisUrl, uniquePrefix } from '@ws/server-testing';
import request, { Test } from 'supertest';
import { DataSource } from 'typeorm';
import { seedCatalogue } from './ingestion-fixture';
import { startApi } from './test-stack';

export const CENTRAL = 'central@security.test';
export const MANAGER = 'manager@security.test';

export interface SecurityStack {
  database: TestDatabase;
  dataSource: DataSource;
  api: NestExpressApplication;
  passwords: Record<string, string>;
  http(): ReturnType<typeof request>;
  login(email: string, password?: string): Test;
  /** A new session of `email`: its bearer header. */
  signIn(email: string): Promise<{ Authorization: string }>;
  /** A second API process on the same database and Redis prefix, as a second server would run. */
  secondApi(): Promise<NestExpressApplication>;
  close(): Promise<void>;
}

/** A real API on a private database: agencies MOI and MOJ, a central office user, an MOI manager. */
export async function startSecurityStack(name: string): Promise<SecurityStack> {
  const database = await createTestDatabase(name);
  const dataSource = await createDataSource(database.url).initialize();
  await seedCatalogue(dataSource);
  const passwords: Record<string, string> = {};
  passwords[CENTRAL] = (
    await createUser(
      dataSource.manager,
      { email: CENTRAL, role: 'central_office', agency: null },
      'test',
    )
  ).password;
  passwords[MANAGER] = (
    await createUser(
      dataSource.manager,
      { email: MANAGER, role: 'agency_manager', agency: 'MOI' },
      'test',
    )
  ).password;
  const options = {
    databaseUrl: database.url,
    redisUrl: testRedisUrl(),
    prefix: uniquePrefix(name),
  };
  const api = await startApi(options);
  const others: NestExpressApplication[] = [];
  const stack: SecurityStack = {
    database,
    dataSource,
    api,
    passwords,
    http: () => request(api.getHttpServer()),
    login: (email, password = passwords[email]) =>
      request(api.getHttpServer()).post('/api/v1/auth/login').send({ email, password }),
    async signIn(email) {
      const response = await stack.login(email);
      if (response.status !== 200)
        throw new Error(`sign-in of ${email} answered ${response.status}`);
      return { Authorization: `Bearer ${(response.body as { token: string }).token}` };
    },
    async secondApi() {
      const other = await startApi(options);
      others.push(other);
      return other;
    },
    async close() {
      for (const other of others) await other.close();
      await api.close();
      await dataSource.destroy();
      await database.drop();
    },
  };
  return stack;
}
