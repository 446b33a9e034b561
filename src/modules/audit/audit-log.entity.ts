import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The `audit_log` table as written by the migrations (row type for its repository; checked by entities.spec.ts). */
@Entity({ name: 'audit_log' })
export class AuditLogEntity {
  @PrimaryColumn({ type: 'integer' }) id: number;
  @Column({ type: 'text' }) occurred_at: string;
  @Column({ type: 'integer', nullable: true }) actor_id: number | null;
  @Column({ type: 'text' }) action: string;
  @Column({ type: 'text', nullable: true }) target_type: string | null;
  @Column({ type: 'integer', nullable: true }) target_id: number | null;
  @Column({ type: 'text', nullable: true }) detail: string | null;
  @Column({ type: 'text', nullable: true }) ip: string | null;
  @Column({ type: 'text', nullable: true }) before_json: string | null;
  @Column({ type: 'text', nullable: true }) after_json: string | null;
}
