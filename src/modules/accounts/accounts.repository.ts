import { Injectable } from '@nestjs/common';
import { DbService } from '../../core/database/db.service';
import { AppUserEntity } from '../users/app-user.entity';

/** People as accounts (sign-in identity, role, state). Synchronous statements, called inside the service's `db.tx`. */
@Injectable()
export class AccountsRepository {
  constructor(private readonly db: DbService) {}

  findByEmail(email: string): Pick<AppUserEntity, 'id' | 'role' | 'disabled'> | undefined {
    return this.db.get('SELECT id, role, disabled FROM app_user WHERE email = ?', [email]);
  }

  findCredentials(userId: number): Pick<AppUserEntity, 'id' | 'email' | 'display_name' | 'password_hash'> | undefined {
    return this.db.get('SELECT id, email, display_name, password_hash FROM app_user WHERE id = ? AND disabled = 0', [userId]);
  }

  setPasswordHash(userId: number, hash: string, at: string): void {
    this.db.run('UPDATE app_user SET password_hash = ?, must_change_password = 0, updated_at = ? WHERE id = ?', [hash, at, userId]);
  }

  /** Signs the person out everywhere except this session. */
  deleteOtherSessions(userId: number, keepSessionId: string): number {
    return this.db.run('DELETE FROM session WHERE user_id = ? AND id <> ?', [userId, keepSessionId]).changes;
  }

  countActiveAdmins(): number {
    return this.db.get<{ n: number }>("SELECT COUNT(*) AS n FROM app_user WHERE role = 'ADMIN' AND disabled = 0")!.n;
  }

  insert(a: Pick<AppUserEntity, 'email' | 'display_name' | 'password_hash' | 'role' | 'created_at'>): number {
    return this.db.insert('INSERT INTO app_user (email, display_name, password_hash, role, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)', [
      a.email,
      a.display_name,
      a.password_hash,
      a.role,
      a.created_at,
      a.created_at,
    ]);
  }
}
