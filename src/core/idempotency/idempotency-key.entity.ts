import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The `idempotency_key` table as written by the migrations (row type for its repository; checked by entities.spec.ts). */
@Entity({ name: 'idempotency_key' })
export class IdempotencyKeyEntity {
  @PrimaryColumn({ type: 'integer' }) user_id: number;
  @PrimaryColumn({ type: 'text' }) operation: string;
  @PrimaryColumn({ type: 'text' }) key: string;
  @Column({ type: 'integer' }) result_id: number;
  @Column({ type: 'text' }) created_at: string;
}
