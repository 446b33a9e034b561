import { Column, Entity, PrimaryColumn } from 'typeorm';

/** `collection`: an ordered group of posts curated by the DX office (e.g. 「書かない窓口 導入パック」). */
@Entity({ name: 'collection' })
export class CollectionEntity {
  @PrimaryColumn({ type: 'integer' }) id: number;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'text' }) description: string;
  @Column({ type: 'integer' }) created_by_id: number;
  @Column({ type: 'text' }) created_at: string;
  @Column({ type: 'text' }) updated_at: string;
  @Column({ type: 'text', nullable: true }) deleted_at: string | null;
}

/** `collection_post`: a post in a collection, at a position (1-based). */
@Entity({ name: 'collection_post' })
export class CollectionPostEntity {
  @PrimaryColumn({ type: 'integer' }) collection_id: number;
  @PrimaryColumn({ type: 'integer' }) post_id: number;
  @Column({ type: 'integer' }) position: number;
  @Column({ type: 'integer' }) added_by_id: number;
  @Column({ type: 'text' }) added_at: string;
}

/** `adoption`: a department's roll-out (横展開) of a case, its current state. */
@Entity({ name: 'adoption' })
export class AdoptionEntity {
  @PrimaryColumn({ type: 'integer' }) id: number;
  @Column({ type: 'integer' }) post_id: number;
  @Column({ type: 'integer' }) department_id: number;
  @Column({ type: 'text' }) status: string;
  /** JST date (YYYY-MM-DD) */
  @Column({ type: 'text', nullable: true }) adopted_on: string | null;
  @Column({ type: 'real', nullable: true }) hours_saved_per_year: number | null;
  @Column({ type: 'text' }) note: string;
  @Column({ type: 'integer', nullable: true }) follow_up_post_id: number | null;
  @Column({ type: 'integer' }) recorded_by_id: number;
  @Column({ type: 'text' }) created_at: string;
  @Column({ type: 'text' }) updated_at: string;
}

/** `adoption_event`: every recorded state of an adoption (append-only history). */
@Entity({ name: 'adoption_event' })
export class AdoptionEventEntity {
  @PrimaryColumn({ type: 'integer' }) id: number;
  @Column({ type: 'integer' }) adoption_id: number;
  @Column({ type: 'text' }) status: string;
  @Column({ type: 'text', nullable: true }) adopted_on: string | null;
  @Column({ type: 'real', nullable: true }) hours_saved_per_year: number | null;
  @Column({ type: 'text' }) note: string;
  @Column({ type: 'integer' }) by_id: number;
  @Column({ type: 'text' }) occurred_at: string;
}
