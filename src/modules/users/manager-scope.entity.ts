import { Entity, PrimaryColumn } from 'typeorm';

/** The `manager_scope` table as written by the migrations (row type for its repository; checked by entities.spec.ts). */
@Entity({ name: 'manager_scope' })
export class ManagerScopeEntity {
  @PrimaryColumn({ type: 'integer' }) user_id: number;
  @PrimaryColumn({ type: 'integer' }) department_id: number;
}
