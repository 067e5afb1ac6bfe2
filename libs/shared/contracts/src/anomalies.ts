import { FieldError } from './errors';

/** What an agency's feed did that needs fixing at its source (`GET /agencies/{agency}/anomalies`). */
export const ANOMALY_KINDS = ['rejected', 'conflict', 'orphan', 'before_opening'] as const;
export type AnomalyKind = (typeof ANOMALY_KINDS)[number];

/** An event the feed rejected, as it was sent (a long one: the first 4,096 characters of its JSON). */
export interface RejectedEventAnomaly {
  receivedAt: string;
  batchId: string | null;
  index: number;
  eventId: string | null;
  errors: FieldError[];
  raw: unknown;
}

/** A repeated eventId whose content differs from the copy kept (the first one). */
export interface ConflictAnomaly {
  detectedAt: string;
  eventId: string;
  batchId: string;
  kept: Record<string, unknown>;
  received: Record<string, unknown>;
}

/** A case with events but no `case.opened`, more than 7 days after its first event. */
export interface OrphanCaseAnomaly {
  caseId: string;
  serviceCode: string | null;
  events: number;
  firstEventAt: string;
  lastEventAt: string;
}

/** An event dated before its case's opening (it does not move the clock). */
export interface BeforeOpeningAnomaly {
  caseId: string;
  openedAt: string;
  eventId: string;
  type: string;
  occurredAt: string;
}

export type AnomalyItem = RejectedEventAnomaly | ConflictAnomaly | OrphanCaseAnomaly | BeforeOpeningAnomaly;

/** `GET /api/v1/agencies/{agency}/anomalies`: counts of every kind in the range, one page of one kind. */
export interface AnomaliesResponse {
  agency: string;
  /** Inclusive local dates (Asia/Qatar); null: unbounded. */
  from: string | null;
  to: string | null;
  counts: Record<AnomalyKind, number>;
  kind: AnomalyKind;
  page: number;
  pageSize: number;
  total: number;
  items: AnomalyItem[];
}
