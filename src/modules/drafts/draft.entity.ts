import { Column, Entity, PrimaryColumn } from 'typeorm';

/** `draft`: one person's unpublished post or answer (never shown to anyone else). */
@Entity({ name: 'draft' })
export class DraftEntity {
  @PrimaryColumn({ type: 'integer' }) id: number;
  @Column({ type: 'integer' }) owner_id: number;
  /** QUESTION | CASE | IDEA | ANSWER */
  @Column({ type: 'text' }) kind: string;
  /** The question an answer draft answers. */
  @Column({ type: 'integer', nullable: true }) post_id: number | null;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'text' }) body: string;
  /** JSON array of tag labels */
  @Column({ type: 'text' }) tags: string;
  /** JSON of a case's 課題 / 取組内容 / 効果 / hours / tools (cases only) */
  @Column({ type: 'text', nullable: true }) case_details: string | null;
  @Column({ type: 'integer' }) anonymous: number;
  @Column({ type: 'text' }) created_at: string;
  @Column({ type: 'text' }) updated_at: string;
}
