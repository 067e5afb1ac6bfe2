import { NestExpressApplication } from '@nestjs/platform-express';
import { createUser } from '@ws/server-catalogue-store';
import { createDataSource } from '@ws/server-database';
import { createTestDatabase, TestDatabase, testRedisUrl, uniquePrefix } from '@ws/server-testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startApi } from './test-stack';

const scores = {
  leadership: 4,
  technology: 3.5,
  eServices: 4.2,
  data: 3,
  sdg: 2.5,
  cybersecurity: 4.8,
};
const evidence = {
  leadership: 'Digital strategy 2025-2027 approved by the minister',
  technology: 'Cloud migration of 40% of systems',
  eServices: '92 of 110 services online',
  data: 'Data catalogue started',
  sdg: 'SDG mapping of three programmes',
  cybersecurity: 'NIA certification renewed',
};
const assessment = { agency: 'MOI', assessedOn: '2026-06-30', scores, evidence };

describe('maturity assessments: recorded, revised with history, audited, read by every role', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let api: NestExpressApplication;
  const tokens: Record<string, string> = {};
  const as = (role: string) => ({ Authorization: `Bearer ${tokens[role]}` });
  const http = () => request(api.getHttpServer());

  beforeAll(async () => {
    database = await createTestDatabase('maturity');
    dataSource = await createDataSource(database.url).initialize();
    await dataSource.query(
      `INSERT INTO agency (code, name_en, name_ar) VALUES ('MOI', 'Interior', 'الداخلية'), ('MOJ', 'Justice', 'العدل')`,
    );
    api = await startApi({
      databaseUrl: database.url,
      redisUrl: testRedisUrl(),
      prefix: uniquePrefix('maturity'),
    });
    for (const user of [
      { email: 'central@test.qa', role: 'central_office' as const, agency: null },
      { email: 'lead@test.qa', role: 'leadership' as const, agency: null },
      { email: 'manager@test.qa', role: 'agency_manager' as const, agency: 'MOJ' },
    ]) {
      const { password } = await createUser(dataSource.manager, user, 'test');
      tokens[user.role] = (
        await http().post('/api/v1/auth/login').send({ email: user.email, password }).expect(200)
      ).body.token;
    }
  });

  afterAll(async () => {
    await api?.close();
    await dataSource?.destroy();
    await database?.drop();
  });

  it('records an assessment with an evidence note per pillar, once per entity and date', async () => {
    const missing = await http()
      .post('/api/v1/maturity')
      .set(as('central_office'))
      .send({ ...assessment, evidence: { ...evidence, data: '' }, scores: { ...scores, sdg: 0 } })
      .expect(400);
    expect(
      missing.body.errors.map((e: { field: string; rule: string }) => [e.field, e.rule]),
    ).toEqual([
      ['scores.sdg', 'range'],
      ['evidence.data', 'text'],
    ]);
    const recorded = await http()
      .post('/api/v1/maturity')
      .set(as('central_office'))
      .send(assessment)
      .expect(201);
    expect(recorded.body).toMatchObject({
      ...assessment,
      revision: 1,
      recordedBy: 'user:central@test.qa',
      demo: false,
    });
    const again = await http()
      .post('/api/v1/maturity')
      .set(as('central_office'))
      .send(assessment)
      .expect(409);
    expect(again.body.errors).toEqual([
      expect.objectContaining({ field: 'assessedOn', rule: 'unique' }),
    ]);
    await http()
      .post('/api/v1/maturity')
      .set(as('agency_manager'))
      .send({ ...assessment, agency: 'MOJ' })
      .expect(403);
    await http()
      .post('/api/v1/maturity')
      .set(as('leadership'))
      .send({ ...assessment, agency: 'MOJ' })
      .expect(403);
  });

  it('revises it as the next revision, keeping who, when, why and what changed', async () => {
    const path = '/api/v1/maturity/MOI/2026-06-30';
    const unchanged = await http()
      .put(path)
      .set(as('central_office'))
      .send({ scores, evidence, reason: 'nothing new' })
      .expect(400);
    expect(unchanged.body.errors).toEqual([
      expect.objectContaining({ field: 'scores', rule: 'changed' }),
    ]);
    const noReason = await http()
      .put(path)
      .set(as('central_office'))
      .send({ scores: { ...scores, data: 3.5 }, evidence })
      .expect(400);
    expect(noReason.body.errors).toEqual([
      expect.objectContaining({ field: 'reason', rule: 'text' }),
    ]);
    await http()
      .put(path)
      .set(as('agency_manager'))
      .send({ scores: { ...scores, data: 3.5 }, evidence, reason: 'mine' })
      .expect(403);

    const revised = await http()
      .put(path)
      .set(as('central_office'))
      .send({
        scores: { ...scores, data: 3.5 },
        evidence: { ...evidence, data: 'Data catalogue published' },
        reason: 'Evidence reviewed with the ministry',
      })
      .expect(200);
    expect(revised.body).toMatchObject({ revision: 2, scores: { ...scores, data: 3.5 } });

    const history = await http().get(`${path}/revisions`).set(as('agency_manager')).expect(200);
    expect(history.body.map((r: { revision: number }) => r.revision)).toEqual([2, 1]);
    expect(history.body[0]).toMatchObject({
      revisedBy: 'user:central@test.qa',
      reason: 'Evidence reviewed with the ministry',
      changes: [
        { pillar: 'data', field: 'score', before: 3, after: 3.5 },
        {
          pillar: 'data',
          field: 'evidence',
          before: 'Data catalogue started',
          after: 'Data catalogue published',
        },
      ],
    });
    expect(history.body[1]).toMatchObject({
      revision: 1,
      scores,
      evidence,
      changes: [],
      reason: 'recorded',
    });

    const audit = await http()
      .get('/api/v1/audit-log?entity=maturity&key=MOI@2026-06-30')
      .set(as('central_office'))
      .expect(200);
    expect(audit.body.map((entry: { action: string }) => entry.action).sort()).toEqual([
      'record',
      'revise',
    ]);
    const revise = audit.body.find((entry: { action: string }) => entry.action === 'revise');
    expect(revise.before).toMatchObject({ revision: 1, scores });
    expect(revise.after).toMatchObject({
      revision: 2,
      reason: 'Evidence reviewed with the ministry',
    });
  });

  it('names the bad part of an assessment path, and says 404 for one that does not exist', async () => {
    const bad = await http()
      .put('/api/v1/maturity/MOI/2026-02-30')
      .set(as('central_office'))
      .send({ scores, evidence, reason: 'x' })
      .expect(400);
    expect(bad.body.errors).toEqual([
      expect.objectContaining({ field: 'assessedOn', rule: 'date' }),
    ]);
    await http()
      .put('/api/v1/maturity/MOI/2020-06-30')
      .set(as('central_office'))
      .send({ scores, evidence, reason: 'x' })
      .expect(404);
    await http().get('/api/v1/maturity/MOI/2020-06-30/revisions').set(as('leadership')).expect(404);
    const unknownAgency = await http()
      .post('/api/v1/maturity')
      .set(as('central_office'))
      .send({ ...assessment, agency: 'NOPE' })
      .expect(400);
    expect(unknownAgency.body.errors).toEqual([
      expect.objectContaining({ field: 'agency', rule: 'exists' }),
    ]);
  });

  it('lets every role read every entity, for the benchmark', async () => {
    for (const role of ['central_office', 'leadership', 'agency_manager']) {
      const listed = await http().get('/api/v1/maturity').set(as(role)).expect(200);
      expect(listed.body).toEqual([
        expect.objectContaining({
          agency: 'MOI',
          revision: 2,
          evidence: expect.objectContaining({ data: 'Data catalogue published' }),
        }),
      ]);
    }
    await http().get('/api/v1/maturity').expect(401);
  });
});
