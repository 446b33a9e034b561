import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The `app_user` table as written by the migrations (row type for its repository; checked by entities.spec.ts). */
@Entity({ name: 'app_user' })
export class AppUserEntity {
  @PrimaryColumn({ type: 'integer' }) id: number;
  @Column({ type: 'text' }) email: string;
  @Column({ type: 'text' }) display_name: string;
  @Column({ type: 'text' }) password_hash: string;
  @Column({ type: 'text' }) role: string;
  @Column({ type: 'text', nullable: true }) role_category: string | null;
  @Column({ type: 'text', nullable: true }) layer: string | null;
  @Column({ type: 'integer' }) disabled: number;
  @Column({ type: 'text', nullable: true }) employee_id: string | null;
  @Column({ type: 'integer' }) must_change_password: number;
  @Column({ type: 'text', nullable: true }) oidc_subject: string | null;
  @Column({ type: 'text', nullable: true }) deactivated_at: string | null;
  @Column({ type: 'text' }) created_at: string;
  @Column({ type: 'text' }) updated_at: string;
}
