import { Injectable } from '@nestjs/common';
import { DbService } from '../../core/database/db.service';
import { AppUserEntity } from '../users/app-user.entity';
import type { Role } from '../../core/auth/viewer';

/** What single sign-on needs to know about an account to decide. */
export type SsoAccountRow = Pick<AppUserEntity, 'id' | 'email' | 'disabled' | 'oidc_subject'>;

const COLUMNS = 'id, email, disabled, oidc_subject';

/** SQL for single sign-on: finding, linking and creating accounts. Called inside the service's `db.tx`. */
@Injectable()
export class SsoRepository {
  constructor(private readonly db: DbService) {}

  /** The account linked to this subject at the identity provider (the link is unique). */
  findBySubject(subject: string): SsoAccountRow | undefined {
    return this.db.get<SsoAccountRow>(`SELECT ${COLUMNS} FROM app_user WHERE oidc_subject = ?`, [subject]);
  }

  /** The account of an (already normalised) e-mail address; the column compares case-insensitively. */
  findByEmail(email: string): SsoAccountRow | undefined {
    return this.db.get<SsoAccountRow>(`SELECT ${COLUMNS} FROM app_user WHERE email = ?`, [email]);
  }

  /** Links the account to the subject, only if it has no link yet; returns whether it did. */
  linkSubject(userId: number, subject: string, at: string): boolean {
    return this.db.run('UPDATE app_user SET oidc_subject = ?, updated_at = ? WHERE id = ? AND oidc_subject IS NULL', [subject, at, userId]).changes === 1;
  }

  insertLinkedAccount(a: { email: string; displayName: string; passwordHash: string; role: Role; subject: string; at: string }): number {
    return this.db.insert(
      `INSERT INTO app_user (email, display_name, password_hash, role, oidc_subject, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
      [a.email, a.displayName, a.passwordHash, a.role, a.subject, a.at, a.at],
    );
  }
}
