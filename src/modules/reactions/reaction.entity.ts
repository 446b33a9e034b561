import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The `reaction` table as written by the migrations (row type for its repository; checked by entities.spec.ts). */
@Entity({ name: 'reaction' })
export class ReactionEntity {
  @PrimaryColumn({ type: 'integer' }) id: number;
  @Column({ type: 'integer' }) user_id: number;
  @Column({ type: 'text' }) target_type: string;
  @Column({ type: 'integer' }) target_id: number;
  @Column({ type: 'text' }) stamp: string;
  @Column({ type: 'integer' }) post_id: number;
  @Column({ type: 'text' }) created_at: string;
}
