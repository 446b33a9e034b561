import { Injectable } from '@nestjs/common';
import { DbService } from '../../core/database/db.service';
import { AppUserEntity } from '../users/app-user.entity';

/** The fields of an account an admin (or the staff import) may write. */
export type AccountFields = Pick<AppUserEntity, 'email' | 'display_name' | 'role' | 'role_category' | 'layer' | 'employee_id'>;

/** Marks an account without a password (created by the staff import or SSO): no password verifies against it. */
export const NO_PASSWORD = '!no-password';

/** People as accounts (sign-in identity, role, state). Synchronous statements, called inside the service's `db.tx`. */
@Injectable()
export class AccountsRepository {
  constructor(private readonly db: DbService) {}

  findById(id: number): AppUserEntity | undefined {
    return this.db.get<AppUserEntity>('SELECT * FROM app_user WHERE id = ?', [id]);
  }

  findByEmail(email: string): Pick<AppUserEntity, 'id' | 'role' | 'disabled'> | undefined {
    return this.db.get('SELECT id, role, disabled FROM app_user WHERE email = ?', [email]);
  }

  findByEmployeeId(employeeId: string): AppUserEntity | undefined {
    return this.db.get<AppUserEntity>('SELECT * FROM app_user WHERE employee_id = ?', [employeeId]);
  }

  /** Every account with an employee number (the staff import's key). */
  allWithEmployeeId(): AppUserEntity[] {
    return this.db.all<AppUserEntity>('SELECT * FROM app_user WHERE employee_id IS NOT NULL ORDER BY id');
  }

  findCredentials(userId: number): Pick<AppUserEntity, 'id' | 'email' | 'display_name' | 'password_hash'> | undefined {
    return this.db.get('SELECT id, email, display_name, password_hash FROM app_user WHERE id = ? AND disabled = 0', [userId]);
  }

  setPasswordHash(userId: number, hash: string, at: string): void {
    this.db.run('UPDATE app_user SET password_hash = ?, must_change_password = 0, updated_at = ? WHERE id = ?', [hash, at, userId]);
  }

  /** A temporary password set by an admin: it must be changed at the next sign-in. */
  setTemporaryPasswordHash(userId: number, hash: string, at: string): void {
    this.db.run('UPDATE app_user SET password_hash = ?, must_change_password = 1, updated_at = ? WHERE id = ?', [hash, at, userId]);
  }

  /** Signs the person out everywhere except this session. */
  deleteOtherSessions(userId: number, keepSessionId: string): number {
    return this.db.run('DELETE FROM session WHERE user_id = ? AND id <> ?', [userId, keepSessionId]).changes;
  }

  /** Signs the person out everywhere. */
  deleteAllSessions(userId: number): number {
    return this.db.run('DELETE FROM session WHERE user_id = ?', [userId]).changes;
  }

  countActiveAdmins(): number {
    return this.db.get<{ n: number }>("SELECT COUNT(*) AS n FROM app_user WHERE role = 'ADMIN' AND disabled = 0")!.n;
  }

  insert(a: Pick<AppUserEntity, 'email' | 'display_name' | 'password_hash' | 'role' | 'created_at'> & Partial<AccountFields>): number {
    return this.db.insert(
      `INSERT INTO app_user (email, display_name, password_hash, role, role_category, layer, employee_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [a.email, a.display_name, a.password_hash, a.role, a.role_category ?? null, a.layer ?? null, a.employee_id ?? null, a.created_at, a.created_at],
    );
  }

  update(id: number, f: AccountFields, at: string): void {
    this.db.run('UPDATE app_user SET email = ?, display_name = ?, role = ?, role_category = ?, layer = ?, employee_id = ?, updated_at = ? WHERE id = ?', [
      f.email,
      f.display_name,
      f.role,
      f.role_category,
      f.layer,
      f.employee_id,
      at,
      id,
    ]);
  }

  setDisabled(id: number, disabled: boolean, at: string): void {
    this.db.run('UPDATE app_user SET disabled = ?, deactivated_at = ?, updated_at = ? WHERE id = ?', [disabled ? 1 : 0, disabled ? at : null, at, id]);
  }
}
