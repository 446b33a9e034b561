import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The `tag` table as written by the migrations (row type for its repository; checked by entities.spec.ts). */
@Entity({ name: 'tag' })
export class TagEntity {
  @PrimaryColumn({ type: 'integer' }) id: number;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text' }) label: string;
  @Column({ type: 'integer' }) post_count: number;
  @Column({ type: 'text' }) created_at: string;
  @Column({ type: 'text', nullable: true }) description: string | null;
  @Column({ type: 'text', nullable: true }) changed_at: string | null;
  @Column({ type: 'text', nullable: true }) changed_note: string | null;
}
