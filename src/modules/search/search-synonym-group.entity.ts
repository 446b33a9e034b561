import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The `search_synonym_group` table as written by the migrations (row type for its repository; checked by entities.spec.ts). */
@Entity({ name: 'search_synonym_group' })
export class SearchSynonymGroupEntity {
  @PrimaryColumn({ type: 'integer' }) id: number;
  @Column({ type: 'text' }) terms: string;
  @Column({ type: 'text' }) created_at: string;
  @Column({ type: 'text' }) updated_at: string;
  @Column({ type: 'integer', nullable: true }) updated_by_id: number | null;
}
