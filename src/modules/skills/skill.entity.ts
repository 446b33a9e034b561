import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The `skill` table as written by the migrations (row type for its repository; checked by entities.spec.ts). */
@Entity({ name: 'skill' })
export class SkillEntity {
  @PrimaryColumn({ type: 'integer' }) id: number;
  @Column({ type: 'text' }) code: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text', nullable: true }) summary: string | null;
  @Column({ type: 'text' }) framework: string;
  @Column({ type: 'integer' }) sort_order: number;
  @Column({ type: 'text', nullable: true }) retired_at: string | null;
  @Column({ type: 'text' }) created_at: string;
  @Column({ type: 'text' }) updated_at: string;
}
