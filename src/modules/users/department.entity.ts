import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The `department` table as written by the migrations (row type for its repository; checked by entities.spec.ts). */
@Entity({ name: 'department' })
export class DepartmentEntity {
  @PrimaryColumn({ type: 'integer' }) id: number;
  @Column({ type: 'text' }) code: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text' }) level: string;
  @Column({ type: 'integer', nullable: true }) parent_id: number | null;
  @Column({ type: 'integer' }) sort_order: number;
  @Column({ type: 'text' }) created_at: string;
  @Column({ type: 'text', nullable: true }) retired_at: string | null;
}
