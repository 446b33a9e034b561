import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The `certification_event` table as written by the migrations (row type for its repository; checked by entities.spec.ts). */
@Entity({ name: 'certification_event' })
export class CertificationEventEntity {
  @PrimaryColumn({ type: 'integer' }) id: number;
  @Column({ type: 'integer' }) user_id: number;
  @Column({ type: 'text' }) action: string;
  @Column({ type: 'text' }) tier: string;
  @Column({ type: 'integer' }) fiscal_year: number;
  @Column({ type: 'text' }) note: string;
  @Column({ type: 'text' }) evidence: string;
  @Column({ type: 'integer' }) acted_by_id: number;
  @Column({ type: 'text' }) acted_at: string;
}
