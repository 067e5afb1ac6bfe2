import { FieldError } from '@ws/contracts';
import {
  checkAttributes,
  checkChannel,
  checkIdentifier,
  checkOccurredAt,
  checkReason,
  checkSurvey,
  checkType,
  problem,
  Problems,
} from './event-rules';

/** What the sending agency's catalogue allows; built once per request. */
export interface FeedContext {
  serviceIdByCode: ReadonlyMap<string, number>;
  agencyCodes: ReadonlySet<string>;
  nowMs: number;
}

export interface ValidEvent {
  eventId: string;
  type: string;
  caseId: string;
  serviceId: number;
  occurredAtMs: number;
  /** The event as sent, kept verbatim as the record. */
  payload: Record<string, unknown>;
}

export type Validation = { ok: true; event: ValidEvent } | { ok: false; eventId: string | null; errors: FieldError[] };

/** Checks one event against the feed contract; every broken rule is reported, not just the first. */
export function validateFeedEvent(raw: unknown, context: FeedContext): Validation {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, eventId: null, errors: [problem('', 'object', 'each event must be a JSON object')] };
  }
  const input = raw as Record<string, unknown>;
  const problems: Problems = [];
  const eventId = checkIdentifier(input['eventId'], 'eventId', problems);
  const type = checkType(input['type'], problems);
  const caseId = checkIdentifier(input['caseId'], 'caseId', problems);
  const serviceId = checkService(input['serviceCode'], context, problems);
  const occurredAtMs = checkOccurredAt(input['occurredAt'], context.nowMs, problems);
  if (type === 'case.opened' || type === 'survey.submitted') checkChannel(input['channel'], problems);
  if (type === 'case.paused') checkReason(input['reason'], problems);
  if (type === 'survey.submitted') checkSurvey(input['survey'], problems);
  checkRequestingAgency(input['requestingAgency'], context, problems);
  checkAttributes(input['attributes'], problems);

  if (problems.length > 0 || !eventId || !type || !caseId || serviceId === null || occurredAtMs === null) {
    return { ok: false, eventId: typeof input['eventId'] === 'string' ? input['eventId'] : null, errors: problems };
  }
  return { ok: true, event: { eventId, type, caseId, serviceId, occurredAtMs, payload: input } };
}

function checkService(value: unknown, context: FeedContext, problems: Problems): number | null {
  if (typeof value !== 'string' || value.length === 0) {
    problems.push(problem('serviceCode', 'required', 'serviceCode must be the code of one of your services'));
    return null;
  }
  const id = context.serviceIdByCode.get(value);
  if (id === undefined) {
    problems.push(problem('serviceCode', 'own-service', `serviceCode "${value}" is not a service of your agency`));
    return null;
  }
  return id;
}

function checkRequestingAgency(value: unknown, context: FeedContext, problems: Problems): void {
  if (value === undefined) return;
  if (typeof value !== 'string' || !context.agencyCodes.has(value)) {
    problems.push(problem('requestingAgency', 'known-agency', 'requestingAgency must be the code of a known agency'));
  }
}
