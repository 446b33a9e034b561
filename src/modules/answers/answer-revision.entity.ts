import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The `answer_revision` table as written by the migrations (row type for its repository; checked by entities.spec.ts). */
@Entity({ name: 'answer_revision' })
export class AnswerRevisionEntity {
  @PrimaryColumn({ type: 'integer' }) id: number;
  @Column({ type: 'integer' }) answer_id: number;
  @Column({ type: 'integer' }) revision: number;
  @Column({ type: 'integer' }) editor_id: number;
  @Column({ type: 'text' }) body: string;
  @Column({ type: 'text' }) created_at: string;
}
