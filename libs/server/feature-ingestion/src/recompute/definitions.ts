import { CalendarDefinition, compileCalendar, CompiledCalendar, TargetUnit } from '@ws/sla-engine';
import { EntityManager } from 'typeorm';
import { CaseDefinition } from './case-types';

/** Compiled calendars by calendar_version id: a version never changes once published. */
const compiled = new Map<number, CompiledCalendar>();

function compiledVersion(versionId: number, definition: Record<string, unknown> | null): CompiledCalendar {
  const known = compiled.get(versionId);
  if (known) return known;
  if (!definition) throw new Error(`Calendar version ${versionId} was not loaded`);
  const calendar = compileCalendar(definition as unknown as CalendarDefinition);
  compiled.set(versionId, calendar);
  return calendar;
}

/**
 * Every SLA definition version of the given services, each with the latest published version of
 * its calendar (a confirmed Eid applies to every case recomputed after it), in one query. A calendar
 * version already compiled is not read again.
 */
export async function loadDefinitions(manager: EntityManager, serviceIds: readonly number[]): Promise<Map<number, CaseDefinition[]>> {
  const rows: {
    id: number;
    service_id: number;
    effective_from: Date;
    target_amount: string;
    target_unit: TargetUnit;
    at_risk_ratio: string;
    calendar_id: number;
    version_id: number;
    definition: Record<string, unknown> | null;
  }[] = await manager.query(
    `SELECT d.id, d.service_id, d.effective_from, d.target_amount, d.target_unit, d.at_risk_ratio, d.calendar_id,
            cv.id AS version_id, CASE WHEN cv.id = ANY($2::int[]) THEN NULL ELSE cv.definition END AS definition
     FROM sla_definition d
     JOIN LATERAL (SELECT id, definition FROM calendar_version WHERE calendar_id = d.calendar_id ORDER BY version DESC LIMIT 1) cv ON true
     WHERE d.service_id = ANY($1::int[])`,
    [[...new Set(serviceIds)], [...compiled.keys()]],
  );
  const byService = new Map<number, CaseDefinition[]>();
  for (const row of rows) {
    const definition: CaseDefinition = {
      id: row.id,
      serviceId: row.service_id,
      effectiveFrom: row.effective_from.getTime(),
      target: { amount: Number(row.target_amount), unit: row.target_unit },
      atRiskRatio: Number(row.at_risk_ratio),
      calendarId: row.calendar_id,
      calendar: compiledVersion(row.version_id, row.definition),
    };
    byService.set(row.service_id, [...(byService.get(row.service_id) ?? []), definition]);
  }
  return byService;
}

export async function loadAgencyIds(manager: EntityManager): Promise<Map<string, number>> {
  const rows: { id: number; code: string }[] = await manager.query(`SELECT id, code FROM agency`);
  return new Map(rows.map((row) => [row.code, row.id]));
}
