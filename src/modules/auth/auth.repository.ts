import { Injectable } from '@nestjs/common';
import { Viewer } from '../../core/auth/viewer';
import { DbService } from '../../core/database/db.service';
import { AppUserEntity } from '../users/app-user.entity';
import { SessionEntity } from './session.entity';

/** What sign-in checks a password against. */
export type SignInRow = Pick<AppUserEntity, 'id' | 'password_hash' | 'disabled'> & { role: Viewer['role'] };

/** A session with the enabled person it signs in. */
export type SessionWithUser = Pick<SessionEntity, 'user_id' | 'last_seen_at' | 'expires_at'> &
  Pick<AppUserEntity, 'display_name' | 'must_change_password'> & { role: Viewer['role'] };

/**
 * SQL for sign-in and server-side sessions. Synchronous better-sqlite3 statements (DbService):
 * a session is read, slid or deleted in one step that no other request can interleave with.
 */
@Injectable()
export class AuthRepository {
  constructor(private readonly db: DbService) {}

  /** The account an (already normalised) email address signs in to, disabled or not. */
  findSignInByEmail(email: string): SignInRow | undefined {
    return this.db.get<SignInRow>('SELECT id, password_hash, disabled, role FROM app_user WHERE email = ?', [email]);
  }

  insertSession(s: SessionEntity): void {
    this.db.run('INSERT INTO session (id, user_id, created_at, last_seen_at, expires_at, user_agent, ip) VALUES (?, ?, ?, ?, ?, ?, ?)', [
      s.id,
      s.user_id,
      s.created_at,
      s.last_seen_at,
      s.expires_at,
      s.user_agent,
      s.ip,
    ]);
  }

  /** The session by id (the token's HMAC) if its person is not disabled; expired ones included. */
  findWithEnabledUser(id: string): SessionWithUser | undefined {
    return this.db.get<SessionWithUser>(
      `SELECT s.user_id, s.last_seen_at, s.expires_at, u.role, u.display_name, u.must_change_password
         FROM session s JOIN app_user u ON u.id = s.user_id
        WHERE s.id = ? AND u.disabled = 0`,
      [id],
    );
  }

  /** Slides the expiry. */
  touch(id: string, lastSeenAt: string, expiresAt: string): void {
    this.db.run('UPDATE session SET last_seen_at = ?, expires_at = ? WHERE id = ?', [lastSeenAt, expiresAt, id]);
  }

  delete(id: string): void {
    this.db.run('DELETE FROM session WHERE id = ?', [id]);
  }

  /** Deletes every session that expired at or before `now`; returns how many. */
  deleteExpired(now: string): number {
    return this.db.run('DELETE FROM session WHERE expires_at <= ?', [now]).changes;
  }
}
