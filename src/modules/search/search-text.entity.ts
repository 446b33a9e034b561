import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The `search_text` table as written by the migrations (row type for its repository; checked by entities.spec.ts). */
@Entity({ name: 'search_text' })
export class SearchTextEntity {
  @PrimaryColumn({ type: 'integer' }) post_id: number;
  @Column({ type: 'text' }) body: string;
  @Column({ type: 'text' }) answers: string;
}
