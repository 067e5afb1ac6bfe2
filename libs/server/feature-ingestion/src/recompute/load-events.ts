import { EntityManager } from 'typeorm';
import { epochMs, fromEpochMs, rangeArrays } from './epoch-sql';
import { LockedCase, StoredEvent } from './case-types';

/**
 * Every event of the given cases, in one query, with only the payload fields the fold reads
 * (`channel`, `requestingAgency`, `survey`): the rest of each stored event is never parsed. Each
 * case is read from the month partitions of its event range only (run-time partition pruning).
 */
export async function loadEvents(manager: EntityManager, cases: readonly LockedCase[]): Promise<Map<string, StoredEvent[]>> {
  const rows: { pk: string; event_id: string; type: string; service_id: number; occurred_at: number; channel: unknown; requesting: unknown; survey: unknown }[] =
    await manager.query(
      `SELECT k.pk, f.event_id, f.type, f.service_id, ${epochMs('f.occurred_at')} AS occurred_at,
              f.payload->'channel' AS channel, f.payload->'requestingAgency' AS requesting, f.payload->'survey' AS survey
       FROM unnest($1::bigint[], $2::int[], $3::text[], $4::float8[], $5::float8[]) AS k(pk, agency_id, case_id, lo, hi)
       JOIN feed_event f ON f.agency_id = k.agency_id AND f.case_id = k.case_id AND f.occurred_at BETWEEN ${fromEpochMs('k.lo')} AND ${fromEpochMs('k.hi')}`,
      [cases.map((entry) => entry.pk), cases.map((entry) => entry.agencyId), cases.map((entry) => entry.caseId), ...rangeArrays(cases.map((entry) => entry.eventRange))],
    );
  const byCase = new Map<string, StoredEvent[]>();
  for (const row of rows) {
    const payload = { channel: row.channel, requestingAgency: row.requesting, survey: row.survey };
    const event = { eventId: row.event_id, type: row.type, serviceId: row.service_id, occurredAt: row.occurred_at, payload };
    const list = byCase.get(row.pk);
    if (list) list.push(event);
    else byCase.set(row.pk, [event]);
  }
  return byCase;
}
