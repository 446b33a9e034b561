import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The `answer` table as written by the migrations (row type for its repository; checked by entities.spec.ts). */
@Entity({ name: 'answer' })
export class AnswerEntity {
  @PrimaryColumn({ type: 'integer' }) id: number;
  @Column({ type: 'integer' }) post_id: number;
  @Column({ type: 'integer' }) author_id: number;
  @Column({ type: 'integer', nullable: true }) department_id: number | null;
  @Column({ type: 'text' }) body: string;
  @Column({ type: 'text', nullable: true }) accepted_at: string | null;
  @Column({ type: 'integer' }) comment_count: number;
  @Column({ type: 'integer' }) cheer_count: number;
  @Column({ type: 'integer' }) helpful_count: number;
  @Column({ type: 'integer' }) thanks_count: number;
  @Column({ type: 'text' }) created_at: string;
  @Column({ type: 'text' }) updated_at: string;
  @Column({ type: 'text', nullable: true }) deleted_at: string | null;
  @Column({ type: 'integer' }) revision: number;
  @Column({ type: 'integer', nullable: true }) deleted_by_id: number | null;
  @Column({ type: 'text', nullable: true }) body_html: string | null;
  @Column({ type: 'text', nullable: true }) official_at: string | null;
  @Column({ type: 'text', nullable: true }) official_note: string | null;
  @Column({ type: 'text', nullable: true }) official_section: string | null;
  @Column({ type: 'integer', nullable: true }) official_by_id: number | null;
  @Column({ type: 'text', nullable: true }) hidden_at: string | null;
  @Column({ type: 'text', nullable: true }) hidden_reason: string | null;
  @Column({ type: 'integer', nullable: true }) hidden_by_id: number | null;
}
