import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuthenticatedUser } from './authenticated-user';

export const SESSION_HOURS = 12;

function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Opaque bearer tokens (256 random bits) kept only as hashes, with an expiry. */
@Injectable()
export class SessionStore {
  constructor(private readonly dataSource: DataSource) {}

  async open(userId: number, nowMs: number): Promise<{ token: string; expiresAt: Date }> {
    const token = `sst_${randomBytes(32).toString('base64url')}`;
    const expiresAt = new Date(nowMs + SESSION_HOURS * 3600_000);
    await this.dataSource.query(
      `INSERT INTO user_session (token_hash, user_id, expires_at) VALUES ($1, $2, $3)`,
      [hashToken(token), userId, expiresAt],
    );
    await this.dataSource.query(`DELETE FROM user_session WHERE expires_at < $1`, [new Date(nowMs)]);
    return { token, expiresAt };
  }

  async resolve(token: string, nowMs: number): Promise<AuthenticatedUser | null> {
    const rows: { id: number; email: string; role: AuthenticatedUser['role']; agency_id: number | null; code: string | null }[] =
      await this.dataSource.query(
        `SELECT u.id, u.email, u.role, u.agency_id, a.code
         FROM user_session s JOIN app_user u ON u.id = s.user_id LEFT JOIN agency a ON a.id = u.agency_id
         WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.active`,
        [hashToken(token), new Date(nowMs)],
      );
    const row = rows[0];
    return row ? { id: row.id, email: row.email, role: row.role, agencyId: row.agency_id, agencyCode: row.code } : null;
  }

  async close(token: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM user_session WHERE token_hash = $1`, [hashToken(token)]);
  }
}
