import { writeAudit } from '@ws/server-database';
import { FieldChecker } from '@ws/server-validation';
import { EntityManager } from 'typeorm';

export const MATURITY_PILLARS = ['leadership', 'technology', 'eServices', 'data', 'sdg', 'cybersecurity'] as const;
export type MaturityPillar = (typeof MATURITY_PILLARS)[number];

export interface MaturityInput {
  agency: string;
  assessedOn: string;
  scores: Record<MaturityPillar, number>;
}

export interface MaturityView extends MaturityInput {
  demo: boolean;
}

export function parseMaturityInput(body: unknown): MaturityInput {
  const check = new FieldChecker(body);
  const agency = check.code('agency');
  const assessedOn = check.date('assessedOn');
  const scoresCheck = check.nested('scores');
  const scores = Object.fromEntries(
    MATURITY_PILLARS.map((pillar) => [pillar, scoresCheck.number(pillar, { min: 1, max: 5 })]),
  ) as Record<MaturityPillar, number>;
  check.done();
  return { agency, assessedOn, scores };
}

export async function listMaturity(manager: EntityManager, agency?: string): Promise<MaturityView[]> {
  return manager.query(
    `SELECT a.code AS agency, to_char(m.assessed_on, 'YYYY-MM-DD') AS "assessedOn", m.demo,
       json_build_object('leadership', m.leadership::float8, 'technology', m.technology::float8, 'eServices', m.e_services::float8,
         'data', m.data::float8, 'sdg', m.sdg::float8, 'cybersecurity', m.cybersecurity::float8) AS scores
     FROM maturity_assessment m JOIN agency a ON a.id = m.agency_id
     WHERE $1::text IS NULL OR a.code = $1 ORDER BY a.code, m.assessed_on`,
    [agency ?? null],
  );
}

/** Records an assessment; a second one for the same entity and date replaces the first. */
export async function recordMaturity(manager: EntityManager, input: MaturityInput, actor: string): Promise<MaturityView> {
  const { leadership, technology, eServices, data, sdg, cybersecurity } = input.scores;
  const rows: unknown[] = await manager.query(
    `INSERT INTO maturity_assessment (agency_id, assessed_on, leadership, technology, e_services, data, sdg, cybersecurity, demo)
     SELECT id, $2, $3, $4, $5, $6, $7, $8, false FROM agency WHERE code = $1
     ON CONFLICT (agency_id, assessed_on) DO UPDATE SET leadership = $3, technology = $4, e_services = $5, data = $6,
       sdg = $7, cybersecurity = $8, demo = false
     RETURNING id`,
    [input.agency, input.assessedOn, leadership, technology, eServices, data, sdg, cybersecurity],
  );
  if (rows.length === 0) {
    const check = new FieldChecker({});
    check.fail('agency', 'exists', `must be the code of an existing agency ("${input.agency}" is unknown)`);
    check.done();
  }
  const after = { ...input, demo: false };
  await writeAudit(manager, { actor, action: 'record', entity: 'maturity', entityKey: `${input.agency}@${input.assessedOn}`, before: null, after });
  return after;
}
