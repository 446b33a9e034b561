import { Injectable } from '@nestjs/common';
import { Viewer } from '../../core/auth/viewer';
import { DbService } from '../../core/database/db.service';
import { layerName, roleCategoryName } from '../../core/frameworks';
import { placeholders } from '../../core/graphql/loaders';
import { PersonCapability, personCan, PersonFacts } from '../../core/policy/object-policy';
import { jstDate } from '../../core/time/jst';
import { Assignment, Department, DepartmentLevel, RoleEnum, User } from './user.model';

interface UserRow {
  id: number;
  email: string;
  display_name: string;
  role: RoleEnum;
  role_category: string | null;
  layer: string | null;
  created_at: string;
}
interface DepartmentRow {
  id: number;
  code: string;
  name: string;
  level: DepartmentLevel;
  parent_id: number | null;
}

@Injectable()
export class UsersService {
  private departmentsCache: Map<number, Department> | null = null;

  constructor(private readonly db: DbService) {}

  toUser(r: UserRow): User {
    return {
      id: String(r.id),
      displayName: r.display_name,
      role: r.role,
      roleCategory: r.role_category,
      roleCategoryName: roleCategoryName(r.role_category),
      layer: r.layer,
      layerName: layerName(r.layer),
      createdAt: r.created_at,
      emailValue: r.email,
    };
  }

  findById(id: number): User | null {
    const r = this.db.get<UserRow>('SELECT * FROM app_user WHERE id = ?', [id]);
    return r ? this.toUser(r) : null;
  }

  findByIds(ids: readonly number[]): (User | null)[] {
    if (ids.length === 0) return [];
    const rows = this.db.all<UserRow>(`SELECT * FROM app_user WHERE id IN (${placeholders(ids.length)})`, [...ids]);
    const m = new Map(rows.map((r) => [r.id, this.toUser(r)]));
    return ids.map((id) => m.get(id) ?? null);
  }

  /** Departments change rarely (admin imports); they are cached in memory and invalidated on write. */
  departments(): Map<number, Department> {
    if (this.departmentsCache) return this.departmentsCache;
    const rows = this.db.all<DepartmentRow>('SELECT * FROM department ORDER BY sort_order, id');
    const byId = new Map(rows.map((r) => [r.id, r]));
    const pathOf = (r: DepartmentRow): string => {
      const parts: string[] = [];
      let cur: DepartmentRow | undefined = r;
      while (cur) {
        parts.unshift(cur.name);
        cur = cur.parent_id ? byId.get(cur.parent_id) : undefined;
      }
      return parts.join(' > ');
    };
    this.departmentsCache = new Map(
      rows.map((r) => [
        r.id,
        { id: String(r.id), code: r.code, name: r.name, level: r.level, parentId: r.parent_id ? String(r.parent_id) : null, path: pathOf(r) },
      ]),
    );
    return this.departmentsCache;
  }

  invalidateDepartments(): void {
    this.departmentsCache = null;
  }

  department(id: number | null | undefined): Department | null {
    return id ? (this.departments().get(id) ?? null) : null;
  }

  /** A department and every department below it (for feed filters and manager scopes). */
  departmentSubtree(id: number): number[] {
    const all = [...this.departments().values()];
    const out = [id];
    for (let i = 0; i < out.length; i++) {
      for (const d of all) if (d.parentId === String(out[i])) out.push(Number(d.id));
    }
    return out;
  }

  /** The department a person belonged to on a JST date: contributions are attributed to it. */
  departmentIdAt(userId: number, at: Date = new Date()): number | null {
    const day = jstDate(at);
    const r = this.db.get<{ department_id: number }>(
      `SELECT department_id FROM assignment
        WHERE user_id = ? AND start_date <= ? AND (end_date IS NULL OR end_date > ?)
        ORDER BY start_date DESC, id DESC LIMIT 1`,
      [userId, day, day],
    );
    return r?.department_id ?? null;
  }

