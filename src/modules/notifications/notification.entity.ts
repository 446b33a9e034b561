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

/** `question_route`: someone was asked to look at a question (回答の依頼), once per question and person. */
@Entity({ name: 'question_route' })
export class QuestionRouteEntity {
  @PrimaryColumn({ type: 'integer' }) post_id: number;
  @PrimaryColumn({ type: 'integer' }) user_id: number;
  @Column({ type: 'integer' }) routed_by_id: number;
  @Column({ type: 'text' }) reason: string;
  @Column({ type: 'text' }) created_at: string;
}

/** `notification_setting`: a person's e-mail preference (IMMEDIATE | DAILY | WEEKLY | OFF), routing requests on/off, and kinds sent by e-mail. */
@Entity({ name: 'notification_setting' })
export class NotificationSettingEntity {
  @PrimaryColumn({ type: 'integer' }) user_id: number;
  @Column({ type: 'text' }) email_mode: string;
  @Column({ type: 'integer' }) routing_requests: number;
  /** JSON array of kinds sent by e-mail (null: the defaults) */
  @Column({ type: 'text', nullable: true }) email_kinds: string | null;
  @Column({ type: 'text' }) updated_at: string;
}

/** `unanswered_followup`: a question without an answer after N business days was followed up (once). */
@Entity({ name: 'unanswered_followup' })
export class UnansweredFollowupEntity {
  @PrimaryColumn({ type: 'integer' }) post_id: number;
  @Column({ type: 'integer' }) business_days: number;
  /** JSON array of the user ids suggested to the asker */
  @Column({ type: 'text' }) suggested: string;
  @Column({ type: 'text' }) created_at: string;
}

/** `email_delivery`: an e-mail to send — one notification at once, or a person's digest for a period — with retries. */
@Entity({ name: 'email_delivery' })
export class EmailDeliveryEntity {
  @PrimaryColumn({ type: 'integer' }) id: number;
  @Column({ type: 'integer' }) user_id: number;
  @Column({ type: 'integer', nullable: true }) notification_id: number | null;
  /** DAILY:YYYY-MM-DD or WEEKLY:YYYY-MM-DD (the Monday) */
  @Column({ type: 'text', nullable: true }) digest_key: string | null;
  /** PENDING | SENT | FAILED */
  @Column({ type: 'text' }) status: string;
  @Column({ type: 'integer' }) attempts: number;
  @Column({ type: 'text' }) next_attempt_at: string;
  @Column({ type: 'text', nullable: true }) last_error: string | null;
  @Column({ type: 'text' }) created_at: string;
  @Column({ type: 'text', nullable: true }) sent_at: string | null;
}
