import { FeedFreshnessResponse } from '@ws/contracts';
import { CsvTable } from '@ws/server-http-csv';

export function feedFreshnessCsv(body: FeedFreshnessResponse): CsvTable {
  return {
    columns: ['agency', 'agencyNameEn', 'agencyNameAr', 'lastReceivedAt', 'lastProcessedAt', 'expectedIntervalHours', 'stale', 'batchesWaiting', 'oldestWaitingSince'],
    records: body.agencies.map((row) => ({
      agency: row.agency.code,
      agencyNameEn: row.agency.nameEn,
      agencyNameAr: row.agency.nameAr,
      lastReceivedAt: row.lastReceivedAt,
      lastProcessedAt: row.lastProcessedAt,
      expectedIntervalHours: row.expectedIntervalHours,
      stale: row.stale,
      batchesWaiting: row.batchesWaiting,
      oldestWaitingSince: row.oldestWaitingSince,
    })),
  };
}
