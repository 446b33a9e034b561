import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The `badge` table as written by the migrations (row type for its repository; checked by entities.spec.ts). */
@Entity({ name: 'badge' })
export class BadgeEntity {
  @PrimaryColumn({ type: 'integer' }) id: number;
  @Column({ type: 'text' }) code: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text' }) description: string;
  @Column({ type: 'text' }) tier: string;
  @Column({ type: 'text' }) rule: string;
  @Column({ type: 'text' }) params: string;
  @Column({ type: 'integer' }) repeatable: number;
  @Column({ type: 'integer' }) sort_order: number;
  @Column({ type: 'integer', nullable: true }) created_by_id: number | null;
  @Column({ type: 'text' }) created_at: string;
  @Column({ type: 'text', nullable: true }) retired_at: string | null;
}
