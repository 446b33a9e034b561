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

  /** Departments change rarely (admin imports); they are cached in memory and invalidated on write. */
  departments(): Map<number, Department> {
    if (this.departmentsCache) return this.departmentsCache;
    const rows = this.repo.allDepartments();
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
