import { ConflictException, NotFoundException } from '@nestjs/common';
import { writeAudit } from '@ws/server-database';
import { FieldChecker } from '@ws/server-validation';
import { EntityManager } from 'typeorm';
import {
  findMaturity,
  MATURITY_PILLARS,
  MaturityEvidence,
  MaturityInput,
  MaturityPillar,
  MaturityRevisionInput,
  MaturityScores,
  MaturityView,
  SCORES_JSON_SQL,
} from './maturity';

/** One difference between two revisions of an assessment. */
export interface MaturityChange {
  pillar: MaturityPillar;
  field: 'score' | 'evidence';
  before: number | string | null;
  after: number | string;
}

export interface MaturityRevisionView {
  revision: number;
  revisedBy: string;
  revisedAt: string;
  reason: string;
  scores: MaturityScores;
  evidence: Partial<MaturityEvidence>;
  changes: MaturityChange[];
}

/** What changed between two contents, pillar by pillar, scores before evidence. */
export function maturityChanges(
  before: { scores: MaturityScores; evidence: Partial<MaturityEvidence> },
  after: { scores: MaturityScores; evidence: MaturityEvidence },
): MaturityChange[] {
  const scores = MATURITY_PILLARS.filter(
    (pillar) => before.scores[pillar] !== after.scores[pillar],
  ).map(
    (pillar): MaturityChange => ({
      pillar,
      field: 'score',
      before: before.scores[pillar],
      after: after.scores[pillar],
    }),
  );
  const evidence = MATURITY_PILLARS.filter(
    (pillar) => (before.evidence[pillar] ?? '') !== after.evidence[pillar],
  ).map(
    (pillar): MaturityChange => ({
      pillar,
      field: 'evidence',
      before: before.evidence[pillar] ?? null,
      after: after.evidence[pillar],
    }),
  );
  return [...scores, ...evidence];
}

/** Writes the current content of assessments as their revision `revision` (the first one: no changes listed). */
export async function keepRevision(
  manager: EntityManager,
  ids: number[],
  actor: string,
  reason: string,
  changes: MaturityChange[] = [],
): Promise<void> {
  await manager.query(
    `INSERT INTO maturity_revision (assessment_id, revision, scores, evidence, changes, reason, revised_by, revised_at)
     SELECT m.id, m.revision, ${SCORES_JSON_SQL}, m.evidence, $2::jsonb, $3, $4, m.recorded_at FROM maturity_assessment m WHERE m.id = ANY($1::int[])`,
    [ids, JSON.stringify(changes), reason, actor],
  );
}

const keyOf = (agency: string, assessedOn: string) => `${agency}@${assessedOn}`;

/** The six scores in column order, then the evidence as JSON: the content columns of an assessment. */
function contentParams(input: { scores: MaturityScores; evidence: MaturityEvidence }): unknown[] {
  return [
    ...MATURITY_PILLARS.map((pillar) => input.scores[pillar]),
    JSON.stringify(input.evidence),
  ];
}

/** Records a new assessment (revision 1); one per entity and date (`409` on `assessedOn` otherwise: revise it). */
export async function recordMaturity(
  manager: EntityManager,
  input: MaturityInput,
  actor: string,
): Promise<MaturityView> {
  const [agency]: { id: number }[] = await manager.query(`SELECT id FROM agency WHERE code = $1`, [
    input.agency,
  ]);
  if (!agency) {
    const check = new FieldChecker({});
    check.fail(
      'agency',
      'exists',
      `must be the code of an existing agency ("${input.agency}" is unknown)`,
    );
    check.done();
  }
  const rows: { id: number }[] = await manager.query(
    `INSERT INTO maturity_assessment (agency_id, assessed_on, leadership, technology, e_services, data, sdg, cybersecurity, demo, evidence, revision, recorded_by, recorded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, false, $9, 1, $10, now())
     ON CONFLICT (agency_id, assessed_on) DO NOTHING RETURNING id`,
    [agency?.id, input.assessedOn, ...contentParams(input), actor],
  );
  const created = rows[0];
  if (!created) {
    throw new ConflictException({
      message: `${input.agency} already has an assessment dated ${input.assessedOn}; revise it with PUT /maturity/${input.agency}/${input.assessedOn}.`,
      errors: [
        {
          field: 'assessedOn',
          rule: 'unique',
          message: `assessedOn ${input.assessedOn} is already assessed for ${input.agency}`,
        },
      ],
    });
  }
  await keepRevision(manager, [created.id], actor, 'recorded');
  const after = (await findMaturity(manager, input.agency, input.assessedOn)) as MaturityView;
  await writeAudit(manager, {
    actor,
    action: 'record',
    entity: 'maturity',
    entityKey: keyOf(input.agency, input.assessedOn),
    before: null,
    after,
  });
  return after;
}

/** Revises an assessment: revision n+1 with what changed and why; `400` when nothing changed. */
export async function reviseMaturity(
  manager: EntityManager,
  agency: string,
  assessedOn: string,
  input: MaturityRevisionInput,
  actor: string,
): Promise<MaturityView> {
  const [locked]: { id: number }[] = await manager.query(
    `SELECT m.id FROM maturity_assessment m JOIN agency a ON a.id = m.agency_id WHERE a.code = $1 AND m.assessed_on = $2::date FOR UPDATE OF m`,
    [agency, assessedOn],
  );
  const before = locked ? await findMaturity(manager, agency, assessedOn) : null;
  if (!locked || !before)
    throw new NotFoundException(`No maturity assessment of "${agency}" dated ${assessedOn}.`);
  const changes = maturityChanges(before, input);
  if (changes.length === 0) {
    const check = new FieldChecker({});
    check.fail(
      'scores',
      'changed',
      'and evidence are those of the current revision: nothing to revise',
    );
    check.done();
  }
  await manager.query(
    `UPDATE maturity_assessment SET leadership = $2, technology = $3, e_services = $4, data = $5, sdg = $6, cybersecurity = $7,
       evidence = $8, revision = revision + 1, recorded_by = $9, recorded_at = now(), demo = false WHERE id = $1`,
    [locked.id, ...contentParams(input), actor],
  );
  await keepRevision(manager, [locked.id], actor, input.reason, changes);
  const after = (await findMaturity(manager, agency, assessedOn)) as MaturityView;
  await writeAudit(manager, {
    actor,
    action: 'revise',
    entity: 'maturity',
    entityKey: keyOf(agency, assessedOn),
    before,
    after: { ...after, reason: input.reason, changes },
  });
  return after;
}

/** Every revision of an assessment, newest first; `404` when there is no such assessment. */
export async function maturityRevisions(
  manager: EntityManager,
  agency: string,
  assessedOn: string,
): Promise<MaturityRevisionView[]> {
  if (!(await findMaturity(manager, agency, assessedOn)))
    throw new NotFoundException(`No maturity assessment of "${agency}" dated ${assessedOn}.`);
  return manager.query(
    `SELECT r.revision, r.revised_by AS "revisedBy", r.revised_at AS "revisedAt", r.reason, r.scores, r.evidence, r.changes
     FROM maturity_revision r JOIN maturity_assessment m ON m.id = r.assessment_id JOIN agency a ON a.id = m.agency_id
     WHERE a.code = $1 AND m.assessed_on = $2::date ORDER BY r.revision DESC`,
    [agency, assessedOn],
  );
}
