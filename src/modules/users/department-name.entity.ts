import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The `department_name` table: an earlier name of a department and the instant it stopped being used (checked by entities.spec.ts). */
@Entity({ name: 'department_name' })
export class DepartmentNameEntity {
  @PrimaryColumn({ type: 'integer' }) id: number;
  @Column({ type: 'integer' }) department_id: number;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text' }) valid_until: string;
}
