import { CaseTimelineSla } from '@ws/contracts';
import { CalendarDefinition, compileCalendar, CompiledCalendar, TargetUnit } from '@ws/sla-engine';
import { EntityManager } from 'typeorm';

export interface CaseDefinition {
  view: CaseTimelineSla;
  target: { amount: number; unit: TargetUnit };
  atRiskRatio: number;
  calendar: CompiledCalendar;
}

/** Compiled calendars by calendar_version id: a published version never changes. */
const compiled = new Map<number, CompiledCalendar>();

/**
 * The case's SLA definition version with the latest published version of its calendar: the same
 * inputs the worker folds the case with (docs/ingestion.md).
 */
export async function loadCaseDefinition(manager: EntityManager, definitionId: number): Promise<CaseDefinition | null> {
  const [row]: {
    version: number;
    target_amount: string;
    target_unit: TargetUnit;
    at_risk_ratio: string;
    calendar_code: string;
    version_id: number;
    definition: Record<string, unknown>;
  }[] = await manager.query(
    `SELECT d.version, d.target_amount, d.target_unit, d.at_risk_ratio, c.code AS calendar_code, cv.id AS version_id, cv.definition
     FROM sla_definition d
     JOIN calendar c ON c.id = d.calendar_id
     JOIN LATERAL (SELECT id, definition FROM calendar_version WHERE calendar_id = d.calendar_id ORDER BY version DESC LIMIT 1) cv ON true
     WHERE d.id = $1`,
    [definitionId],
  );
  if (!row) return null;
  let calendar = compiled.get(row.version_id);
  if (!calendar) {
    calendar = compileCalendar(row.definition as unknown as CalendarDefinition);
    compiled.set(row.version_id, calendar);
  }
  const target = { amount: Number(row.target_amount), unit: row.target_unit };
  const atRiskRatio = Number(row.at_risk_ratio);
  return { view: { version: row.version, target, calendar: row.calendar_code, atRiskRatio }, target, atRiskRatio, calendar };
}
