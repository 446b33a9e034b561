import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The `assignment` table as written by the migrations (row type for its repository; checked by entities.spec.ts). */
@Entity({ name: 'assignment' })
export class AssignmentEntity {
  @PrimaryColumn({ type: 'integer' }) id: number;
  @Column({ type: 'integer' }) user_id: number;
  @Column({ type: 'integer' }) department_id: number;
  @Column({ type: 'text', nullable: true }) title: string | null;
  @Column({ type: 'text' }) start_date: string;
  @Column({ type: 'text', nullable: true }) end_date: string | null;
  @Column({ type: 'text' }) created_at: string;
}
