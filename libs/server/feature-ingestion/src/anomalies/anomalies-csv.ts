import { AnomaliesResponse, AnomalyKind } from '@ws/contracts';
import { CsvTable } from '@ws/server-http-csv';

const COLUMNS: Record<AnomalyKind, readonly string[]> = {
  rejected: ['receivedAt', 'batchId', 'index', 'eventId', 'errors', 'raw'],
  conflict: ['detectedAt', 'eventId', 'batchId', 'kept', 'received'],
  orphan: ['caseId', 'serviceCode', 'events', 'firstEventAt', 'lastEventAt'],
  before_opening: ['caseId', 'openedAt', 'eventId', 'type', 'occurredAt'],
};

/** The page of the asked kind as a table; nested values (errors, events as sent) are written as JSON. */
export function anomaliesCsv(body: AnomaliesResponse): CsvTable {
  return { columns: COLUMNS[body.kind], records: body.items };
}
