import { AnomaliesResponse } from '@ws/contracts';

/** What `GET /agencies/{agency}/anomalies` answers (OpenAPI example). */
export const ANOMALIES_EXAMPLE: AnomaliesResponse = {
  agency: 'MOI',
  from: '2026-01-01',
  to: '2026-01-31',
  counts: { rejected: 1, conflict: 0, orphan: 2, before_opening: 0 },
  kind: 'rejected',
  page: 1,
  pageSize: 50,
  total: 1,
  items: [
    {
      receivedAt: '2026-01-12T08:30:00.000Z',
      batchId: '5b0c2f7e-3c52-4b8a-9a51-6f1f2d1a7c10',
      index: 3,
      eventId: 'E-1001',
      errors: [{ field: 'channel', rule: 'one-of', message: 'channel must be one of web, mobile, counter, call_center, kiosk, api' }],
      raw: { eventId: 'E-1001', type: 'case.opened', caseId: 'C-77', serviceCode: 'MOI-RP-RENEW', occurredAt: '2026-01-12T11:00:00+03:00', channel: 'fax' },
    },
  ],
};
