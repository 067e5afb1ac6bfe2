import { BreachAcknowledgementResponse, BreachReviewResponse, ReviewSummaryResponse } from '@ws/contracts';

export const BREACH_REVIEW_EXAMPLE: BreachReviewResponse = {
  status: null,
  from: '2026-10-29',
  to: '2026-11-27',
  sort: '-breachedAt',
  page: 1,
  pageSize: 50,
  total: 1,
  items: [
    {
      category: 'open_breach', agency: 'MOI', caseId: 'RP-2026-000123', cycle: 1,
      service: { code: 'MOI-RP-RENEW', nameAr: 'تجديد الإقامة', nameEn: 'Residence permit renewal' },
      requestingAgency: null, channel: 'web', status: 'breached_open', startedAt: '2026-11-22T04:00:00.000Z', dueAt: '2026-11-25T04:00:00.000Z',
      breachedAt: '2026-11-25T04:00:00.000Z', stoppedAt: null, elapsedSeconds: 90720, progress: 1.2, acknowledgement: null,
    },
  ],
};

export const REVIEW_SUMMARY_EXAMPLE: ReviewSummaryResponse = {
  agency: 'MOI',
  openBreaches: 4,
  atRisk: 11,
  breachedLast7Days: 9,
  latestNotificationId: '1289',
  asOf: '2026-11-27T11:00:00.000Z',
};

export const ACKNOWLEDGEMENT_EXAMPLE: BreachAcknowledgementResponse = {
  agency: 'MOI',
  caseId: 'RP-2026-000123',
  cycle: 1,
  rootCause: 'awaiting_other_entity',
  note: 'Waiting for the medical report from MOPH.',
  acknowledgedBy: 'manager@moi.gov.qa',
  acknowledgedAt: '2026-11-27T11:00:00.000Z',
  replaced: false,
};
