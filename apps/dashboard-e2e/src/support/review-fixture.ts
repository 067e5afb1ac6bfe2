import type { BreachReviewResponse, FeedEvent } from '@ws/contracts';
import { randomUUID } from 'node:crypto';
import { postEvents } from './api';
import { sessionOf } from './sessions';
import { sleep } from './stack';
import type { E2eState, E2eUser } from './state';

/** The seed's MOI service (3 working days on the government calendar). */
export const SERVICE = 'MOI-RP-RENEW';
const DAY_MS = 86_400_000;

/** The bearer token of `user` (one sign-in per user and run, see sessions.ts). */
export async function apiToken(baseUrl: string, user: E2eUser): Promise<string> {
  return (await sessionOf(baseUrl, user)).token;
}

/**
 * A new MOI service of the test's own (3 working days on the government calendar), so that its
 * lists hold exactly the cases the test opened, whatever else the database holds. Its code.
 */
export async function createOwnService(state: E2eState, prefix: string): Promise<string> {
  const code = `MOI-${prefix}-${randomUUID().slice(0, 6).toUpperCase()}`;
  const token = await apiToken(state.baseUrl, state.users.central_office);
  const response = await fetch(`${state.baseUrl}/api/v1/services`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      code,
      agency: 'MOI',
      nameAr: `خدمة اختبار ${code}`,
      nameEn: `Test service ${code}`,
      type: 'procedural',
      channels: ['web'],
      digitised: true,
      sla: { target: { amount: 3, unit: 'workingDays' }, calendar: 'QA-GOV', atRiskRatio: 0.75 },
    }),
  });
  if (response.status !== 201) {
    throw new Error(`POST /services answered ${response.status}: ${await response.text()}`);
  }
  return code;
}

/**
 * Opens `count` cases of an MOI service 20 days ago (3 working days target: long breached)
 * through the feed and waits until the worker lists them as open breaches. Their case ids.
 */
export async function openBreachedCases(
  state: E2eState,
  prefix: string,
  count: number,
  service = SERVICE,
): Promise<string[]> {
  const run = randomUUID().slice(0, 6);
  const caseIds = Array.from({ length: count }, (_, i) => `${prefix}-${run}-${i + 1}`);
  const openedAt = new Date(Date.now() - 20 * DAY_MS);
  const events = caseIds.map(
    (caseId, i): FeedEvent => ({
      eventId: randomUUID(),
      type: 'case.opened',
      caseId,
      serviceCode: service,
      occurredAt: new Date(openedAt.getTime() + i * 60_000).toISOString(),
      channel: 'web',
    }),
  );
  const accepted = await postEvents(state.baseUrl, state.feedKey, events);
  if (accepted.accepted !== count) {
    throw new Error(`feed accepted ${accepted.accepted} of ${count} events`);
  }
  const token = await apiToken(state.baseUrl, state.users.agency_manager);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const response = await fetch(
      `${state.baseUrl}/api/v1/review/breaches?status=open_breach&service=${service}&pageSize=200`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    if (response.ok) {
      const body = (await response.json()) as BreachReviewResponse;
      const listed = new Set(body.items.map((item) => item.caseId));
      if (caseIds.every((id) => listed.has(id))) {
        return caseIds;
      }
    }
    await sleep(500);
  }
  throw new Error(`cases ${caseIds.join(', ')} were not listed as open breaches within 60 s`);
}
