import { Column, Entity, PrimaryColumn } from 'typeorm';

/** `webhook`: an outgoing chat webhook the DX office configured. */
@Entity({ name: 'webhook' })
export class WebhookEntity {
  @PrimaryColumn({ type: 'integer' }) id: number;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text' }) url: string;
  /** TEAMS | SLACK | GENERIC */
  @Column({ type: 'text' }) format: string;
  /** JSON array of tag keys (empty: every tag) */
  @Column({ type: 'text' }) tags: string;
  /** JSON array of post kinds (empty: every kind) */
  @Column({ type: 'text' }) kinds: string;
  @Column({ type: 'text', nullable: true }) secret: string | null;
  @Column({ type: 'integer' }) active: number;
  @Column({ type: 'integer' }) created_by_id: number;
  @Column({ type: 'text' }) created_at: string;
  @Column({ type: 'text' }) updated_at: string;
  @Column({ type: 'text', nullable: true }) deleted_at: string | null;
}

/** `webhook_delivery`: one post to one webhook (or a test send), with retries. */
@Entity({ name: 'webhook_delivery' })
export class WebhookDeliveryEntity {
  @PrimaryColumn({ type: 'integer' }) id: number;
  @Column({ type: 'integer' }) webhook_id: number;
  @Column({ type: 'integer', nullable: true }) outbox_id: number | null;
  @Column({ type: 'integer', nullable: true }) post_id: number | null;
  @Column({ type: 'integer' }) test: number;
  /** PENDING | DELIVERED | FAILED */
  @Column({ type: 'text' }) status: string;
  @Column({ type: 'integer' }) attempts: number;
  @Column({ type: 'text' }) next_attempt_at: string;
  @Column({ type: 'integer', nullable: true }) last_status: number | null;
  @Column({ type: 'text', nullable: true }) last_error: string | null;
  @Column({ type: 'text' }) created_at: string;
  @Column({ type: 'text', nullable: true }) delivered_at: string | null;
}
