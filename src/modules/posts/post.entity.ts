import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The `post` table as written by the migrations (row type for its repository; checked by entities.spec.ts). */
@Entity({ name: 'post' })
export class PostEntity {
  @PrimaryColumn({ type: 'integer' }) id: number;
  @Column({ type: 'text' }) kind: string;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'text' }) body: string;
  @Column({ type: 'text' }) status: string;
  @Column({ type: 'integer' }) anonymous: number;
  @Column({ type: 'integer' }) author_id: number;
  @Column({ type: 'integer', nullable: true }) department_id: number | null;
  @Column({ type: 'text', nullable: true }) case_problem: string | null;
  @Column({ type: 'text', nullable: true }) case_solution: string | null;
  @Column({ type: 'text', nullable: true }) case_effect: string | null;
  @Column({ type: 'real', nullable: true }) case_hours_saved: number | null;
  @Column({ type: 'text', nullable: true }) case_tools: string | null;
  @Column({ type: 'integer', nullable: true }) accepted_answer_id: number | null;
  /** The first answer by someone other than the asker (kept by triggers on `answer`; response times). */
  @Column({ type: 'text', nullable: true }) first_answer_at: string | null;
  @Column({ type: 'integer' }) answer_count: number;
  @Column({ type: 'integer' }) comment_count: number;
  @Column({ type: 'integer' }) cheer_count: number;
  @Column({ type: 'integer' }) helpful_count: number;
  @Column({ type: 'integer' }) thanks_count: number;
  @Column({ type: 'integer' }) revision: number;
  @Column({ type: 'text' }) created_at: string;
  @Column({ type: 'text' }) updated_at: string;
  @Column({ type: 'text' }) last_activity_at: string;
  @Column({ type: 'text', nullable: true }) deleted_at: string | null;
  @Column({ type: 'integer', nullable: true }) deleted_by_id: number | null;
  @Column({ type: 'text', nullable: true }) body_html: string | null;
  @Column({ type: 'text', nullable: true }) featured_at: string | null;
  @Column({ type: 'text', nullable: true }) featured_note: string | null;
  @Column({ type: 'integer', nullable: true }) featured_by_id: number | null;
  @Column({ type: 'integer' }) outdated: number;
  @Column({ type: 'text', nullable: true }) reviewed_at: string | null;
  @Column({ type: 'integer', nullable: true }) reviewed_by_id: number | null;
  @Column({ type: 'text', nullable: true }) review_note: string | null;
  @Column({ type: 'text', nullable: true }) closed_reason: string | null;
  @Column({ type: 'text', nullable: true }) closed_at: string | null;
  @Column({ type: 'integer', nullable: true }) closed_by_id: number | null;
  @Column({ type: 'integer', nullable: true }) duplicate_of_id: number | null;
  @Column({ type: 'text', nullable: true }) closed_note: string | null;
  @Column({ type: 'text', nullable: true }) hidden_at: string | null;
  @Column({ type: 'text', nullable: true }) hidden_reason: string | null;
  @Column({ type: 'integer', nullable: true }) hidden_by_id: number | null;
  /** An idea's status (PROPOSED / UNDER_REVIEW / ADOPTED / DECLINED; NULL on an idea = PROPOSED), set by the ideas module. */
  @Column({ type: 'text', nullable: true }) idea_status: string | null;
  @Column({ type: 'text', nullable: true }) idea_status_note: string | null;
  @Column({ type: 'text', nullable: true }) idea_status_changed_at: string | null;
  @Column({ type: 'integer', nullable: true }) idea_status_changed_by_id: number | null;
}
