/**
 * Read and review side of the API for agency managers and the central office: case timelines,
 * breach review with acknowledgements, in-app notifications, error budgets and feed freshness.
 * Instants are ISO 8601 in UTC with milliseconds; see docs/review.md.
 */

/** An agency or a service of the catalogue, named in both languages. */
export interface ReviewCodeName {
  code: string;
  nameAr: string;
  nameEn: string;
}

export type ReviewCycleStatus = 'running' | 'paused' | 'breached_open' | 'met' | 'breached' | 'cancelled';

export const BREACH_ROOT_CAUSES = [
  'staffing',
  'awaiting_other_entity',
  'system_outage',
  'customer_delay_unrecorded',
  'policy_change',
  'data_error',
  'other',
] as const;
export type BreachRootCause = (typeof BREACH_ROOT_CAUSES)[number];

/** Body of `POST /api/v1/agencies/{agency}/cases/{caseId}/cycles/{cycle}/acknowledgement`. */
export interface BreachAcknowledgementRequest {
  rootCause: BreachRootCause;
  /** 1..2000 characters. */
  note: string;
}

export interface BreachAcknowledgement {
  rootCause: BreachRootCause;
  note: string;
  /** Email of the agency manager who acknowledged. */
  acknowledgedBy: string;
  acknowledgedAt: string;
}

/** Response of the acknowledgement POST (201). `replaced` is true when an earlier one was overwritten. */
export interface BreachAcknowledgementResponse extends BreachAcknowledgement {
  agency: string;
  caseId: string;
  cycle: number;
  replaced: boolean;
}

// ---------------------------------------------------------------- case timeline

export interface CaseTimelineEvent {
  eventId: string;
  type: string;
  occurredAt: string;
  /** When the batch holding the event was accepted. */
  receivedAt: string;
  batchId: string;
  channel: string | null;
  reason: string | null;
  requestingAgency: string | null;
  survey: { score: number; scale: string } | null;
  /** Why the clock did not apply the event (`sla-engine` ignored reasons), null when it did. */
  ignoredReason: string | null;
}

/** A stretch of a cycle during which its clock was paused; `to` is null while still paused. */
export interface CaseTimelinePause {
  from: string;
  to: string | null;
  reason: string | null;
}

/** A cycle as in the `sla:eval` output of sla-clock.md §6, plus what the review adds. */
export interface CaseTimelineCycle {
  cycle: number;
  status: ReviewCycleStatus;
  startedAt: string;
  stoppedAt: string | null;
  cancelledAt: string | null;
  elapsedSeconds: number;
  progress: number;
  dueAt: string | null;
  breachedAt: string | null;
  decidedAt: string | null;
  atRisk: boolean;
  /** The instant the stored figures (elapsed, progress, atRisk) were computed. */
  computedAt: string;
  pauses: CaseTimelinePause[];
  acknowledgement: BreachAcknowledgement | null;
}

export interface CaseTimelineNotification {
  id: string;
  kind: string;
  cycle: number | null;
  at: string;
  createdAt: string;
  webhookStatus: string;
}

export interface CaseTimelineSla {
  version: number;
  target: { amount: number; unit: string };
  calendar: string;
  atRiskRatio: number;
}

/** `GET /api/v1/agencies/{agency}/cases/{caseId}` */
export interface CaseTimelineResponse {
  agency: ReviewCodeName;
  caseId: string;
  /** Null until an event of the case has been folded. */
  service: ReviewCodeName | null;
  requestingAgency: string | null;
  channel: string | null;
  openedAt: string | null;
  open: boolean;
  sla: CaseTimelineSla | null;
  survey: { score: number; scale: string; at: string } | null;
  computedAt: string | null;
  events: CaseTimelineEvent[];
  cycles: CaseTimelineCycle[];
  notifications: CaseTimelineNotification[];
}

// ---------------------------------------------------------------- breach review

export const BREACH_REVIEW_CATEGORIES = ['open_breach', 'at_risk', 'recent_breach'] as const;
export type BreachReviewCategory = (typeof BREACH_REVIEW_CATEGORIES)[number];

export const BREACH_REVIEW_SORTS = ['breachedAt', '-breachedAt', 'dueAt', '-dueAt', 'progress', '-progress'] as const;
export type BreachReviewSort = (typeof BREACH_REVIEW_SORTS)[number];

export interface BreachReviewItem {
  category: BreachReviewCategory;
  agency: string;
  caseId: string;
  cycle: number;
  service: ReviewCodeName;
  requestingAgency: string | null;
  channel: string | null;
  status: ReviewCycleStatus;
  startedAt: string;
  dueAt: string | null;
  breachedAt: string | null;
  stoppedAt: string | null;
  elapsedSeconds: number;
  progress: number;
  acknowledgement: BreachAcknowledgement | null;
}

