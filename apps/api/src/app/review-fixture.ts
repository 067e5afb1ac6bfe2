import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { createUser } from '@ws/server-catalogue-store';
import { createDataSource, createFeedKey } from '@ws/server-database';
import { createTestDatabase, TestDatabase, testRedisUrl, uniquePrefix } from '@ws/server-testing';
import { CaseEvaluation, CalendarDefinition, compileCalendar, evaluateCase, SlaTarget } from '@ws/sla-engine';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { FeedEvent, seedCatalogue, waitUntilProcessed } from './ingestion-fixture';
import { startApi, startWorker } from './test-stack';

/** Agency A is MOI (services of ingestion-fixture plus MOI-DAY), agency B is MOJ (MOJ-HOUR, MOJ-DAY). */
export const SERVICES: Record<string, { calendar: string; target: SlaTarget }> = {
  'MOI-RP-RENEW': { calendar: 'qatar-government.json', target: { amount: 3, unit: 'workingDays' } },
  'MOI-FAST': { calendar: 'qatar-24x7.json', target: { amount: 0.3, unit: 'calendarMinutes' } },
  'MOI-DAY': { calendar: 'qatar-24x7.json', target: { amount: 24, unit: 'calendarHours' } },
  'MOJ-HOUR': { calendar: 'qatar-24x7.json', target: { amount: 1, unit: 'calendarHours' } },
  'MOJ-DAY': { calendar: 'qatar-24x7.json', target: { amount: 24, unit: 'calendarHours' } },
};

export const ROLES = ['central_office', 'leadership', 'manager_a', 'manager_b'] as const;
export type TestRole = (typeof ROLES)[number];

export interface ReviewStack {
  database: TestDatabase;
  dataSource: DataSource;
  api: NestExpressApplication;
  worker: INestApplication;
  tokens: Record<TestRole, string>;
  /** Posts events as the agency's feed and waits until the worker applied every batch. */
  post(agency: 'MOI' | 'MOJ', events: FeedEvent[]): Promise<void>;
  close(): Promise<void>;
}

async function addService(dataSource: DataSource, code: string, agency: string): Promise<void> {
  const { calendar, target } = SERVICES[code] as { calendar: string; target: SlaTarget };
  await dataSource.query(`INSERT INTO service (code, agency_id, name_en, name_ar, type) SELECT $1, id, $1, $1, 'procedural' FROM agency WHERE code = $2`, [code, agency]);
  await dataSource.query(
    `INSERT INTO sla_definition (service_id, version, target_amount, target_unit, calendar_id, at_risk_ratio, effective_from)
     SELECT s.id, 1, $2, $3, c.id, 0.75, '2025-06-01T00:00:00Z' FROM service s, calendar c WHERE s.code = $1 AND c.code = $4`,
    [code, target.amount, target.unit, calendar === 'qatar-24x7.json' ? 'QA-24X7' : 'QA-GOV'],
  );
}

/** A real API and worker on a private database, with four signed-in users (one manager per agency). */
export async function startReviewStack(name: string, apiOptions: { chromiumPath?: string } = {}): Promise<ReviewStack> {
  const database = await createTestDatabase(name);
  const dataSource = await createDataSource(database.url).initialize();
  await seedCatalogue(dataSource);
  await addService(dataSource, 'MOI-DAY', 'MOI');
  await addService(dataSource, 'MOJ-HOUR', 'MOJ');
  await addService(dataSource, 'MOJ-DAY', 'MOJ');
  const keys = { MOI: await createFeedKey(dataSource, 'MOI'), MOJ: await createFeedKey(dataSource, 'MOJ') };
  const options = { databaseUrl: database.url, redisUrl: testRedisUrl(), prefix: uniquePrefix(name), schedule: false };
  const api = await startApi({ ...options, ...apiOptions });
  const worker = await startWorker(options);
  const users: [TestRole, 'central_office' | 'leadership' | 'agency_manager', string | null][] = [
    ['central_office', 'central_office', null],
    ['leadership', 'leadership', null],
    ['manager_a', 'agency_manager', 'MOI'],
    ['manager_b', 'agency_manager', 'MOJ'],
  ];
  const tokens = {} as Record<TestRole, string>;
  for (const [role, userRole, agency] of users) {
    const email = `${role.replace('_', '-')}@review.test`;
    const { password } = await createUser(dataSource.manager, { email, role: userRole, agency }, 'test');
    tokens[role] = (await request(api.getHttpServer()).post('/api/v1/auth/login').send({ email, password }).expect(200)).body.token;
  }
  let batches = 0;
  return {
    database,
    dataSource,
    api,
    worker,
    tokens,
    async post(agency, events) {
      await request(api.getHttpServer()).post('/api/v1/events').set('Authorization', `Bearer ${keys[agency]}`).send(events).expect(202);
      batches += 1;
      await waitUntilProcessed(dataSource, batches);
    },
    async close() {
      await worker.close();
      await api.close();
      await dataSource.destroy();
      await database.drop();
    },
  };
}

const calendars = new Map<string, ReturnType<typeof compileCalendar>>();

/** The SLA engine's own evaluation of a case's events, as an independent expectation. */
export function engineEvaluation(events: readonly FeedEvent[], serviceCode: string, asOf: number): CaseEvaluation {
  const { calendar, target } = SERVICES[serviceCode] as { calendar: string; target: SlaTarget };
  let compiled = calendars.get(calendar);
  if (!compiled) {
    const { code: _code, nameEn: _en, nameAr: _ar, ...definition } = JSON.parse(
      readFileSync(join(__dirname, '../../../../seed-data/calendars', calendar), 'utf8'),
    ) as Record<string, unknown>;
    compiled = compileCalendar(definition as unknown as CalendarDefinition);
    calendars.set(calendar, compiled);
  }
  return evaluateCase({
    events: events.map((event) => ({ eventId: event.eventId, type: event.type, occurredAt: Date.parse(event.occurredAt) })),
    target,
    atRiskRatio: 0.75,
    calendar: compiled,
    asOf,
  });
}

export const HOUR = 3_600_000;
export const ago = (ms: number): string => new Date(Date.now() - ms).toISOString();
