import {
  CalendarDefinition,
  CaseEvent,
  DEFAULT_AT_RISK_RATIO,
  EpochMillis,
  parseIsoInstant,
  SlaTarget,
  TARGET_UNITS,
  TargetUnit,
  validateCalendar,
} from '@ws/sla-engine';

/** An evaluation file of sla-clock.md §6, parsed; unknown keys (such as `expected`) are dropped. */
export interface EvaluationFile {
  readonly calendar: CalendarDefinition;
  readonly target: SlaTarget;
  readonly atRiskRatio: number;
  readonly asOf: EpochMillis;
  readonly cases: readonly { readonly caseId: string; readonly events: readonly CaseEvent[] }[];
}

export class EvaluationFileError extends Error {}

type Json = Record<string, unknown>;

/** Parses the text of an evaluation file; throws `EvaluationFileError` naming the first problem. */
export function parseEvaluationFile(text: string): EvaluationFile {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new EvaluationFileError(`invalid JSON: ${(error as Error).message}`);
  }
  const root = record(document, '$');
  const calendar = validateCalendar(root['calendar']);
  if (!calendar.ok) throw new EvaluationFileError(calendar.errors.map((error) => `calendar.${error.message}`).join('; '));
  return {
    calendar: calendar.calendar,
    target: parseTarget(root['target']),
    atRiskRatio: parseAtRiskRatio(root['atRiskRatio']),
    asOf: instant(root['asOf'], 'asOf'),
    cases: list(root['cases'], 'cases').map((item, index) => parseCase(item, `cases[${index}]`)),
  };
}

function parseTarget(value: unknown): SlaTarget {
  const target = record(value, 'target');
  const amount = target['amount'];
  if (typeof amount !== 'number' || !Number.isFinite(amount) || amount <= 0) fail('target.amount', 'must be a positive number');
  const unit = target['unit'];
  if (typeof unit !== 'string' || !(TARGET_UNITS as readonly string[]).includes(unit)) {
    fail('target.unit', `must be one of ${TARGET_UNITS.join(', ')}`);
  }
  return { amount, unit: unit as TargetUnit };
}

function parseAtRiskRatio(value: unknown): number {
  if (value === undefined) return DEFAULT_AT_RISK_RATIO;
  if (typeof value !== 'number' || !(value > 0 && value <= 1)) fail('atRiskRatio', 'must be a number in (0, 1]');
  return value;
}

function parseCase(value: unknown, path: string): { caseId: string; events: CaseEvent[] } {
  const item = record(value, path);
  return {
    caseId: text(item['caseId'], `${path}.caseId`),
    events: list(item['events'], `${path}.events`).map((event, index) => parseEvent(event, `${path}.events[${index}]`)),
  };
}

function parseEvent(value: unknown, path: string): CaseEvent {
  const event = record(value, path);
  return {
    eventId: text(event['eventId'], `${path}.eventId`),
    type: text(event['type'], `${path}.type`),
    occurredAt: instant(event['occurredAt'], `${path}.occurredAt`),
  };
}

function record(value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'must be an object');
  return value as Json;
}

function list(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) fail(path, 'must be a list');
  return value;
}

function text(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.length === 0) fail(path, 'must be a non-empty string');
  return value;
}

function instant(value: unknown, path: string): EpochMillis {
  const parsed = typeof value === 'string' ? parseIsoInstant(value) : null;
  if (parsed === null) fail(path, `must be an ISO-8601 instant with an offset, got ${JSON.stringify(value)}`);
  return parsed;
}

function fail(path: string, reason: string): never {
  throw new EvaluationFileError(`${path}: ${reason}`);
}
