import { ConflictException, NotFoundException } from '@nestjs/common';
import type { RotatedFeedKey } from '@ws/contracts';
import { generateFeedKey, hashFeedKey, SHOWN_KEY_LENGTH, writeAudit } from '@ws/server-database';
import { FieldChecker } from '@ws/server-validation';
import { EntityManager } from 'typeorm';

/** How long the old key keeps working after a rotation: chosen by the central office, in hours. */
export const KEY_OVERLAP_HOURS = { min: 1, max: 168, fallback: 24 } as const;

export function parseOverlap(body: unknown): number {
  const check = new FieldChecker(body ?? {});
  const hours = check.number(
    'overlapHours',
    { min: KEY_OVERLAP_HOURS.min, max: KEY_OVERLAP_HOURS.max, integer: true },
    KEY_OVERLAP_HOURS.fallback,
  );
  check.done();
  return hours;
}

/**
 * Issues a new key for the agency of key `id` (same label) and keeps key `id` valid for
 * `overlapHours` more, so the agency can switch its system without a gap. Audited, no secret.
 */
export async function rotateFeedKey(
  manager: EntityManager,
  id: number,
  overlapHours: number,
  actor: string,
): Promise<RotatedFeedKey> {
  const old: { agency_id: number; code: string; label: string; valid_until: Date }[] =
    await manager.query(
      `WITH rotated AS (
       UPDATE feed_key k SET expires_at = now() + make_interval(hours => $2) FROM agency a
       WHERE k.id = $1 AND a.id = k.agency_id AND k.revoked_at IS NULL AND k.expires_at IS NULL
       RETURNING k.agency_id, a.code, k.label, k.expires_at AS valid_until
     ) SELECT * FROM rotated`,
      [id, overlapHours],
    );
  const replaced = old[0];
  if (!replaced) {
    const known: { revoked_at: Date | null }[] = await manager.query(
      `SELECT revoked_at FROM feed_key WHERE id = $1`,
      [id],
    );
    if (!known[0] || known[0].revoked_at) throw new NotFoundException(`No active feed key ${id}.`);
    throw new ConflictException(
      `Feed key ${id} was already rotated; rotate its replacement instead.`,
    );
  }
  const key = generateFeedKey();
  const keyPrefix = key.slice(0, SHOWN_KEY_LENGTH);
  const created: { id: number }[] = await manager.query(
    `WITH created AS (INSERT INTO feed_key (agency_id, key_hash, key_prefix, label) VALUES ($1, $2, $3, $4) RETURNING id) SELECT id FROM created`,
    [replaced.agency_id, hashFeedKey(key), keyPrefix, replaced.label],
  );
  const newId = (created[0] as { id: number }).id;
  const oldKeyValidUntil = replaced.valid_until.toISOString();
  await writeAudit(manager, {
    actor,
    action: 'rotate',
    entity: 'feed-key',
    entityKey: String(id),
    before: { id, agency: replaced.code, validUntil: null },
    after: {
      id,
      validUntil: oldKeyValidUntil,
      overlapHours,
      replacedBy: newId,
      newKeyPrefix: keyPrefix,
    },
  });
  return { key, id: newId, agency: replaced.code, keyPrefix, replaces: id, oldKeyValidUntil };
}
