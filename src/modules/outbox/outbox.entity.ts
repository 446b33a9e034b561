import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The `outbox` table as written by the migrations (row type for its repository; checked by entities.spec.ts). */
@Entity({ name: 'outbox' })
export class OutboxEntity {
  @PrimaryColumn({ type: 'integer' }) id: number;
  @Column({ type: 'text' }) topic: string;
  @Column({ type: 'text' }) aggregate_type: string;
  @Column({ type: 'integer' }) aggregate_id: number;
  @Column({ type: 'text', nullable: true }) payload: string | null;
  @Column({ type: 'text' }) created_at: string;
  @Column({ type: 'text', nullable: true }) processed_at: string | null;
  @Column({ type: 'integer' }) attempts: number;
  @Column({ type: 'text', nullable: true }) last_error: string | null;
}
