import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The `badge_award` table as written by the migrations (row type for its repository; checked by entities.spec.ts). */
@Entity({ name: 'badge_award' })
export class BadgeAwardEntity {
  @PrimaryColumn({ type: 'integer' }) id: number;
  @Column({ type: 'integer' }) badge_id: number;
  @Column({ type: 'integer' }) user_id: number;
  @Column({ type: 'text' }) award_key: string;
  @Column({ type: 'text' }) awarded_at: string;
  @Column({ type: 'text' }) reason: string;
  @Column({ type: 'integer', nullable: true }) post_id: number | null;
  @Column({ type: 'integer', nullable: true }) granted_by_id: number | null;
  @Column({ type: 'text', nullable: true }) revoked_at: string | null;
  @Column({ type: 'text', nullable: true }) seen_at: string | null;
}
