import { CaseEvent, compileCalendar, CycleResult, evaluateCase, SurveyResponse, SurveyScale } from '@ws/sla-engine';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { FeedEvent, generateEvents, SERVICE } from './ingestion-fixture';

export const MOJ_SERVICE = 'MOJ-PERMIT';

/** A case as the engine evaluates it from its events, with the dimensions of its opening. */
export interface EngineCase {
  agency: string;
  service: string;
  channel: string;
  requesting: string | null;
  cycles: readonly CycleResult[];
}

export interface EngineSurvey extends SurveyResponse {
  agency: string;
  service: string;
  channel: string;
}

const seedFile = (...path: string[]): unknown => JSON.parse(readFileSync(join(__dirname, '../../../../seed-data', ...path), 'utf8'));

/** On top of seedCatalogue: a MOJ service (same calendar and target as MOI-RP-RENEW) and the NDS3 KPIs of seed-data. */
export async function seedReadCatalogue(dataSource: DataSource): Promise<void> {
  await dataSource.query(
    `INSERT INTO service (code, agency_id, name_en, name_ar, type, digitised) SELECT $1, id, 'Permit', 'تصريح', 'procedural', true FROM agency WHERE code = 'MOJ'`,
    [MOJ_SERVICE],
  );
  await dataSource.query(
    `INSERT INTO sla_definition (service_id, version, target_amount, target_unit, calendar_id, at_risk_ratio, effective_from)
     SELECT s.id, 1, 3, 'workingDays', c.id, 0.75, '2025-06-01T00:00:00Z' FROM service s, calendar c WHERE s.code = $1 AND c.code = 'QA-GOV'`,
    [MOJ_SERVICE],
  );
  const tree = seedFile('kpis.json') as { outcomes: { code: string; nameEn: string; nameAr: string; kpis: Record<string, unknown>[] }[] };
  for (const outcome of tree.outcomes) {
    await dataSource.query(`INSERT INTO nds3_outcome (code, name_en, name_ar) VALUES ($1, $2, $3)`, [outcome.code, outcome.nameEn, outcome.nameAr]);
    for (const kpi of outcome.kpis) {
      await dataSource.query(
        `INSERT INTO kpi (code, outcome_code, name_ar, name_en, unit, direction, baseline_year, baseline_value, target_2030, comparison, tolerance, demo)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, true)`,
        [kpi['code'], outcome.code, kpi['nameAr'], kpi['nameEn'], kpi['unit'], kpi['direction'], kpi['baselineYear'], kpi['baselineValue'], kpi['target2030'], kpi['comparison'], kpi['tolerance']],
      );
    }
  }
}

/** MOI's generated cases (some requested by MOJ) and MOJ's (some requested by MOI). */
export function readEvents(): { MOI: FeedEvent[]; MOJ: FeedEvent[] } {
  const moj = generateEvents(31, 90).map((event) => ({
    ...event,
    serviceCode: MOJ_SERVICE,
    ...(event['requestingAgency'] ? { requestingAgency: 'MOI' } : {}),
  }));
  return { MOI: generateEvents(17, 220), MOJ: moj };
}

/** Every case and counted survey evaluated by @ws/sla-engine at `asOf`, independently of the server. */
export function evaluateWithEngine(eventsByAgency: Record<string, FeedEvent[]>, asOf: number): { cases: EngineCase[]; surveys: EngineSurvey[] } {
  const { code: _code, nameEn: _en, nameAr: _ar, ...definition } = seedFile('calendars', 'qatar-government.json') as Record<string, unknown>;
  const calendar = compileCalendar(definition as unknown as Parameters<typeof compileCalendar>[0]);
  const cases: EngineCase[] = [];
  const surveys: EngineSurvey[] = [];
  for (const [agency, events] of Object.entries(eventsByAgency)) {
    const byCase = new Map<string, FeedEvent[]>();
    for (const event of events) byCase.set(event.caseId, [...(byCase.get(event.caseId) ?? []), event]);
    for (const [caseId, caseEvents] of byCase) {
      const clockEvents: CaseEvent[] = caseEvents.map((event) => ({ eventId: event.eventId, type: event.type, occurredAt: Date.parse(event.occurredAt) }));
      const opened = caseEvents.find((event) => event.type === 'case.opened');
      const { cycles } = evaluateCase({ events: clockEvents, target: { amount: 3, unit: 'workingDays' }, atRiskRatio: 0.75, calendar, asOf });
      if (opened) {
        cases.push({ agency, service: opened.serviceCode, channel: String(opened['channel']), requesting: (opened['requestingAgency'] as string | undefined) ?? null, cycles });
      }
      for (const survey of caseEvents.filter((event) => event.type === 'survey.submitted')) {
        const { scale, score } = survey['survey'] as { scale: SurveyScale; score: number };
        surveys.push({ agency, service: survey.serviceCode, channel: String(survey['channel']), caseId: `${agency}/${caseId}`, surveyId: 'survey', eventId: survey.eventId, scale, score, occurredAt: Date.parse(survey.occurredAt) });
      }
    }
  }
  return { cases, surveys };
}

/** The nearest-rank percentile (what percentile_disc gives): the smallest value with at least p of the values at or below it. */
export function nearestRank(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] as number;
}

export { SERVICE };
