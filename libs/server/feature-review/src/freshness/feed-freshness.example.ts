import { FeedFreshnessResponse } from '@ws/contracts';

export const FEED_FRESHNESS_EXAMPLE: FeedFreshnessResponse = {
  asOf: '2026-11-27T11:00:00.000Z',
  agencies: [
    {
      agency: { code: 'MOI', nameAr: 'وزارة الداخلية', nameEn: 'Ministry of Interior' },
      lastReceivedAt: '2026-11-27T10:55:00.000Z',
      lastProcessedAt: '2026-11-27T10:55:01.000Z',
      expectedIntervalHours: 4,
      stale: false,
      batchesWaiting: 0,
      oldestWaitingSince: null,
    },
    {
      agency: { code: 'MOJ', nameAr: 'وزارة العدل', nameEn: 'Ministry of Justice' },
      lastReceivedAt: '2026-11-25T09:00:00.000Z',
      lastProcessedAt: '2026-11-25T09:00:02.000Z',
      expectedIntervalHours: 24,
      stale: true,
      batchesWaiting: 0,
      oldestWaitingSince: null,
    },
  ],
};
