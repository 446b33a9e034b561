import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The `session` table as written by the migrations (row type for its repository; checked by entities.spec.ts). */
@Entity({ name: 'session' })
export class SessionEntity {
  @PrimaryColumn({ type: 'text' }) id: string;
  @Column({ type: 'integer' }) user_id: number;
  @Column({ type: 'text' }) created_at: string;
  @Column({ type: 'text' }) last_seen_at: string;
  @Column({ type: 'text' }) expires_at: string;
  @Column({ type: 'text', nullable: true }) user_agent: string | null;
  @Column({ type: 'text', nullable: true }) ip: string | null;
}
