import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The `post_revision` table as written by the migrations (row type for its repository; checked by entities.spec.ts). */
@Entity({ name: 'post_revision' })
export class PostRevisionEntity {
  @PrimaryColumn({ type: 'integer' }) id: number;
  @Column({ type: 'integer' }) post_id: number;
  @Column({ type: 'integer' }) revision: number;
  @Column({ type: 'integer' }) editor_id: number;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'text' }) body: string;
  @Column({ type: 'text' }) tags: string;
  @Column({ type: 'text', nullable: true }) case_details: string | null;
  @Column({ type: 'text' }) created_at: string;
}
