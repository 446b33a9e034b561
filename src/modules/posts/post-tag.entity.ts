import { Entity, PrimaryColumn } from 'typeorm';

/** The `post_tag` table as written by the migrations (row type for its repository; checked by entities.spec.ts). */
@Entity({ name: 'post_tag' })
export class PostTagEntity {
  @PrimaryColumn({ type: 'integer' }) post_id: number;
  @PrimaryColumn({ type: 'integer' }) tag_id: number;
}
