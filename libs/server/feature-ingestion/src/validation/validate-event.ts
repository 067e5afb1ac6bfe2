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
import { checkKnownFields } from './event-shape';
import { isStorableText } from '@ws/server-validation';
import { checkStorableText } from './storable-text';

/** Errors listed for one event at most; a last one says how many more there were. */
const MAX_ERRORS_PER_EVENT = 20;

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
  checkKnownFields(input, problems);
  checkStorableText(input, '', problems);

  if (problems.length > 0 || !eventId || !type || !caseId || serviceId === null || occurredAtMs === null) {
    return { ok: false, eventId: eventId !== null && isStorableText(eventId) ? eventId : null, errors: capped(problems) };
  }
  return { ok: true, event: { eventId, type, caseId, serviceId, occurredAtMs, payload: input } };
}

function capped(problems: Problems): Problems {
  if (problems.length <= MAX_ERRORS_PER_EVENT) return problems;
  const more = problems.length - MAX_ERRORS_PER_EVENT;
  return [...problems.slice(0, MAX_ERRORS_PER_EVENT), problem('', 'too-many-errors', `and ${more} more errors in this event`)];
}

/** A sent value quoted in a message, cut to a readable length. */
const quoted = (value: string) => JSON.stringify(value.length > 64 ? `${value.slice(0, 64)}...` : value);

function checkService(value: unknown, context: FeedContext, problems: Problems): number | null {
  if (typeof value !== 'string' || value.length === 0) {
    problems.push(problem('serviceCode', 'required', 'serviceCode must be the code of one of your services'));
    return null;
  }
  const id = context.serviceIdByCode.get(value);
  if (id === undefined) {
    problems.push(problem('serviceCode', 'own-service', `serviceCode ${quoted(value)} is not a service of your agency`));
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
