import { CHANNELS, Channel } from '@ws/contracts';
import { SERVICE_TYPES, ServiceType, TARGET_UNITS, TargetUnitName, writeAudit } from '@ws/server-database';
import { FieldChecker } from '@ws/server-validation';
import { EntityManager } from 'typeorm';
import { codeTaken, notFound } from './catalogue-errors';

export interface SlaInput {
  target: { amount: number; unit: TargetUnitName };
  calendar: string;
  atRiskRatio: number;
}

export interface ServiceInput {
  code: string;
  agency: string;
  nameAr: string;
  nameEn: string;
  type: ServiceType;
  channels: Channel[];
  digitised: boolean;
  inScope: boolean;
  demo: boolean;
  sla: SlaInput;
}

export interface SlaVersionView extends SlaInput {
  version: number;
  effectiveFrom: string;
}

export interface ServiceView extends Omit<ServiceInput, 'sla'> {
  active: boolean;
  sla: SlaVersionView;
  requestingAgencies: string[];
}

export function readSla(check: FieldChecker): SlaInput {
  const target = check.nested('target');
  return {
    target: {
      amount: target.number('amount', { min: 0, max: 100_000, exclusiveMin: true }),
      unit: target.oneOf('unit', TARGET_UNITS),
    },
    calendar: check.code('calendar'),
    atRiskRatio: check.number('atRiskRatio', { min: 0, max: 1, exclusiveMin: true }, 0.75),
  };
}

export function parseServiceInput(body: unknown): ServiceInput {
  const check = new FieldChecker(body);
  const input: ServiceInput = {
    code: check.code('code'),
    agency: check.code('agency'),
    nameAr: check.text('nameAr'),
    nameEn: check.text('nameEn'),
    type: check.oneOf('type', SERVICE_TYPES),
    channels: check.listOf('channels', CHANNELS),
    digitised: check.boolean('digitised'),
    inScope: check.boolean('inScope', true),
    demo: check.boolean('demo', false),
    sla: readSla(check.nested('sla')),
  };
  check.done();
  return input;
}

export function parseSlaInput(body: unknown): SlaInput {
  const check = new FieldChecker(body);
  const sla = readSla(check);
  check.done();
  return sla;
}

const VIEW_SQL = `SELECT s.code, a.code AS agency, s.name_ar AS "nameAr", s.name_en AS "nameEn", s.type, s.channels,
  s.digitised, s.in_scope AS "inScope", s.demo, s.active,
  json_build_object('version', d.version, 'effectiveFrom', d.effective_from,
    'target', json_build_object('amount', d.target_amount::float8, 'unit', d.target_unit),
    'calendar', c.code, 'atRiskRatio', d.at_risk_ratio::float8) AS sla,
  COALESCE((SELECT array_agg(ra.code ORDER BY ra.code) FROM service_requester r JOIN agency ra ON ra.id = r.agency_id
    WHERE r.service_id = s.id), '{}') AS "requestingAgencies"
  FROM service s JOIN agency a ON a.id = s.agency_id
  JOIN LATERAL (SELECT * FROM sla_definition WHERE service_id = s.id ORDER BY version DESC LIMIT 1) d ON true
  JOIN calendar c ON c.id = d.calendar_id`;

export async function listServices(manager: EntityManager, agency?: string): Promise<ServiceView[]> {
  return manager.query(`${VIEW_SQL} WHERE ($1::text IS NULL OR a.code = $1) ORDER BY s.code`, [agency ?? null]);
}

export async function findService(manager: EntityManager, code: string, agency?: string): Promise<ServiceView> {
  const rows: ServiceView[] = await manager.query(`${VIEW_SQL} WHERE s.code = $1 AND ($2::text IS NULL OR a.code = $2)`, [
    code,
    agency ?? null,
  ]);
  const row = rows[0];
  if (!row) throw notFound('service', code);
  return row;
}

async function idOf(manager: EntityManager, table: 'agency' | 'calendar', code: string, field: string): Promise<number> {
  const rows: { id: number }[] = await manager.query(`SELECT id FROM ${table} WHERE code = $1`, [code]);
  const row = rows[0];
  if (!row) {
    const check = new FieldChecker({});
    check.fail(field, 'exists', `must be the code of an existing ${table} ("${code}" is unknown)`);
    check.done();
  }
  return (row as { id: number }).id;
}

export async function createService(manager: EntityManager, input: ServiceInput, actor: string, effectiveFrom = new Date(0)): Promise<ServiceView> {
  const agencyId = await idOf(manager, 'agency', input.agency, 'agency');
  const calendarId = await idOf(manager, 'calendar', input.sla.calendar, 'sla.calendar');
  const rows: { id: number }[] = await manager.query(
    `INSERT INTO service (code, agency_id, name_ar, name_en, type, channels, digitised, in_scope, demo)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (code) DO NOTHING RETURNING id`,
    [input.code, agencyId, input.nameAr, input.nameEn, input.type, input.channels, input.digitised, input.inScope, input.demo],
  );
  const created = rows[0];
  if (!created) throw codeTaken('service', input.code);
  await insertSlaVersion(manager, created.id, 1, calendarId, input.sla, effectiveFrom);
  const after = await findService(manager, input.code);
  await writeAudit(manager, { actor, action: 'create', entity: 'service', entityKey: input.code, before: null, after });
  return after;
}

/** A new SLA version, in force for cases opened from `effectiveFrom` on; open cases keep theirs. */
export async function publishSlaVersion(manager: EntityManager, code: string, sla: SlaInput, actor: string, effectiveFrom: Date): Promise<ServiceView> {
  const before = await findService(manager, code);
  const calendarId = await idOf(manager, 'calendar', sla.calendar, 'calendar');
  const [service]: { id: number }[] = await manager.query(`SELECT id FROM service WHERE code = $1 FOR UPDATE`, [code]);
  if (!service) throw notFound('service', code);
  await insertSlaVersion(manager, service.id, before.sla.version + 1, calendarId, sla, effectiveFrom);
  const after = await findService(manager, code);
  await writeAudit(manager, { actor, action: 'publish-sla-version', entity: 'service', entityKey: code, before, after });
  return after;
}

async function insertSlaVersion(manager: EntityManager, serviceId: number, version: number, calendarId: number, sla: SlaInput, effectiveFrom: Date): Promise<void> {
  await manager.query(
    `INSERT INTO sla_definition (service_id, version, target_amount, target_unit, calendar_id, at_risk_ratio, effective_from)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [serviceId, version, sla.target.amount, sla.target.unit, calendarId, sla.atRiskRatio, effectiveFrom],
  );
}

export async function setServiceRequesters(manager: EntityManager, code: string, agencies: string[], actor: string): Promise<ServiceView> {
  const before = await findService(manager, code);
  await manager.query(`DELETE FROM service_requester WHERE service_id = (SELECT id FROM service WHERE code = $1)`, [code]);
  await manager.query(
    `INSERT INTO service_requester (service_id, agency_id)
     SELECT s.id, a.id FROM service s, agency a WHERE s.code = $1 AND a.code = ANY($2::text[])`,
    [code, agencies],
  );
  const after = await findService(manager, code);
  await writeAudit(manager, { actor, action: 'set-requesters', entity: 'service', entityKey: code, before, after });
  return after;
}
