import type { BatchAcceptedResponse, FeedEvent, ResolvedPerDayResponse } from '@ws/contracts';
import { sleep } from './stack';

const QATAR_OFFSET_MS = 3 * 60 * 60 * 1000;

/** Local date in Qatar `days` days from now (negative: in the past), `YYYY-MM-DD`. */
export function qatarDate(days = 0, now = new Date()): string {
  return new Date(now.getTime() + QATAR_OFFSET_MS + days * 86_400_000).toISOString().slice(0, 10);
}

export async function postEvents(
  baseUrl: string,
  feedKey: string,
  events: FeedEvent[],
): Promise<BatchAcceptedResponse> {
  const response = await fetch(`${baseUrl}/api/v1/events`, {
    method: 'POST',
    headers: { authorization: `Bearer ${feedKey}`, 'content-type': 'application/json' },
    body: JSON.stringify(events),
  });
  const text = await response.text();
  if (response.status !== 202) {
    throw new Error(`POST /api/v1/events answered ${response.status}: ${text}`);
  }
  return JSON.parse(text) as BatchAcceptedResponse;
}

/** Polls the resolved-per-day endpoint until `until` holds (bounded wait). */
export async function pollResolved(
  baseUrl: string,
  range: { from: string; to: string },
  until: (body: ResolvedPerDayResponse) => boolean,
  timeoutMs = 60_000,
): Promise<ResolvedPerDayResponse> {
  const url = `${baseUrl}/api/v1/metrics/resolved?from=${range.from}&to=${range.to}`;
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    const response = await fetch(url);
    const text = await response.text();
    if (response.ok) {
      const body = JSON.parse(text) as ResolvedPerDayResponse;
      if (until(body)) {
        return body;
      }
    }
    last = `HTTP ${response.status}: ${text.slice(0, 2000)}`;
    await sleep(500);
  }
  throw new Error(
    `GET ${url} did not show the expected counts within ${timeoutMs} ms; last answer: ${last}`,
  );
}
