export const FEED_LIMITS = Symbol('FEED_LIMITS');

/** The limits of `POST /events` that the configuration sets. */
export interface FeedLimits {
  /** `POST /events` requests an agency may send per minute (all its keys together). */
  readonly requestsPerMinute: number;
  /** Milliseconds a body may send nothing before it is given up with 408 (FEED_BODY_IDLE_TIMEOUT_MS). */
  readonly bodyIdleMs: number;
  /** Milliseconds an accepted batch waits in the queue before it is applied (FEED_APPLY_DELAY_MS). */
  readonly applyDelayMs: number;
}
