import { EntityManager } from 'typeorm';
import { CaseKey, caseKey } from './case-store';
import { EVENT_COLUMNS, eventRangeOf, EventRow, toStoredEvent } from './load-events';
import { StoredEvent } from './case-types';

/**
 * The cases of the given batches, each with its events in them: found through each batch's range of
 * ids and instants (the primary key of the pruned partitions, no index on `batch_id`), read once.
 * A case with no row yet is folded from these alone; the others read all their events again.
 */
export async function batchCases(manager: EntityManager, batchIds: readonly string[]): Promise<CaseKey[]> {
  const rows: (EventRow & { agency_id: number; case_id: string })[] = await manager.query(
    `SELECT f.agency_id, f.case_id, ${EVENT_COLUMNS}
     FROM event_batch b JOIN feed_event f
       ON f.id BETWEEN b.first_event_pk AND b.last_event_pk AND f.occurred_at BETWEEN b.events_from AND b.events_to AND f.batch_id = b.id
     WHERE b.id = ANY($1::uuid[])`,
    [batchIds],
  );
  const byCase = new Map<string, { agencyId: number; caseId: string; events: StoredEvent[] }>();
  for (const row of rows) {
    const key = caseKey(row.agency_id, row.case_id);
    const found = byCase.get(key);
    if (found) found.events.push(toStoredEvent(row));
    else byCase.set(key, { agencyId: row.agency_id, caseId: row.case_id, events: [toStoredEvent(row)] });
  }
  return [...byCase.values()].map(({ agencyId, caseId, events }) => ({ agencyId, caseId, newEvents: eventRangeOf(events) ?? undefined, batchEvents: events }));
}