  currentDepartment(userId: number): Department | null {
    return this.department(this.departmentIdAt(userId));
  }

  assignments(userId: number): Assignment[] {
    return this.db
      .all<{ id: number; department_id: number; title: string | null; start_date: string; end_date: string | null }>(
        'SELECT * FROM assignment WHERE user_id = ? ORDER BY start_date DESC, id DESC',
        [userId],
      )
      .map((a) => ({
        id: String(a.id),
        department: this.department(a.department_id)!,
        title: a.title,
        startDate: a.start_date,
        endDate: a.end_date,
      }));
  }

  managedDepartmentIds(userId: number): number[] {
    return this.db
      .all<{ department_id: number }>('SELECT department_id FROM manager_scope WHERE user_id = ? ORDER BY department_id', [userId])
      .map((r) => r.department_id);
  }

  /**
   * The facts the person policy decides on: is the person currently in a department the
   * viewer manages? Read only when the policy asks (never for the person themselves, the
   * DX office or admins).
   */
  personFacts(viewer: Viewer | null, userId: number): PersonFacts {
    return {
      id: userId,
      inViewersTeam: () => {
        const dept = this.departmentIdAt(userId);
        return !!viewer && dept !== null && this.managedScope(viewer.id).has(dept);
      },
    };
  }

  /** May the viewer see this person's personal data? (`core/policy`: the person, their managers, the DX office, admins.) */
  personCan(viewer: Viewer | null, userId: number, capability: PersonCapability): boolean {
    return personCan(viewer, this.personFacts(viewer, userId), capability);
  }

  /** Email is a contact detail (`user.viewEmail`). */
  canSeeEmail(viewer: Viewer | null, userId: number): boolean {
    return this.personCan(viewer, userId, 'user.viewEmail');
  }

  /** The full skill record and certification notes (`user.viewPersonalRecord`). */
  canSeePersonalRecord(viewer: Viewer | null, userId: number): boolean {
    return this.personCan(viewer, userId, 'user.viewPersonalRecord');
  }

  /** Departments a manager manages, with everything below them. */
  managedScope(managerId: number): Set<number> {
    return new Set(this.managedDepartmentIds(managerId).flatMap((d) => this.departmentSubtree(d)));
  }

  /** People currently assigned to any of these departments. */
  usersInDepartments(departmentIds: Set<number>, at: Date = new Date()): number[] {
    if (departmentIds.size === 0) return [];
    const day = jstDate(at);
    return this.db
      .all<{ user_id: number }>(
        `SELECT DISTINCT user_id FROM assignment
          WHERE department_id IN (${[...departmentIds].map(() => '?').join(',')})
            AND start_date <= ? AND (end_date IS NULL OR end_date > ?)
          ORDER BY user_id`,
        [...departmentIds, day, day],
      )
      .map((r) => r.user_id);
  }

  /**
   * A person's public counts, read from the ledger's net facts, so they tell the same story as
   * badges, the expert finder and skill evidence (which read the same facts). Anonymous facts
   * (everything the asker did in their anonymous thread) count only when the person looks at
   * their own profile. A self-accepted answer earns no fact, so it is not counted either.
   */
  counts(userId: number, includeAnonymous: boolean) {
    const r = this.db.get<{ posts: number | null; answers: number | null; accepted: number | null }>(
      `SELECT
        SUM(CASE WHEN kind IN ('QUESTION_POSTED', 'CASE_POSTED', 'IDEA_POSTED') THEN delta END) AS posts,
        SUM(CASE WHEN kind = 'ANSWER_POSTED' THEN delta END) AS answers,
        SUM(CASE WHEN kind = 'ANSWER_ACCEPTED' THEN delta END) AS accepted
       FROM contribution WHERE user_id = @u AND (@anon = 1 OR anonymous = 0)`,
      { u: userId, anon: includeAnonymous ? 1 : 0 },
    )!;
    return { posts: r.posts ?? 0, answers: r.answers ?? 0, accepted: r.accepted ?? 0 };
  }
}
