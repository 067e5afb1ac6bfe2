import { FeedEvent } from './ingestion-fixture';
import { ago, HOUR } from './review-fixture';

const opened = (caseId: string, serviceCode: string, occurredAt: string): FeedEvent => ({
  eventId: `${caseId}-open`, type: 'case.opened', caseId, serviceCode, occurredAt, channel: 'web',
});
const later = (caseId: string, serviceCode: string, suffix: string, type: string, occurredAt: string, extra: object = {}): FeedEvent => ({
  eventId: `${caseId}-${suffix}`, type, caseId, serviceCode, occurredAt, ...extra,
});

/** Agency A (MOI): a met case with pauses, a breach in January, an open breach, an at-risk and a fresh cycle. */
export function agencyACases(): FeedEvent[] {
  return [
    opened('A-MET', 'MOI-RP-RENEW', '2026-01-04T07:00:00+03:00'),
    later('A-MET', 'MOI-RP-RENEW', 'p1', 'case.paused', '2026-01-04T09:00:00+03:00', { reason: 'awaiting_customer' }),
    later('A-MET', 'MOI-RP-RENEW', 'p2', 'case.paused', '2026-01-04T10:00:00+03:00', { reason: 'other' }),
    later('A-MET', 'MOI-RP-RENEW', 'r1', 'case.resumed', '2026-01-05T08:00:00+03:00'),
    later('A-MET', 'MOI-RP-RENEW', 'done', 'case.resolved', '2026-01-05T12:00:00+03:00'),
    later('A-MET', 'MOI-RP-RENEW', 'survey', 'survey.submitted', '2026-01-05T13:00:00+03:00', { channel: 'web', survey: { score: 5, scale: 'csat5' } }),
    opened('A-BREACHED', 'MOI-RP-RENEW', '2026-01-04T07:00:00+03:00'),
    later('A-BREACHED', 'MOI-RP-RENEW', 'done', 'case.resolved', '2026-01-20T10:00:00+03:00'),
    opened('A-OPEN', 'MOI-FAST', ago(HOUR)),
    opened('A-RISK', 'MOI-DAY', ago(20 * HOUR)),
    opened('A-FRESH', 'MOI-DAY', ago(HOUR)),
  ];
}

/** Agency B (MOJ), with case ids that must never show up to agency A's manager. */
export const B_CASE_IDS = ['ZZB-SECRET-OPEN', 'ZZB-SECRET-RISK', 'ZZB-SECRET-DONE'];

export function agencyBCases(): FeedEvent[] {
  return [
    opened('ZZB-SECRET-OPEN', 'MOJ-HOUR', ago(5 * HOUR)),
    opened('ZZB-SECRET-RISK', 'MOJ-DAY', ago(20 * HOUR)),
    opened('ZZB-SECRET-DONE', 'MOJ-HOUR', '2026-01-05T08:00:00+03:00'),
    later('ZZB-SECRET-DONE', 'MOJ-HOUR', 'done', 'case.resolved', '2026-01-05T12:00:00+03:00'),
  ];
}
