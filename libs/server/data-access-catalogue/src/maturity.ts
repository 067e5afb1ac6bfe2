import { FieldChecker } from '@ws/server-validation';
import { EntityManager } from 'typeorm';

export const MATURITY_PILLARS = ['leadership', 'technology', 'eServices', 'data', 'sdg', 'cybersecurity'] as const;
export type MaturityPillar = (typeof MATURITY_PILLARS)[number];

/** Longest evidence note of a pillar, and of a revision's reason. */
export const EVIDENCE_MAX = 1000;
export const REASON_MAX = 500;

export type MaturityScores = Record<MaturityPillar, number>;
export type MaturityEvidence = Record<MaturityPillar, string>;

export interface MaturityInput {
  agency: string;
  assessedOn: string;
  scores: MaturityScores;
  evidence: MaturityEvidence;
}

/** A revision of an existing assessment: the whole new content and why it changed. */
export interface MaturityRevisionInput {
  scores: MaturityScores;
  evidence: MaturityEvidence;
  reason: string;
}

export interface MaturityView {
  agency: string;
  assessedOn: string;
  demo: boolean;
  scores: MaturityScores;
  /** Evidence per pillar; empty notes for assessments seeded before evidence was kept. */
  evidence: Partial<MaturityEvidence>;
  revision: number;
  recordedBy: string;
  recordedAt: string;
}

/** Each pillar of a nested object read with `read`; a missing object is one error, not seven. */
function perPillar<T>(check: FieldChecker, field: string, read: (pillars: FieldChecker, pillar: MaturityPillar) => T): Record<MaturityPillar, T> {
  const raw = check.raw(field);
  const isObject = typeof raw === 'object' && raw !== null && !Array.isArray(raw);
  const pillars = check.nested(field);
  return Object.fromEntries(MATURITY_PILLARS.map((pillar) => [pillar, isObject ? read(pillars, pillar) : undefined])) as Record<MaturityPillar, T>;
}

function parseContent(check: FieldChecker): { scores: MaturityScores; evidence: MaturityEvidence } {
  const scores = perPillar(check, 'scores', (pillars, pillar) => pillars.number(pillar, { min: 1, max: 5 }));
  const evidence = perPillar(check, 'evidence', (pillars, pillar) => pillars.text(pillar, EVIDENCE_MAX));
  return { scores, evidence };
}

/** `{agency, assessedOn, scores: {six pillars 1-5}, evidence: {six pillars, a note each}}`. */
export function parseMaturityInput(body: unknown): MaturityInput {
  const check = new FieldChecker(body);
  const agency = check.code('agency');
  const assessedOn = check.date('assessedOn');
  const content = parseContent(check);
  check.done();
  return { agency, assessedOn, ...content };
}

/** `{scores, evidence, reason}`: the revised assessment and why it was revised. */
export function parseMaturityRevision(body: unknown): MaturityRevisionInput {
  const check = new FieldChecker(body);
  const content = parseContent(check);
  const reason = check.text('reason', REASON_MAX);
  check.done();
  return { ...content, reason };
}

export const SCORES_JSON_SQL = `jsonb_build_object('leadership', m.leadership::float8, 'technology', m.technology::float8, 'eServices', m.e_services::float8,
  'data', m.data::float8, 'sdg', m.sdg::float8, 'cybersecurity', m.cybersecurity::float8)`;

const VIEW_SQL = `SELECT a.code AS agency, to_char(m.assessed_on, 'YYYY-MM-DD') AS "assessedOn", m.demo, ${SCORES_JSON_SQL} AS scores,
    m.evidence, m.revision, m.recorded_by AS "recordedBy", m.recorded_at AS "recordedAt"
  FROM maturity_assessment m JOIN agency a ON a.id = m.agency_id`;

export async function listMaturity(manager: EntityManager, agency?: string): Promise<MaturityView[]> {
  return manager.query(`${VIEW_SQL} WHERE $1::text IS NULL OR a.code = $1 ORDER BY a.code, m.assessed_on`, [agency ?? null]);
}

export async function findMaturity(manager: EntityManager, agency: string, assessedOn: string): Promise<MaturityView | null> {
  const rows: MaturityView[] = await manager.query(`${VIEW_SQL} WHERE a.code = $1 AND m.assessed_on = $2::date`, [agency, assessedOn]);
  return rows[0] ?? null;
}

/** The path of one assessment, `/maturity/{agency}/{assessedOn}`, checked like a body. */
export function parseMaturityKey(agency: string, assessedOn: string): { agency: string; assessedOn: string } {
  const check = new FieldChecker({ agency, assessedOn });
  const key = { agency: check.code('agency'), assessedOn: check.date('assessedOn') };
  check.done();
  return key;
}
