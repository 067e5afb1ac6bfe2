import { SERVICE } from '../ingestion-fixture';
import { Expectation, HostileCase } from './hostile-case';
import { RawRequest } from './hostile-http';

export const FEED_PATH = '/api/v1/events';

let sequence = 0;

/** A valid event of the MOI feed with an eventId and caseId no other case uses. */
export function validEvent(type = 'case.opened', extra: Record<string, unknown> = {}): Record<string, unknown> {
  sequence += 1;
  const event: Record<string, unknown> = {
    eventId: `hostile-${sequence}`,
    type,
    caseId: `HOSTILE-${sequence}`,
    serviceCode: SERVICE,
    occurredAt: '2026-01-04T08:00:00+03:00',
  };
  if (type === 'case.opened' || type === 'survey.submitted') event['channel'] = 'web';
  if (type === 'case.paused') event['reason'] = 'awaiting_customer';
  if (type === 'survey.submitted') event['survey'] = { score: 4, scale: 'csat5' };
  return { ...event, ...extra };
}

export function feedRequest(contentType: string, body: string | Buffer, headers: Record<string, string> = {}): RawRequest {
  return { method: 'POST', path: FEED_PATH, headers: { 'Content-Type': contentType, ...headers }, body };
}

export function feedCase(group: string, name: string, request: RawRequest, expect: Expectation): HostileCase {
  return { group, name, as: 'feed', request, expect };
}

/** A JSON batch of the bad event then a good one: the good one is still accepted. */
export function badThenGood(group: string, name: string, bad: unknown, field: string, rule: string): HostileCase {
  const good = validEvent();
  return feedCase(group, name, feedRequest('application/json', `[${JSON.stringify(bad)},${JSON.stringify(good)}]`), {
    status: 202,
    accepted: 1,
    rejected: [{ index: 0, field, rule }],
    stored: [good],
  });
}

/** A whole-request 400 naming the body and the rule. */
export function unreadable(group: string, name: string, contentType: string, body: string | Buffer, rule: string): HostileCase {
  return feedCase(group, name, feedRequest(contentType, body), { status: 400, errors: [{ field: 'body', rule }] });
}