/** `GET /api/v1/review/breaches?agency&service&status&from&to&sort&page&pageSize` */
export interface BreachReviewResponse {
  /** The requested category, or null for all three. */
  status: BreachReviewCategory | null;
  /** Window of `recent_breach` (local dates, Asia/Qatar, inclusive). */
  from: string;
  to: string;
  sort: BreachReviewSort;
  page: number;
  pageSize: number;
  total: number;
  items: BreachReviewItem[];
}

/** `GET /api/v1/review/summary?agency`: cheap enough to poll every 15 s. */
export interface ReviewSummaryResponse {
  /** The agency counted, or null for every agency. */
  agency: string | null;
  openBreaches: number;
  atRisk: number;
  /** Cycles that breached in the last 7 days (open or stopped since). */
  breachedLast7Days: number;
  /** Newest notification id in scope, to tell a poller whether to refetch the list. */
  latestNotificationId: string | null;
  asOf: string;
}

// ---------------------------------------------------------------- notifications

export const REVIEW_NOTIFICATION_KINDS = ['at_risk_50', 'at_risk_75', 'breached', 'burn_rate_fast', 'burn_rate_slow'] as const;
export type ReviewNotificationKind = (typeof REVIEW_NOTIFICATION_KINDS)[number];

export interface ReviewNotification {
  id: string;
  kind: ReviewNotificationKind;
  agency: string;
  /** Case notifications: the case and cycle; burn-rate ones: null. */
  caseId: string | null;
  cycle: number | null;
  /** Burn-rate notifications: the service and quarter; case ones: the case's service, no quarter. */
  service: string | null;
  quarter: string | null;
  /** The instant the threshold was reached (burn rate: when the job saw it). */
  at: string;
  createdAt: string;
  /** Burn-rate notifications: the figures that triggered it. */
  burnRate3d: number | null;
  burnRate14d: number | null;
}

/** `GET /api/v1/notifications?agency&kind&since&page&pageSize`, newest first. */
export interface NotificationListResponse {
  page: number;
  pageSize: number;
  total: number;
  items: ReviewNotification[];
}

// ---------------------------------------------------------------- error budgets

export type BurnLevel = 'fast' | 'slow';

export interface ErrorBudgetFigures {
  met: number;
  breached: number;
  decided: number;
  /** met / decided, null with nothing decided. */
  adherence: number | null;
  /** Breaches the quarter can hold with the met cycles so far and stay at target (= breached + headroom). */
  allowedBreaches: number;
  /** Further breaches before the figure drops under target; negative when already under. */
  headroom: number;
  /** Met cycles needed in a row to get back to target; 0 when not under; null when unreachable. */
  recoveryNeed: number | null;
  /** Breach rate / (1 - target) over the last 3 and 14 days of the quarter (to today). */
  burnRate3d: number | null;
  burnRate14d: number | null;
  burnLevel: BurnLevel | null;
  /** Fewer than `minimumDecided` decided cycles: shown grey, no alert. */
  suppressed: boolean;
}

export interface ErrorBudgetServiceRow extends ErrorBudgetFigures {
  service: ReviewCodeName;
}

export interface ErrorBudgetEntity {
  agency: ReviewCodeName;
  total: ErrorBudgetFigures;
  services: ErrorBudgetServiceRow[];
}

/** `GET /api/v1/error-budgets?quarter=2026-Q4&agency=CODE` (first cycles, the official KPI). */
export interface ErrorBudgetResponse {
  quarter: string;
  /** Local dates (Asia/Qatar), inclusive. */
  from: string;
  to: string;
  target: number;
  minimumDecided: number;
  burnThresholds: { fast3d: number; fast14d: number; slow3d: number; slow14d: number };
  entities: ErrorBudgetEntity[];
}

// ---------------------------------------------------------------- feed freshness

export interface FeedFreshnessRow {
  agency: ReviewCodeName;
  /** Newest accepted batch. */
  lastReceivedAt: string | null;
  /** Newest batch the worker finished. */
  lastProcessedAt: string | null;
  /** The agency's expected feed interval in hours of working time, set by the central office (default 24). */
  expectedIntervalHours: number;
  /** No batch within the expected interval of working time (Fri/Sat not counted), or never. */
  stale: boolean;
  /** Accepted batches not processed yet. */
  batchesWaiting: number;
  oldestWaitingSince: string | null;
}

/** `GET /api/v1/feeds/freshness` */
export interface FeedFreshnessResponse {
  asOf: string;
  agencies: FeedFreshnessRow[];
}
