import { BreachReviewCategory, BreachReviewSort } from '@ws/contracts';

/** The query parameters $1 (now) and $2/$3 (a window of breaches) as a row `p`, typed once. */
export const REVIEW_PARAMETERS = `(SELECT $1::timestamptz AS now, $2::timestamptz AS recent_from, $3::timestamptz AS recent_to) p`;

/**
 * The three review lists, disjoint, as SQL over `sla_cycle c` and `REVIEW_PARAMETERS`. At risk uses the stored fields: the cycle was at risk when last
 * folded (progress >= its definition's atRiskRatio) or its 75% mark has passed since.
 */
export const CATEGORY_CONDITIONS: Record<BreachReviewCategory, string> = {
  open_breach: `c.status = 'breached_open'`,
  at_risk: `c.status IN ('running', 'paused') AND (c.at_risk OR c.at_risk_75_at <= p.now)`,
  recent_breach: `c.status = 'breached' AND c.decided_at >= p.recent_from AND c.decided_at < p.recent_to`,
};

/** Each cycle's category, for the list of all three (the conditions are disjoint). */
export const CATEGORY_CASE = `CASE WHEN ${CATEGORY_CONDITIONS.open_breach} THEN 'open_breach' WHEN ${CATEGORY_CONDITIONS.at_risk} THEN 'at_risk' ELSE 'recent_breach' END`;

/** Sort keys; the case and cycle break ties so pages never overlap. */
export const SORT_ORDER: Record<BreachReviewSort, string> = {
  breachedAt: 'c.breached_at ASC NULLS LAST',
  '-breachedAt': 'c.breached_at DESC NULLS LAST',
  dueAt: 'c.due_at ASC NULLS LAST',
  '-dueAt': 'c.due_at DESC NULLS LAST',
  progress: 'c.progress ASC',
  '-progress': 'c.progress DESC',
};
