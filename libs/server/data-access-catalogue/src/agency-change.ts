import { writeAudit } from '@ws/server-database';
import { FieldChecker } from '@ws/server-validation';
import { EntityManager } from 'typeorm';
import { AgencyView, findAgency } from './agencies';

/** What `PATCH /agencies/:code` may change; a field left out keeps its value. */
export interface AgencyChange {
  active?: boolean;
  feedIntervalHours?: number;
}

/** The bounds of an agency's expected feed interval, in hours of working time (one hour to 30 days). */
export const FEED_INTERVAL_HOURS = { min: 1, max: 720, integer: true } as const;

/** Reads `{active?, feedIntervalHours?}`: at least one of them, each valid. */
export function parseAgencyChange(body: unknown): AgencyChange {
  const check = new FieldChecker(body);
  const change: AgencyChange = {};
  if (check.raw('active') !== undefined) change.active = check.boolean('active');
  if (check.raw('feedIntervalHours') !== undefined) change.feedIntervalHours = check.number('feedIntervalHours', FEED_INTERVAL_HOURS);
  if (check.errors.length === 0 && Object.keys(change).length === 0) check.fail('', 'at-least-one', 'must set active or feedIntervalHours');
  check.done();
  return change;
}

/** The audit action of a change: activate, deactivate, set-feed-interval, or update for both at once. */
export function agencyChangeAction(change: AgencyChange): string {
  if (change.active === undefined) return 'set-feed-interval';
  if (change.feedIntervalHours !== undefined) return 'update';
  return change.active ? 'activate' : 'deactivate';
}

export async function updateAgency(manager: EntityManager, code: string, change: AgencyChange, actor: string): Promise<AgencyView> {
  const { id, ...before } = await findAgency(manager, code);
  const after: AgencyView = { ...before, ...change };
  await manager.query(`UPDATE agency SET active = $2, feed_interval_hours = $3 WHERE id = $1`, [id, after.active, after.feedIntervalHours]);
  await writeAudit(manager, { actor, action: agencyChangeAction(change), entity: 'agency', entityKey: code, before, after });
  return after;
}
