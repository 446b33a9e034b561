import { Injectable } from '@nestjs/common';
import { DbService } from '../../core/database/db.service';
import { namedIn } from '../../core/database/sql';
import { placeholders } from '../../core/graphql/loaders';
import { AppUserEntity } from './app-user.entity';
import { AssignmentEntity } from './assignment.entity';
import { DepartmentNameEntity } from './department-name.entity';
import { DepartmentEntity } from './department.entity';
import { ManagerScopeEntity } from './manager-scope.entity';
import { DepartmentLevel, RoleEnum } from './user.model';

/** A person as the table holds them (typed once, by its entity), with the role as its enum. */
export type UserRow = Omit<AppUserEntity, 'role'> & { role: RoleEnum };

/** A department as the table holds it, with the level as its enum. */
export type DepartmentRow = Omit<DepartmentEntity, 'level'> & { level: DepartmentLevel };

/** A person's public counts: net ledger facts (NULL when there are none). */
export interface LedgerCounts {
  posts: number | null;
  answers: number | null;
  accepted: number | null;
}

/**
 * SQL for people and the organisation (app_user, department, assignment, manager_scope) and a
 * person's counts read from the ledger. Synchronous: every method runs inside the caller's
 * better-sqlite3 transaction when there is one (DbService.tx), never opening its own.
 */
@Injectable()
export class UsersRepository {
  constructor(private readonly db: DbService) {}

  findById(id: number): UserRow | undefined {
    return this.db.get<UserRow>('SELECT * FROM app_user WHERE id = ?', [id]);
  }

  /** In no particular order. */
  findByIds(ids: readonly number[]): UserRow[] {
    return this.db.all<UserRow>(`SELECT * FROM app_user WHERE id IN (${placeholders(ids.length)})`, [...ids]);
  }

  /** Every department, in display order (sort_order, then id). */
  allDepartments(): DepartmentRow[] {
    return this.db.all<DepartmentRow>('SELECT * FROM department ORDER BY sort_order, id');
  }

  /** The department of the person's assignment in force on a JST date (`YYYY-MM-DD`), the latest if several. */
  departmentIdOn(userId: number, day: string): number | null {
    const r = this.db.get<Pick<AssignmentEntity, 'department_id'>>(
      `SELECT department_id FROM assignment
        WHERE user_id = ? AND start_date <= ? AND (end_date IS NULL OR end_date > ?)
        ORDER BY start_date DESC, id DESC LIMIT 1`,
      [userId, day, day],
    );
    return r?.department_id ?? null;
  }

  /** A person's assignments, newest first. */
  assignmentsOf(userId: number): AssignmentEntity[] {
    return this.db.all<AssignmentEntity>('SELECT * FROM assignment WHERE user_id = ? ORDER BY start_date DESC, id DESC', [userId]);
  }

  managedDepartmentIds(userId: number): number[] {
    return this.db
      .all<Pick<ManagerScopeEntity, 'department_id'>>('SELECT department_id FROM manager_scope WHERE user_id = ? ORDER BY department_id', [userId])
      .map((r) => r.department_id);
  }

  /** Earlier names of departments, oldest first per department. */
  departmentNames(): DepartmentNameEntity[] {
    return this.db.all<DepartmentNameEntity>('SELECT * FROM department_name ORDER BY department_id, valid_until');
  }

  /** Active (not deactivated) people assigned on a JST date to any of these departments, by id. */
  userIdsInDepartmentsOn(departmentIds: readonly number[], day: string): number[] {
    return this.db
      .all<Pick<AssignmentEntity, 'user_id'>>(
        `SELECT DISTINCT a.user_id FROM assignment a JOIN app_user u ON u.id = a.user_id
          WHERE a.department_id IN (${placeholders(departmentIds.length)})
            AND a.start_date <= ? AND (a.end_date IS NULL OR a.end_date > ?) AND u.disabled = 0
          ORDER BY a.user_id`,
        [...departmentIds, day, day],
      )
      .map((r) => r.user_id);
  }

  /** Which of these people are active (not deactivated). */
  activeAmong(ids: readonly number[]): number[] {
    if (ids.length === 0) return [];
    return this.db
      .all<Pick<AppUserEntity, 'id'>>(`SELECT id FROM app_user WHERE disabled = 0 AND id IN (${placeholders(ids.length)})`, [...ids])
      .map((r) => r.id);
  }

  /**
   * The admin's and the pickers' list of people, by id: part of a name, e-mail or employee
   * number; currently in one of these departments (JST day); by role; active or not.
   */
  search(f: {
    query: string | null;
    departmentIds: number[] | null;
    role: string | null;
    active: boolean | null;
    day: string;
    afterId: number;
    limit: number;
  }): UserRow[] {
    const where = ['u.id > @after'];
    const params: Record<string, unknown> = { after: f.afterId, limit: f.limit, day: f.day };
    if (f.query) {
      where.push("(u.display_name LIKE @q ESCAPE '\\' OR u.email LIKE @q ESCAPE '\\' OR u.employee_id LIKE @q ESCAPE '\\')");
      params.q = `%${f.query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    }
    if (f.role) {
      where.push('u.role = @role');
      params.role = f.role;
    }
    if (f.active !== null) {
      where.push('u.disabled = @disabled');
      params.disabled = f.active ? 0 : 1;
    }
    if (f.departmentIds) {
      where.push(`EXISTS (SELECT 1 FROM assignment a WHERE a.user_id = u.id AND ${namedIn('a.department_id', f.departmentIds, params, 'd')}
        AND a.start_date <= @day AND (a.end_date IS NULL OR a.end_date > @day))`);
    }
    const sql = `SELECT u.* FROM app_user u WHERE ${where.join(' AND ')} ORDER BY u.id LIMIT @limit`;
    return this.db.all<UserRow>(sql, params);
  }

  /** Net posts, answers and accepted answers in the person's ledger; anonymous facts only when asked for. */
  ledgerCounts(userId: number, includeAnonymous: boolean): LedgerCounts {
    return this.db.get<LedgerCounts>(
      `SELECT
        SUM(CASE WHEN kind IN ('QUESTION_POSTED', 'CASE_POSTED', 'IDEA_POSTED') THEN delta END) AS posts,
        SUM(CASE WHEN kind = 'ANSWER_POSTED' THEN delta END) AS answers,
        SUM(CASE WHEN kind = 'ANSWER_ACCEPTED' THEN delta END) AS accepted
       FROM contribution WHERE user_id = @u AND (@anon = 1 OR anonymous = 0)`,
      { u: userId, anon: includeAnonymous ? 1 : 0 },
    )!;
  }
}
