import { BreachReviewItem, BreachReviewResponse } from '@ws/contracts';
import { CsvTable } from '@ws/server-http-csv';

export const BREACH_REVIEW_COLUMNS = [
  'category', 'agency', 'caseId', 'cycle', 'serviceCode', 'serviceNameEn', 'serviceNameAr', 'requestingAgency', 'channel', 'status',
  'startedAt', 'dueAt', 'breachedAt', 'stoppedAt', 'elapsedSeconds', 'progress', 'rootCause', 'note', 'acknowledgedBy', 'acknowledgedAt',
] as const;

/** Review rows as CSV records: one per cycle, the acknowledgement flattened. */
export function breachReviewRecords(items: readonly BreachReviewItem[]): object[] {
  return items.map((item) => ({
    category: item.category,
    agency: item.agency,
    caseId: item.caseId,
    cycle: item.cycle,
    serviceCode: item.service.code,
    serviceNameEn: item.service.nameEn,
    serviceNameAr: item.service.nameAr,
    requestingAgency: item.requestingAgency,
    channel: item.channel,
    status: item.status,
    startedAt: item.startedAt,
    dueAt: item.dueAt,
    breachedAt: item.breachedAt,
    stoppedAt: item.stoppedAt,
    elapsedSeconds: item.elapsedSeconds,
    progress: item.progress,
    rootCause: item.acknowledgement?.rootCause,
    note: item.acknowledgement?.note,
    acknowledgedBy: item.acknowledgement?.acknowledgedBy,
    acknowledgedAt: item.acknowledgement?.acknowledgedAt,
  }));
}

/** The breach review page as CSV (the full list for the filters is `/review/breaches/export`). */
export function breachReviewCsv(body: BreachReviewResponse): CsvTable {
  return { columns: BREACH_REVIEW_COLUMNS, records: breachReviewRecords(body.items) };
}
