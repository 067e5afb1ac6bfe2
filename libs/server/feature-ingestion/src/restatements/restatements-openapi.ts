import { PendingRestatementsResponse, RestatementDecisionResponse } from '@ws/contracts';

const MONTHS = [{ month: '2026-01', before: { decided: 12, met: 9, breached: 3 }, after: { decided: 12, met: 11, breached: 1 } }];

/** What `GET /restatements` answers (OpenAPI example). */
export const PENDING_EXAMPLE: PendingRestatementsResponse = {
  restatements: [{ reason: 'calendar:3', subject: 'QA-GOV', cycles: 12, cases: 12, firstDetectedAt: '2026-02-02T06:00:00.000Z', months: MONTHS }],
};

/** What `POST /restatements/{reason}/apply` answers (OpenAPI example). */
export const DECISION_EXAMPLE: RestatementDecisionResponse = { reason: 'calendar:3', decision: 'applied', cycles: 12, months: MONTHS };
