import { CalendarDefinition, validateCalendar } from '@ws/sla-engine';
import { writeAudit } from '@ws/server-database';
import { FieldChecker } from '@ws/server-validation';
import { ConflictException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { codeTaken, notFound } from './catalogue-errors';

export interface CalendarInput {
  code: string;
  nameAr: string;
  nameEn: string;
  definition: CalendarDefinition;
  note: string;
  /** The version the change was made from, when the caller sent one (`PUT /calendars/{code}`). */
  expectedVersion?: number;
}

function versionMoved(code: string, expected: number, current: number): ConflictException {
  return new ConflictException({
    message: `Calendar ${code} is at version ${current}, not ${expected}: it was published since; reload it and make the change again.`,
    errors: [{ field: 'expectedVersion', rule: 'current', message: `expectedVersion ${expected} is not the current version ${current}` }],
  });
}

export interface CalendarView {
  code: string;
  nameAr: string;
  nameEn: string;
  active: boolean;
  version: number;
  publishedAt: string;
  publishedBy: string;
  note: string;
  definition: CalendarDefinition;
}

/** Names from the body, the calendar itself checked by the SLA engine's rules (sla-clock.md §1). */
export function parseCalendarInput(body: unknown, codeFromPath?: string): CalendarInput {
  const check = new FieldChecker(body);
  const code = codeFromPath ?? check.code('code');
  const nameAr = check.text('nameAr');
  const nameEn = check.text('nameEn');
  const note = check.text('note', 500, true);
  const expectedVersion = check.raw('expectedVersion') === undefined ? undefined : check.number('expectedVersion', { min: 1, max: 1_000_000, integer: true });
  const source = body as Record<string, unknown>;
  const validation = validateCalendar({
    timezone: source?.['timezone'],
    weekly: source?.['weekly'],
    overrides: source?.['overrides'] ?? [],
    closures: source?.['closures'] ?? [],
  });
  if (!validation.ok) {
    for (const error of validation.errors) check.fail(error.path, error.rule, error.message);
  }
  check.done();
  if (!validation.ok) throw new Error('unreachable: validation errors were thrown above');
  return { code, nameAr, nameEn, note, definition: validation.calendar, ...(expectedVersion === undefined ? {} : { expectedVersion }) };
}

const VIEW_SQL = `SELECT c.code, c.name_ar AS "nameAr", c.name_en AS "nameEn", c.active, v.version,
  v.published_at AS "publishedAt", v.published_by AS "publishedBy", v.note, v.definition
  FROM calendar c JOIN LATERAL (
    SELECT * FROM calendar_version WHERE calendar_id = c.id ORDER BY version DESC LIMIT 1) v ON true`;

export async function listCalendars(manager: EntityManager): Promise<CalendarView[]> {
  return manager.query(`${VIEW_SQL} ORDER BY c.code`);
}

export async function findCalendar(manager: EntityManager, code: string): Promise<CalendarView> {
  const rows: CalendarView[] = await manager.query(`${VIEW_SQL} WHERE c.code = $1`, [code]);
  const row = rows[0];
  if (!row) throw notFound('calendar', code);
  return row;
}

export async function createCalendar(manager: EntityManager, input: CalendarInput, actor: string): Promise<CalendarView> {
  const rows: { id: number }[] = await manager.query(
    `INSERT INTO calendar (code, name_ar, name_en) VALUES ($1, $2, $3) ON CONFLICT (code) DO NOTHING RETURNING id`,
    [input.code, input.nameAr, input.nameEn],
  );
  const created = rows[0];
  if (!created) throw codeTaken('calendar', input.code);
  await insertVersion(manager, created.id, 1, input, actor);
  const after = await findCalendar(manager, input.code);
  await writeAudit(manager, { actor, action: 'create', entity: 'calendar', entityKey: input.code, before: null, after });
  return after;
}

/**
 * Publishes the next version (an Eid confirmed, Ramadan dates fixed, hours changed); earlier
 * versions stay. With `input.expectedVersion` (the version the editor started from) a calendar published
 * since is a `409` on that field rather than a silent overwrite of the newer version.
 */
export async function publishCalendarVersion(manager: EntityManager, input: CalendarInput, actor: string): Promise<CalendarView> {
  const [calendar]: { id: number }[] = await manager.query(`SELECT id FROM calendar WHERE code = $1 FOR UPDATE`, [input.code]);
  if (!calendar) throw notFound('calendar', input.code);
  const before = await findCalendar(manager, input.code);
  if (input.expectedVersion !== undefined && input.expectedVersion !== before.version) throw versionMoved(input.code, input.expectedVersion, before.version);
  await manager.query(`UPDATE calendar SET name_ar = $2, name_en = $3 WHERE id = $1`, [calendar.id, input.nameAr, input.nameEn]);
  await insertVersion(manager, calendar.id, before.version + 1, input, actor);
  const after = await findCalendar(manager, input.code);
  await writeAudit(manager, { actor, action: 'publish-version', entity: 'calendar', entityKey: input.code, before, after });
  return after;
}

async function insertVersion(manager: EntityManager, calendarId: number, version: number, input: CalendarInput, actor: string): Promise<void> {
  await manager.query(
    `INSERT INTO calendar_version (calendar_id, version, definition, published_at, published_by, note)
     VALUES ($1, $2, $3, now(), $4, $5)`,
    [calendarId, version, JSON.stringify(input.definition), actor, input.note],
  );
}
