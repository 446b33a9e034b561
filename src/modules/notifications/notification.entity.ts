import { Column, Entity, PrimaryColumn } from 'typeorm';

/** `notification`: one in-app notification, derived from an outbox fact (UNIQUE outbox × recipient × kind). */
@Entity({ name: 'notification' })
export class NotificationEntity {
  @PrimaryColumn({ type: 'integer' }) id: number;
  @Column({ type: 'integer' }) recipient_id: number;
  @Column({ type: 'text' }) kind: string;
  @Column({ type: 'integer', nullable: true }) actor_id: number | null;
  @Column({ type: 'integer', nullable: true }) post_id: number | null;
  @Column({ type: 'integer', nullable: true }) answer_id: number | null;
  @Column({ type: 'integer', nullable: true }) comment_id: number | null;
  /** JSON: what the notice needs beyond the references (a moderation reason, a status) */
  @Column({ type: 'text', nullable: true }) detail: string | null;
  @Column({ type: 'integer' }) outbox_id: number;
  @Column({ type: 'text' }) created_at: string;
  @Column({ type: 'text', nullable: true }) read_at: string | null;
}

/** `follow`: a person follows a post or a tag. */
@Entity({ name: 'follow' })
export class FollowEntity {
  @PrimaryColumn({ type: 'integer' }) user_id: number;
  /** POST | TAG */
  @PrimaryColumn({ type: 'text' }) target_type: string;
  @PrimaryColumn({ type: 'integer' }) target_id: number;
  @Column({ type: 'text' }) created_at: string;
}
