import { EntityManager } from 'typeorm';
import { LockedCase, StoredEvent } from './case-types';

/**
 * Every event of the given cases, in one query, with only the payload fields the fold reads
 * (`channel`, `requestingAgency`, `survey`): the rest of each stored event is never parsed.
 */
export async function loadEvents(manager: EntityManager, cases: readonly LockedCase[]): Promise<Map<string, StoredEvent[]>> {
  const rows: { pk: string; event_id: string; type: string; service_id: number; occurred_at: Date; channel: unknown; requesting: unknown; survey: unknown }[] =
    await manager.query(
      `SELECT sc.id AS pk, f.event_id, f.type, f.service_id, f.occurred_at,
              f.payload->'channel' AS channel, f.payload->'requestingAgency' AS requesting, f.payload->'survey' AS survey
       FROM sla_case sc JOIN feed_event f ON f.agency_id = sc.agency_id AND f.case_id = sc.case_id
       WHERE sc.id = ANY($1::bigint[])`,
      [cases.map((entry) => entry.pk)],
    );
  const byCase = new Map<string, StoredEvent[]>();
  for (const row of rows) {
    const payload = { channel: row.channel, requestingAgency: row.requesting, survey: row.survey };
    const event = { eventId: row.event_id, type: row.type, serviceId: row.service_id, occurredAt: row.occurred_at.getTime(), payload };
    const list = byCase.get(row.pk);
    if (list) list.push(event);
    else byCase.set(row.pk, [event]);
  }
  return byCase;
}
