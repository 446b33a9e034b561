import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The `user_preference` table as written by the migrations (row type for its repository; checked by entities.spec.ts). */
@Entity({ name: 'user_preference' })
export class UserPreferenceEntity {
  @PrimaryColumn({ type: 'integer' }) user_id: number;
  @Column({ type: 'integer' }) skills_public: number;
  @Column({ type: 'integer' }) leaderboard_opt_in: number;
  @Column({ type: 'text' }) feed_density: string;
  @Column({ type: 'text' }) updated_at: string;
}
