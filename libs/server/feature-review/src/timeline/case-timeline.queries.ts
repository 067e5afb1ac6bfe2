import { EntityManager } from 'typeorm';
import { ACKNOWLEDGEMENT_COLUMNS, AcknowledgementColumns } from '../scope/acknowledgement-row';

export interface CaseRow {
  id: string;
  service_code: string | null;
  service_name_ar: string | null;
  service_name_en: string | null;
  requesting_agency: string | null;
  channel: string;
  opened_at: Date | null;
  open: boolean;
  sla_definition_id: number | null;
  survey_score: number | null;
  survey_scale: string | null;
  survey_at: Date | null;
  computed_at: Date | null;
}

export interface EventRow {
  event_id: string;
  type: string;
  occurred_at: Date;
  received_at: Date;
  batch_id: string;
  payload: Record<string, unknown>;
}

export interface CycleRow extends AcknowledgementColumns {
  cycle: number;
  status: string;
  started_at: Date;
  stopped_at: Date | null;
  cancelled_at: Date | null;
  elapsed_seconds: number;
  progress: number;
  due_at: Date | null;
  breached_at: Date | null;
  decided_at: Date | null;
  at_risk: boolean;
  computed_at: Date;
}

export interface NotificationRow {
  id: string;
  kind: string;
  cycle: number | null;
  at: Date;
  created_at: Date;
  webhook_status: string;
}

export async function findCase(manager: EntityManager, agencyId: number, caseId: string): Promise<CaseRow | null> {
  const [row]: CaseRow[] = await manager.query(
    `SELECT sc.id, s.code AS service_code, s.name_ar AS service_name_ar, s.name_en AS service_name_en, ra.code AS requesting_agency,
            sc.channel, sc.opened_at, sc.open, sc.sla_definition_id, sc.survey_score, sc.survey_scale, sc.survey_at, sc.computed_at
     FROM sla_case sc
     LEFT JOIN service s ON s.id = sc.service_id
     LEFT JOIN agency ra ON ra.id = sc.requesting_agency_id
     WHERE sc.agency_id = $1 AND sc.case_id = $2`,
    [agencyId, caseId],
  );
  return row ?? null;
}

export function caseEvents(manager: EntityManager, agencyId: number, caseId: string): Promise<EventRow[]> {
  return manager.query(
    `SELECT e.event_id, e.type, e.occurred_at, b.received_at, e.batch_id, e.payload
     FROM feed_event e JOIN event_batch b ON b.id = e.batch_id
     WHERE e.agency_id = $1 AND e.case_id = $2 ORDER BY e.occurred_at, e.id`,
    [agencyId, caseId],
  );
}

export function caseCycles(manager: EntityManager, casePk: string): Promise<CycleRow[]> {
  return manager.query(
    `SELECT c.cycle, c.status, c.started_at, c.stopped_at, c.cancelled_at, c.elapsed_seconds, c.progress, c.due_at,
            c.breached_at, c.decided_at, c.at_risk, c.computed_at, ${ACKNOWLEDGEMENT_COLUMNS}
     FROM sla_cycle c LEFT JOIN breach_acknowledgement ack ON ack.case_pk = c.case_pk AND ack.cycle = c.cycle
     WHERE c.case_pk = $1 ORDER BY c.cycle`,
    [casePk],
  );
}

export function caseNotifications(manager: EntityManager, casePk: string): Promise<NotificationRow[]> {
  return manager.query(
    `SELECT id, kind, cycle, at, created_at, webhook_status FROM notification WHERE case_pk = $1 ORDER BY at, id`,
    [casePk],
  );
}
