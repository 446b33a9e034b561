import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The `tag_skill` table as written by the migrations (row type for its repository; checked by entities.spec.ts). */
@Entity({ name: 'tag_skill' })
export class TagSkillEntity {
  @PrimaryColumn({ type: 'text' }) tag_key: string;
  @PrimaryColumn({ type: 'integer' }) skill_id: number;
  @Column({ type: 'real' }) weight: number;
}
