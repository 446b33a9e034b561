import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The `user_profile` table: what a person says about themselves (row type for its repository). */
@Entity({ name: 'user_profile' })
export class UserProfileEntity {
  @PrimaryColumn({ type: 'integer' }) user_id: number;
  /** 内線番号: digits and hyphens */
  @Column({ type: 'text', nullable: true }) extension: string | null;
  @Column({ type: 'text', nullable: true }) bio: string | null;
  /** 得意分野: JSON array of tags */
  @Column({ type: 'text' }) expertise: string;
  @Column({ type: 'text', nullable: true }) avatar_attachment_id: string | null;
  @Column({ type: 'text' }) updated_at: string;
}
