import { writeAudit } from '@ws/server-database';
import { FieldChecker } from '@ws/server-validation';
import { EntityManager } from 'typeorm';
import { codeTaken, notFound, stillReferenced } from './catalogue-errors';

export interface AgencyInput {
  code: string;
  nameAr: string;
  nameEn: string;
}

export interface AgencyView extends AgencyInput {
  active: boolean;
  /** Hours of working time (Sun-Thu) within which the agency's feed is expected to send a batch. */
  feedIntervalHours: number;
}

/** The expected feed interval of a new agency, in hours of working time. */
export const DEFAULT_FEED_INTERVAL_HOURS = 24;

const VIEW_COLUMNS = `code, name_ar AS "nameAr", name_en AS "nameEn", active, feed_interval_hours AS "feedIntervalHours"`;

export function parseAgencyInput(body: unknown): AgencyInput {
  const check = new FieldChecker(body);
  const input = { code: check.code('code'), nameAr: check.text('nameAr'), nameEn: check.text('nameEn') };
  check.done();
  return input;
}

export async function listAgencies(manager: EntityManager): Promise<AgencyView[]> {
  return manager.query(`SELECT ${VIEW_COLUMNS} FROM agency ORDER BY code`);
}

export async function findAgency(manager: EntityManager, code: string): Promise<AgencyView & { id: number }> {
  const rows: (AgencyView & { id: number })[] = await manager.query(
    `SELECT id, ${VIEW_COLUMNS} FROM agency WHERE code = $1`,
    [code],
  );
  const row = rows[0];
  if (!row) throw notFound('agency', code);
  return row;
}

export async function createAgency(manager: EntityManager, input: AgencyInput, actor: string): Promise<AgencyView> {
  const rows: unknown[] = await manager.query(
    `INSERT INTO agency (code, name_ar, name_en) VALUES ($1, $2, $3) ON CONFLICT (code) DO NOTHING RETURNING id`,
    [input.code, input.nameAr, input.nameEn],
  );
  if (rows.length === 0) throw codeTaken('agency', input.code);
  const after: AgencyView = { ...input, active: true, feedIntervalHours: DEFAULT_FEED_INTERVAL_HOURS };
  await writeAudit(manager, { actor, action: 'create', entity: 'agency', entityKey: input.code, before: null, after });
  return after;
}

/** Deletes an agency nothing refers to; otherwise refuses with what refers to it. */
export async function deleteAgency(manager: EntityManager, code: string, actor: string): Promise<void> {
  const agency = await findAgency(manager, code);
  const [usage]: { services: number; events: number; users: number }[] = await manager.query(
    `SELECT (SELECT count(*) FROM service WHERE agency_id = $1)::int AS services,
            (SELECT count(*) FROM event_batch WHERE agency_id = $1)::int AS events,
            (SELECT count(*) FROM app_user WHERE agency_id = $1)::int AS users`,
    [agency.id],
  );
  if (usage && usage.services + usage.events + usage.users > 0) {
    throw stillReferenced('agency', code, `${usage.services} service(s), ${usage.events} event batch(es) and ${usage.users} user(s)`);
  }
  await manager.query(`DELETE FROM feed_key WHERE agency_id = $1`, [agency.id]);
  await manager.query(`DELETE FROM agency WHERE id = $1`, [agency.id]);
  const { id: _id, ...before } = agency;
  await writeAudit(manager, { actor, action: 'delete', entity: 'agency', entityKey: code, before, after: null });
}
