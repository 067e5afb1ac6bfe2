export const CASE_EVENT_TYPES = [
  'case.opened',
  'case.paused',
  'case.resumed',
  'case.resolved',
  'case.closed',
  'case.reopened',
  'case.cancelled',
] as const;

export const EVENT_TYPES = [...CASE_EVENT_TYPES, 'survey.submitted'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const CHANNELS = ['web', 'mobile', 'counter', 'call_center', 'kiosk', 'api'] as const;
export type Channel = (typeof CHANNELS)[number];

export const PAUSE_REASONS = ['awaiting_customer', 'awaiting_agency', 'other'] as const;
export type PauseReason = (typeof PAUSE_REASONS)[number];

export const SURVEY_SCALES = ['csat5', 'happiness3'] as const;
export type SurveyScale = (typeof SURVEY_SCALES)[number];

/** An event as an agency sends it to `POST /api/v1/events` (see the event-feed contract). */
export interface FeedEvent {
  eventId: string;
  type: EventType;
  caseId: string;
  serviceCode: string;
  /** ISO 8601 with an offset. */
  occurredAt: string;
  channel?: Channel;
  requestingAgency?: string;
  reason?: PauseReason;
  survey?: { score: number; scale: SurveyScale };
  attributes?: Record<string, string | number>;
}

export interface RejectedEvent {
  index: number;
  eventId: string | null;
  errors: { field: string; rule: string; message: string }[];
}

/** `202 Accepted` body of `POST /api/v1/events`. */
export interface BatchAcceptedResponse {
  batchId: string;
  accepted: number;
  duplicates: number;
  rejected: RejectedEvent[];
}

export type BatchStatus = 'received' | 'processing' | 'processed';

/** `GET /api/v1/batches/{batchId}` */
export interface BatchStatusResponse {
  batchId: string;
  status: BatchStatus;
  accepted: number;
  duplicates: number;
  rejected: number;
  receivedAt: string;
  processedAt: string | null;
}
