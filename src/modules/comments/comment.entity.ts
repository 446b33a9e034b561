import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The `comment` table as written by the migrations (row type for its repository; checked by entities.spec.ts). */
@Entity({ name: 'comment' })
export class CommentEntity {
  @PrimaryColumn({ type: 'integer' }) id: number;
  @Column({ type: 'integer' }) post_id: number;
  @Column({ type: 'integer', nullable: true }) answer_id: number | null;
  @Column({ type: 'integer' }) author_id: number;
  @Column({ type: 'integer', nullable: true }) department_id: number | null;
  @Column({ type: 'text' }) body: string;
  @Column({ type: 'integer' }) cheer_count: number;
  @Column({ type: 'integer' }) helpful_count: number;
  @Column({ type: 'integer' }) thanks_count: number;
  @Column({ type: 'text' }) created_at: string;
  @Column({ type: 'text', nullable: true }) deleted_at: string | null;
  @Column({ type: 'text', nullable: true }) hidden_at: string | null;
  @Column({ type: 'text', nullable: true }) hidden_reason: string | null;
  @Column({ type: 'integer', nullable: true }) hidden_by_id: number | null;
}
