import { Injectable } from '@nestjs/common';
import { DbService } from '../../core/database/db.service';
import { AssignmentEntity } from '../users/assignment.entity';
import { DepartmentEntity } from '../users/department.entity';

/**
 * SQL for the organisation's writes: departments (and their earlier names), assignments
 * (transfers) and manager scopes. Synchronous, always inside the service's `db.tx`. Nothing
 * here deletes a department or an assignment: they are history that old content points at.
 */
@Injectable()
export class OrganisationRepository {
  constructor(private readonly db: DbService) {}

  departmentById(id: number): DepartmentEntity | undefined {
    return this.db.get<DepartmentEntity>('SELECT * FROM department WHERE id = ?', [id]);
  }

  departmentByCode(code: string): DepartmentEntity | undefined {
    return this.db.get<DepartmentEntity>('SELECT * FROM department WHERE code = ?', [code]);
  }

  allDepartments(): DepartmentEntity[] {
    return this.db.all<DepartmentEntity>('SELECT * FROM department ORDER BY sort_order, id');
  }

  nextSortOrder(parentId: number | null): number {
    return (this.db.get<{ n: number | null }>('SELECT MAX(sort_order) AS n FROM department WHERE parent_id IS ?', [parentId])!.n ?? 0) + 10;
  }

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

  updateDepartment(id: number, d: Pick<DepartmentEntity, 'code' | 'name' | 'level' | 'parent_id' | 'retired_at'>): void {
    this.db.run('UPDATE department SET code = ?, name = ?, level = ?, parent_id = ?, retired_at = ? WHERE id = ?', [
      d.code,
      d.name,
      d.level,
      d.parent_id,
      d.retired_at,
      id,
    ]);
  }

  /** Keeps the name a department had until `until` (its rename). */
  insertFormerName(departmentId: number, name: string, until: string): void {
    this.db.run('INSERT INTO department_name (department_id, name, valid_until) VALUES (?, ?, ?)', [departmentId, name, until]);
  }

  /** Active people currently (JST day) assigned to one of these departments. */
  countActiveMembers(departmentIds: readonly number[], day: string): number {
    if (departmentIds.length === 0) return 0;
    return this.db.get<{ n: number }>(
      `SELECT COUNT(DISTINCT a.user_id) AS n FROM assignment a JOIN app_user u ON u.id = a.user_id
        WHERE u.disabled = 0 AND a.department_id IN (${departmentIds.map(() => '?').join(',')})
          AND a.start_date <= ? AND (a.end_date IS NULL OR a.end_date > ?)`,
      [...departmentIds, day, day],
    )!.n;
  }

  assignmentsOf(userId: number): AssignmentEntity[] {
    return this.db.all<AssignmentEntity>('SELECT * FROM assignment WHERE user_id = ? ORDER BY start_date, id', [userId]);
  }

  insertAssignment(a: Omit<AssignmentEntity, 'id'>): number {
    return this.db.insert('INSERT INTO assignment (user_id, department_id, title, start_date, end_date, created_at) VALUES (?, ?, ?, ?, ?, ?)', [
      a.user_id,
      a.department_id,
      a.title,
      a.start_date,
      a.end_date,
      a.created_at,
    ]);
  }

  endAssignment(id: number, endDate: string): void {
    this.db.run('UPDATE assignment SET end_date = ? WHERE id = ?', [endDate, id]);
  }

  setAssignmentDepartment(id: number, departmentId: number): void {
    this.db.run('UPDATE assignment SET department_id = ? WHERE id = ?', [departmentId, id]);
  }

  managerScope(userId: number): number[] {
    return this.db
      .all<{ department_id: number }>('SELECT department_id FROM manager_scope WHERE user_id = ? ORDER BY department_id', [userId])
      .map((r) => r.department_id);
  }

  /** Replaces a manager's scope (the table is a current-state mapping; its history is in the audit log). */
  replaceManagerScope(userId: number, departmentIds: readonly number[]): void {
    this.db.run('DELETE FROM manager_scope WHERE user_id = ?', [userId]);
    for (const d of departmentIds) this.db.run('INSERT INTO manager_scope (user_id, department_id) VALUES (?, ?)', [userId, d]);
  }
}
