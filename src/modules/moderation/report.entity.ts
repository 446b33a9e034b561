import { Column, Entity, PrimaryColumn } from 'typeorm';

/** `report`: a staff member's 通報 of a post, answer or comment, and how the DX office resolved it. */
@Entity({ name: 'report' })
export class ReportEntity {
  @PrimaryColumn({ type: 'integer' }) id: number;
  /** POST | ANSWER | COMMENT */
  @Column({ type: 'text' }) target_type: string;
  @Column({ type: 'integer' }) target_id: number;
  @Column({ type: 'integer' }) post_id: number;
  @Column({ type: 'integer' }) reporter_id: number;
  /** PERSONAL_INFO | INAPPROPRIATE | SPAM | OTHER */
  @Column({ type: 'text' }) reason: string;
  @Column({ type: 'text' }) note: string;
  /** OPEN | RESOLVED */
  @Column({ type: 'text' }) status: string;
  /** HIDE | DISMISS */
  @Column({ type: 'text', nullable: true }) action: string | null;
  @Column({ type: 'integer', nullable: true }) resolved_by_id: number | null;
  @Column({ type: 'text', nullable: true }) resolution_note: string | null;
  @Column({ type: 'text' }) created_at: string;
  @Column({ type: 'text', nullable: true }) resolved_at: string | null;
}
