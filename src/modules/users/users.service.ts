import { Injectable } from '@nestjs/common';
import { Viewer } from '../../core/auth/viewer';
import { layerName, roleCategoryName } from '../../core/frameworks';
import { PersonCapability, personCan, PersonFacts } from '../../core/policy/object-policy';
import { jstDate } from '../../core/time/jst';
import { Assignment, Department, User } from './user.model';
import { DepartmentRow, UserRow, UsersRepository } from './users.repository';

@Injectable()
export class UsersService {
  private departmentsCache: Map<number, Department> | null = null;
  private departmentRowsCache: Map<number, DepartmentRow> | null = null;

  constructor(private readonly repo: UsersRepository) {}

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
      active: r.disabled === 0,
      employeeIdValue: r.employee_id,
      mustChangePasswordValue: r.must_change_password === 1,
    };
  }

  findById(id: number): User | null {
    const r = this.repo.findById(id);
    return r ? this.toUser(r) : null;
  }

  findByIds(ids: readonly number[]): (User | null)[] {
    if (ids.length === 0) return [];
    const rows = this.repo.findByIds(ids);
    const m = new Map(rows.map((r) => [r.id, this.toUser(r)]));
    return ids.map((id) => m.get(id) ?? null);
  }

  /** Departments change rarely (admin screens, imports); they are cached in memory and invalidated on write. */
  departments(): Map<number, Department> {
    if (this.departmentsCache) return this.departmentsCache;
    const rows = this.repo.allDepartments();
    const byId = new Map(rows.map((r) => [r.id, r]));
    const former = new Map<number, { name: string; until: string }[]>();
    for (const n of this.repo.departmentNames()) {
      const list = former.get(n.department_id) ?? [];
      list.push({ name: n.name, until: n.valid_until });
      former.set(n.department_id, list);
    }
    this.departmentRowsCache = byId;
    this.formerNames = former;
    this.departmentsCache = new Map(rows.map((r) => [r.id, this.toDepartment(r, (d) => d.name)]));
    return this.departmentsCache;
  }

  private formerNames = new Map<number, { name: string; until: string }[]>();

  private toDepartment(r: DepartmentRow, nameOf: (d: DepartmentRow) => string): Department {
    const byId = this.departmentRowsCache!;
    const parts: string[] = [];
    let cur: DepartmentRow | undefined = r;
    for (let depth = 0; cur && depth < 10; depth++) {
      parts.unshift(nameOf(cur));
      cur = cur.parent_id ? byId.get(cur.parent_id) : undefined;
    }
    return {
      id: String(r.id),
      code: r.code,
      name: nameOf(r),
      level: r.level,
      parentId: r.parent_id ? String(r.parent_id) : null,
      path: parts.join(' > '),
      retired: !!r.retired_at,
      formerNames: this.formerNames.get(r.id) ?? [],
    };
  }

  /** The name a department had at an instant: the earliest former name still in use then, else today's. */
  private nameAt(d: DepartmentRow, at: string): string {
    for (const f of this.formerNames.get(d.id) ?? []) if (at < f.until) return f.name;
    return d.name;
  }

  /**
   * A department as it was named at an instant (old content shows the name it was posted
   * under, 部 > 課 > 係 included). Same as `department(id)` when nothing was renamed since.
   */
  departmentAsOf(id: number | null | undefined, at: string): Department | null {
    const current = this.department(id);
    if (!current || !id) return current;
    const r = this.departmentRowsCache!.get(id)!;
    let renamed = false;
    for (let cur: DepartmentRow | undefined = r; cur; cur = cur.parent_id ? this.departmentRowsCache!.get(cur.parent_id) : undefined) {
      const list = this.formerNames.get(cur.id);
      if (list && list.length && at < list[list.length - 1].until) renamed = true;
      if (!cur.parent_id) break;
    }
    return renamed ? this.toDepartment(r, (d) => this.nameAt(d, at)) : current;
  }

  invalidateDepartments(): void {
    this.departmentsCache = null;
    this.departmentRowsCache = null;
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
    return this.repo.departmentIdOn(userId, jstDate(at));
  }

  currentDepartment(userId: number): Department | null {
    return this.department(this.departmentIdAt(userId));
  }

  assignments(userId: number): Assignment[] {
    return this.repo.assignmentsOf(userId).map((a) => ({
      id: String(a.id),
      department: this.department(a.department_id)!,
      title: a.title,
      startDate: a.start_date,
      endDate: a.end_date,
    }));
  }

  managedDepartmentIds(userId: number): number[] {
    return this.repo.managedDepartmentIds(userId);
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
    return this.repo.userIdsInDepartmentsOn([...departmentIds], jstDate(at));
  }

  employeeIdOf(userId: number): string | null {
    return this.repo.findById(userId)?.employee_id ?? null;
  }

  mustChangePasswordOf(userId: number): boolean {
    return this.repo.findById(userId)?.must_change_password === 1;
  }

  /** Which of these people are active (not deactivated): the expert finder, team views and the CSV show only them. */
  activeAmong(ids: readonly number[]): Set<number> {
    return new Set(this.repo.activeAmong(ids));
  }

  /** The people list (admin screens, pickers), keyset-paginated by id. */
  search(f: { query?: string | null; departmentId?: number | null; role?: string | null; active?: boolean | null; afterId: number; limit: number }): UserRow[] {
    const departmentIds = f.departmentId ? this.departmentSubtree(f.departmentId) : null;
    return this.repo.search({
      query: f.query?.trim() || null,
      departmentIds,
      role: f.role ?? null,
      active: f.active ?? null,
      day: jstDate(),
      afterId: f.afterId,
      limit: f.limit,
    });
  }

  /**
   * A person's public counts, read from the ledger's net facts, so they tell the same story as
   * badges, the expert finder and skill evidence (which read the same facts). Anonymous facts
   * (everything the asker did in their anonymous thread) count only when the person looks at
   * their own profile. A self-accepted answer earns no fact, so it is not counted either.
   */
  counts(userId: number, includeAnonymous: boolean) {
    const r = this.repo.ledgerCounts(userId, includeAnonymous);
    return { posts: r.posts ?? 0, answers: r.answers ?? 0, accepted: r.accepted ?? 0 };
  }
}
