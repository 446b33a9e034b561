import { Injectable } from '@nestjs/common';
import { DbService } from '../../core/database/db.service';
import { AppUserEntity } from '../users/app-user.entity';
import { AssignmentEntity } from '../users/assignment.entity';
import { DepartmentEntity } from '../users/department.entity';

/** Reads the staff import needs (its writes go through the accounts and organisation services). */
@Injectable()
export class StaffImportRepository {
  constructor(private readonly db: DbService) {}

  activeDepartments(): Pick<DepartmentEntity, 'id' | 'name' | 'parent_id'>[] {
    return this.db.all('SELECT id, name, parent_id FROM department WHERE retired_at IS NULL');
  }

  /** 部/課/係 path of a department by id (today's names). */
  departmentPath(id: number): string | null {
    const r = this.db.get<{ path: string }>(
      `WITH RECURSIVE up(id, name, parent_id, depth) AS (
         SELECT id, name, parent_id, 0 FROM department WHERE id = ?
         UNION ALL SELECT d.id, d.name, d.parent_id, up.depth + 1 FROM department d JOIN up ON d.id = up.parent_id WHERE up.depth < 10
       ) SELECT group_concat(name, '/') AS path FROM (SELECT name FROM up ORDER BY depth DESC)`,
      [id],
    );
    return r?.path ?? null;
  }

  findByEmployeeId(employeeId: string): AppUserEntity | undefined {
    return this.db.get<AppUserEntity>('SELECT * FROM app_user WHERE employee_id = ?', [employeeId]);
  }

  findByEmail(email: string): AppUserEntity | undefined {
    return this.db.get<AppUserEntity>('SELECT * FROM app_user WHERE email = ?', [email]);
  }

  /** Everyone with an employee number, with the fields an import line compares. */
  peopleWithEmployeeId(): Pick<AppUserEntity, 'id' | 'employee_id' | 'email' | 'display_name' | 'role' | 'role_category' | 'layer' | 'disabled'>[] {
    return this.db.all('SELECT id, employee_id, email, display_name, role, role_category, layer, disabled FROM app_user WHERE employee_id IS NOT NULL');
  }

  /** Assignments in force on a JST day or starting later. */
  assignmentsInForceFrom(day: string): Pick<AssignmentEntity, 'user_id' | 'department_id' | 'start_date' | 'end_date'>[] {
    return this.db.all('SELECT user_id, department_id, start_date, end_date FROM assignment WHERE end_date IS NULL OR end_date > ?', [day]);
  }

  activeWithEmployeeId(): AppUserEntity[] {
    return this.db.all<AppUserEntity>('SELECT * FROM app_user WHERE employee_id IS NOT NULL AND disabled = 0 ORDER BY id');
  }
}
