import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The `contribution` table as written by the migrations (row type for its repository; checked by entities.spec.ts). */
@Entity({ name: 'contribution' })
export class ContributionEntity {
  @PrimaryColumn({ type: 'integer' }) id: number;
  @Column({ type: 'text' }) occurred_at: string;
  @Column({ type: 'integer' }) fiscal_year: number;
  @Column({ type: 'integer' }) user_id: number;
  @Column({ type: 'integer', nullable: true }) department_id: number | null;
  @Column({ type: 'text' }) kind: string;
  @Column({ type: 'integer' }) delta: number;
  @Column({ type: 'integer' }) points: number;
  @Column({ type: 'integer', nullable: true }) post_id: number | null;
  @Column({ type: 'integer', nullable: true }) answer_id: number | null;
  @Column({ type: 'integer', nullable: true }) comment_id: number | null;
  @Column({ type: 'text', nullable: true }) target_type: string | null;
  @Column({ type: 'integer', nullable: true }) target_id: number | null;
  @Column({ type: 'text', nullable: true }) stamp: string | null;
  @Column({ type: 'integer', nullable: true }) actor_id: number | null;
  @Column({ type: 'integer' }) anonymous: number;
  @Column({ type: 'integer', nullable: true }) reverses_id: number | null;
}
