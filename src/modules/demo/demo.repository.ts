import { Injectable } from '@nestjs/common';
import { DbService } from '../../core/database/db.service';
import type { AppSettingEntity } from '../../core/database/app-setting.entity';
import type { AppUserEntity } from '../users/app-user.entity';
import type { AssignmentEntity } from '../users/assignment.entity';
import type { DepartmentEntity } from '../users/department.entity';
import type { ManagerScopeEntity } from '../users/manager-scope.entity';

/** A demo person's account row (updated_at starts at created_at; enabled). */
export type DemoUserRow = Pick<AppUserEntity, 'email' | 'display_name' | 'password_hash' | 'role' | 'role_category' | 'layer' | 'employee_id' | 'created_at'>;

/**
 * The SQL the demo seeder needs where no service writes it: the organisation and the accounts
 * (there is no API that creates departments or people), the "seeded" marker, and marking the
 * seeded badges as seen. Everything else goes through the services the API uses. Methods
 * are synchronous and never open a transaction: the seeder writes the organisation, then the
 * content, each in one `db.tx(...)` (a better-sqlite3 IMMEDIATE transaction that never awaits,
 * so no request interleaves and a half-seeded demo never exists).
 */
@Injectable()
export class DemoRepository {
  constructor(private readonly db: DbService) {}

  hasSetting(key: AppSettingEntity['key']): boolean {
    return !!this.db.get('SELECT 1 FROM app_setting WHERE key = ?', [key]);
  }

  insertSetting(s: AppSettingEntity): void {
    this.db.run('INSERT INTO app_setting (key, value, updated_at) VALUES (?, ?, ?)', [s.key, s.value, s.updated_at]);
  }

  countUsers(): number {
    return this.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM app_user')!.n;
  }

  /** Returns the new id. */
  insertDepartment(d: Omit<DepartmentEntity, 'id' | 'retired_at'>): number {
    return this.db.insert('INSERT INTO department (code, name, level, parent_id, sort_order, created_at) VALUES (?, ?, ?, ?, ?, ?)', [
      d.code,
      d.name,
      d.level,
      d.parent_id,
      d.sort_order,
      d.created_at,
    ]);
  }

  /** Returns the new id. */
  insertUser(u: DemoUserRow): number {
    return this.db.insert(
      `INSERT INTO app_user (email, display_name, password_hash, role, role_category, layer, employee_id, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [u.email, u.display_name, u.password_hash, u.role, u.role_category, u.layer, u.employee_id, u.created_at, u.created_at],
    );
  }

  insertAssignment(a: Omit<AssignmentEntity, 'id'>): void {
    this.db.run('INSERT INTO assignment (user_id, department_id, title, start_date, end_date, created_at) VALUES (?, ?, ?, ?, ?, ?)', [
      a.user_id,
      a.department_id,
      a.title,
      a.start_date,
      a.end_date,
      a.created_at,
    ]);
  }

  insertManagerScope(s: ManagerScopeEntity): void {
    this.db.run('INSERT INTO manager_scope (user_id, department_id) VALUES (?, ?)', [s.user_id, s.department_id]);
  }

  /** Every unseen badge award counts as seen when it was awarded. */
  markBadgesSeenAtAward(): void {
    this.db.run('UPDATE badge_award SET seen_at = awarded_at WHERE seen_at IS NULL');
  }
}
