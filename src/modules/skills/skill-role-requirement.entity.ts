import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The `skill_role_requirement` table as written by the migrations (row type for its repository; checked by entities.spec.ts). */
@Entity({ name: 'skill_role_requirement' })
export class SkillRoleRequirementEntity {
  @PrimaryColumn({ type: 'text' }) role_category: string;
  @PrimaryColumn({ type: 'integer' }) skill_id: number;
  @Column({ type: 'text' }) mark: string;
}
