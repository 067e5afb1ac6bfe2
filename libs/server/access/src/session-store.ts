import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuthenticatedUser } from './authenticated-user';

export const SESSION_POLICY = Symbol('SESSION_POLICY');

/** How long a session lives: idle timeout and absolute lifetime (SESSION_IDLE_MINUTES, SESSION_LIFETIME_HOURS). */
export interface SessionPolicy {
  readonly idleMinutes: number;
  readonly lifetimeHours: number;
}

/** `last_seen_at` is written at most this often, so a busy dashboard is not a write per request. */
const TOUCH_EVERY_MS = 60_000;

function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

interface SessionRow {
  id: number;
  email: string;
  role: AuthenticatedUser['role'];
  agency_id: number | null;
  code: string | null;
  last_seen_at: Date;
}

/**
 * Opaque bearer tokens (256 random bits) kept only as hashes. A session ends at its absolute
 * expiry, after the idle timeout without a request, at sign-out, or when its user is deactivated.
 */
@Injectable()
export class SessionStore {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(SESSION_POLICY) private readonly policy: SessionPolicy,
  ) {}

  async open(userId: number, nowMs: number): Promise<{ token: string; expiresAt: Date }> {
    const token = `sst_${randomBytes(32).toString('base64url')}`;
    const now = new Date(nowMs);
    const expiresAt = new Date(nowMs + this.policy.lifetimeHours * 3600_000);
    await this.dataSource.query(
      `INSERT INTO user_session (token_hash, user_id, expires_at, last_seen_at) VALUES ($1, $2, $3, $4)`,
      [hashToken(token), userId, expiresAt, now],
    );
    await this.dataSource.query(
      `DELETE FROM user_session WHERE expires_at < $1 OR last_seen_at < $2`,
      [now, this.idleSince(nowMs)],
    );
    return { token, expiresAt };
  }

  async resolve(token: string, nowMs: number): Promise<AuthenticatedUser | null> {
    const tokenHash = hashToken(token);
    const rows: SessionRow[] = await this.dataSource.query(
      `SELECT u.id, u.email, u.role, u.agency_id, a.code, s.last_seen_at
       FROM user_session s JOIN app_user u ON u.id = s.user_id LEFT JOIN agency a ON a.id = u.agency_id
       WHERE s.token_hash = $1 AND s.expires_at > $2 AND s.last_seen_at > $3 AND u.active`,
      [tokenHash, new Date(nowMs), this.idleSince(nowMs)],
    );
    const row = rows[0];
    if (!row) return null;
    if (nowMs - row.last_seen_at.getTime() >= TOUCH_EVERY_MS) {
      await this.dataSource.query(
        `UPDATE user_session SET last_seen_at = $2 WHERE token_hash = $1`,
        [tokenHash, new Date(nowMs)],
      );
    }
    return {
      id: row.id,
      email: row.email,
      role: row.role,
      agencyId: row.agency_id,
      agencyCode: row.code,
    };
  }

  async close(token: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM user_session WHERE token_hash = $1`, [
      hashToken(token),
    ]);
  }

  private idleSince(nowMs: number): Date {
    return new Date(nowMs - this.policy.idleMinutes * 60_000);
  }
}
