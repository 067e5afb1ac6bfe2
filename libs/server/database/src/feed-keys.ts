import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AgencyEntity, FeedKeyEntity } from './entities';

const KEY_PREFIX = 'sfk_';
/** How much of a key lists show to recognise it (`sfk_` and 6 characters). */
export const SHOWN_KEY_LENGTH = KEY_PREFIX.length + 6;

/** A new feed key: 256 random bits, shown to its owner once and stored only as a hash. */
export function generateFeedKey(): string {
  return KEY_PREFIX + randomBytes(32).toString('base64url');
}

/** Feed keys are long and random, so a fast hash cannot be brute-forced; it keeps lookups cheap. */
export function hashFeedKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export async function createFeedKey(dataSource: DataSource, agencyCode: string, label = ''): Promise<string> {
  const agency = await dataSource.getRepository(AgencyEntity).findOneBy({ code: agencyCode });
  if (!agency) throw new Error(`No agency with code "${agencyCode}"`);
  const key = generateFeedKey();
  await dataSource.getRepository(FeedKeyEntity).insert({
    agencyId: agency.id,
    keyHash: hashFeedKey(key),
    keyPrefix: key.slice(0, SHOWN_KEY_LENGTH),
    label,
    revokedAt: null,
  });
  return key;
}

export interface FeedKeyOwner {
  agencyId: number;
  agencyCode: string;
}

export async function findFeedKeyOwner(dataSource: DataSource, key: string): Promise<FeedKeyOwner | null> {
  const rows: { agency_id: number; code: string }[] = await dataSource.query(
    `SELECT k.agency_id, a.code FROM feed_key k JOIN agency a ON a.id = k.agency_id
     WHERE k.key_hash = $1 AND k.revoked_at IS NULL AND (k.expires_at IS NULL OR k.expires_at > now()) AND a.active`,
    [hashFeedKey(key)],
  );
  const row = rows[0];
  return row ? { agencyId: row.agency_id, agencyCode: row.code } : null;
}
