import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The `revision_rollback` table: a revision the DX office wrote by restoring an older one. */
@Entity({ name: 'revision_rollback' })
export class RevisionRollbackEntity {
  /** POST or ANSWER */
  @PrimaryColumn({ type: 'text' }) target_type: string;
  @PrimaryColumn({ type: 'integer' }) target_id: number;
  /** the new revision the rollback wrote */
  @PrimaryColumn({ type: 'integer' }) revision: number;
  /** the revision whose content it restored */
  @Column({ type: 'integer' }) restored_revision: number;
  @Column({ type: 'integer' }) by_id: number;
  @Column({ type: 'text' }) created_at: string;
}
