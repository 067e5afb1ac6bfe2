import { EntityManager } from 'typeorm';

export interface AuditEntry {
  /** `user:<email>`, `command:<name>` or `system:<part>`. */
  actor: string;
  action: string;
  entity: string;
  entityKey: string;
  before: object | null;
  after: object | null;
}

/** Appends to the audit trail inside the caller's transaction, so a change and its record commit together. */
export async function writeAudit(manager: EntityManager, entry: AuditEntry): Promise<void> {
  await manager.query(
    `INSERT INTO audit_log (actor, action, entity, entity_key, before, after) VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      entry.actor,
      entry.action,
      entry.entity,
      entry.entityKey,
      entry.before && JSON.stringify(entry.before),
      entry.after && JSON.stringify(entry.after),
    ],
  );
}
