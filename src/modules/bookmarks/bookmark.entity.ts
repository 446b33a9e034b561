import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The `bookmark` table (あとで読む): private to the person. */
@Entity({ name: 'bookmark' })
export class BookmarkEntity {
  @PrimaryColumn({ type: 'integer' }) user_id: number;
  @PrimaryColumn({ type: 'integer' }) post_id: number;
  @Column({ type: 'text' }) created_at: string;
}
