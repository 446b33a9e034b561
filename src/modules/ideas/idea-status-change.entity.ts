import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The `idea_status_change` table (append-only: every status an idea was given, with the note). */
@Entity({ name: 'idea_status_change' })
export class IdeaStatusChangeEntity {
  @PrimaryColumn({ type: 'integer' }) id: number;
  @Column({ type: 'integer' }) post_id: number;
  @Column({ type: 'text' }) status: string;
  @Column({ type: 'text' }) previous_status: string;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ type: 'integer' }) changed_by_id: number;
  @Column({ type: 'text' }) created_at: string;
}
