import { CaseTimelineResponse } from '@ws/contracts';

/** The OpenAPI example of `GET /agencies/{agency}/cases/{caseId}`. */
export const CASE_TIMELINE_EXAMPLE: CaseTimelineResponse = {
  agency: { code: 'MOI', nameAr: 'وزارة الداخلية', nameEn: 'Ministry of Interior' },
  caseId: 'RP-2026-000123',
  service: { code: 'MOI-RP-RENEW', nameAr: 'تجديد الإقامة', nameEn: 'Residence permit renewal' },
  requestingAgency: null,
  channel: 'web',
  openedAt: '2026-03-01T07:00:00.000Z',
  open: false,
  sla: { version: 1, target: { amount: 3, unit: 'workingDays' }, calendar: 'QA-GOV', atRiskRatio: 0.75 },
  survey: null,
  computedAt: '2026-03-05T09:00:00.000Z',
  events: [
    { eventId: 'e1', type: 'case.opened', occurredAt: '2026-03-01T07:00:00.000Z', receivedAt: '2026-03-01T07:05:00.000Z', batchId: '6f1c2b0e-1d2a-4a8e-9f55-0c4b8a1d2e3f', channel: 'web', reason: null, requestingAgency: null, survey: null, ignoredReason: null },
    { eventId: 'e2', type: 'case.paused', occurredAt: '2026-03-02T08:00:00.000Z', receivedAt: '2026-03-02T08:01:00.000Z', batchId: '7a2d3c1f-2e3b-4b9f-8a66-1d5c9b2e3f40', channel: null, reason: 'awaiting_customer', requestingAgency: null, survey: null, ignoredReason: null },
  ],
  cycles: [
    {
      cycle: 1, status: 'breached', startedAt: '2026-03-01T04:00:00.000Z', stoppedAt: '2026-03-05T09:00:00.000Z', cancelledAt: null,
      elapsedSeconds: 86400, progress: 1.142857, dueAt: null, breachedAt: '2026-03-04T10:00:00.000Z', decidedAt: '2026-03-04T10:00:00.000Z',
      atRisk: false, computedAt: '2026-03-05T09:00:00.000Z',
      pauses: [{ from: '2026-03-02T08:00:00.000Z', to: '2026-03-03T05:00:00.000Z', reason: 'awaiting_customer' }],
      acknowledgement: { rootCause: 'staffing', note: 'Two officers on leave', acknowledgedBy: 'manager@moi.gov.qa', acknowledgedAt: '2026-03-05T10:00:00.000Z' },
    },
  ],
  notifications: [{ id: '42', kind: 'breached', cycle: 1, at: '2026-03-04T10:00:00.000Z', createdAt: '2026-03-04T10:00:03.000Z', webhookStatus: 'delivered' }],
};
