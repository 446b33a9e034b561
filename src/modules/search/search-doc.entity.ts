import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The `search_doc` table as written by the migrations (row type for its repository; checked by entities.spec.ts). */
@Entity({ name: 'search_doc' })
export class SearchDocEntity {
  @PrimaryColumn({ type: 'integer' }) post_id: number;
  @Column({ type: 'text' }) kind: string;
  @Column({ type: 'text' }) status: string;
  /** an idea's status (PROPOSED when never set), for the ideaStatus filter; NULL for other kinds */
  @Column({ type: 'text', nullable: true }) idea_status: string | null;
  @Column({ type: 'integer', nullable: true }) department_id: number | null;
  @Column({ type: 'integer', nullable: true }) author_id: number | null;
  @Column({ type: 'integer' }) answer_count: number;
  @Column({ type: 'integer' }) boost: number;
  /** 優良事例 (1), for the featured filter */
  @Column({ type: 'integer' }) featured: number;
  @Column({ type: 'text' }) created_at: string;
  @Column({ type: 'text' }) updated_at: string;
  @Column({ type: 'text' }) title_n: string;
  @Column({ type: 'text' }) tags_n: string;
}
