import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The `attachment` table: one uploaded file (row type for its repository; checked by entities.spec.ts). */
@Entity({ name: 'attachment' })
export class AttachmentEntity {
  /** random, URL-safe: the file's address is `/uploads/<id>` */
  @PrimaryColumn({ type: 'text' }) id: string;
  @Column({ type: 'integer' }) uploader_id: number;
  /** sha256 of the stored bytes (after an image was re-encoded): the file's name under UPLOAD_DIR */
  @Column({ type: 'text' }) sha256: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'integer' }) size: number;
  @Column({ type: 'text' }) content_type: string;
  /** 1: shown in the page (png, jpeg, gif, webp); 0: always a download */
  @Column({ type: 'integer' }) inline: number;
  @Column({ type: 'integer', nullable: true }) width: number | null;
  @Column({ type: 'integer', nullable: true }) height: number | null;
  @Column({ type: 'text' }) created_at: string;
}

/** The `attachment_ref` table: content (or a profile) that references an attachment. */
@Entity({ name: 'attachment_ref' })
export class AttachmentRefEntity {
  @PrimaryColumn({ type: 'text' }) attachment_id: string;
  /** POST / ANSWER / COMMENT / AVATAR */
  @PrimaryColumn({ type: 'text' }) target_type: string;
  @PrimaryColumn({ type: 'integer' }) target_id: number;
  @Column({ type: 'text' }) created_at: string;
}
