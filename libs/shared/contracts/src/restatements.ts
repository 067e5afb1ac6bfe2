/** Cycle decisions in one month (Asia/Qatar, by the day the cycle was decided). */
export interface RestatementCounts {
  decided: number;
  met: number;
  breached: number;
}

export interface RestatementMonth {
  month: string;
  before: RestatementCounts;
  after: RestatementCounts;
}

/** Decided cycles a calendar or SLA definition change would restate, awaiting review. */
export interface PendingRestatement {
  /** `calendar:<id>` or `service:<id>`: what changed. */
  reason: string;
  /** The calendar's or service's code. */
  subject: string | null;
  cycles: number;
  cases: number;
  firstDetectedAt: string;
  months: RestatementMonth[];
}

/** `GET /api/v1/restatements` */
export interface PendingRestatementsResponse {
  restatements: PendingRestatement[];
}

/** `POST /api/v1/restatements/{reason}/apply|reject` */
export interface RestatementDecisionResponse {
  reason: string;
  decision: 'applied' | 'rejected';
  cycles: number;
  months: RestatementMonth[];
}
