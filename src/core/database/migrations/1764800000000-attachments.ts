import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Attachments and profiles (#13):
 * - `attachment`: one row per upload (a random, unguessable id; who uploaded it; the sha256
 *   of the stored bytes, which is also the file's name under UPLOAD_DIR, so the same bytes
 *   are stored once; the name as given; size and the content type decided from the bytes);
 * - `attachment_ref`: what references it (a post's, answer's or comment's Markdown, or a
 *   person's profile as the avatar), written in the same transaction as the content is saved.
 *   Whether a file is served is decided at request time from the state of that content
 *   (deleted, hidden), so hiding a post needs no change here;
 * - `user_profile`: 内線番号, bio, 得意分野 (a JSON array of tags) and the avatar.
 */
export class Attachments1764800000000 implements MigrationInterface {
  name = 'Attachments1764800000000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE attachment (
        id TEXT PRIMARY KEY,
        uploader_id INTEGER NOT NULL REFERENCES app_user(id),
        sha256 TEXT NOT NULL,
        name TEXT NOT NULL,
        size INTEGER NOT NULL,
        content_type TEXT NOT NULL,
        inline INTEGER NOT NULL,
        width INTEGER,
        height INTEGER,
        created_at TEXT NOT NULL
      )`,
      'CREATE INDEX idx_attachment_uploader_created ON attachment(uploader_id, created_at)',
      'CREATE INDEX idx_attachment_sha256 ON attachment(sha256)',
      `CREATE TABLE attachment_ref (
        attachment_id TEXT NOT NULL REFERENCES attachment(id),
        target_type TEXT NOT NULL,
        target_id INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (attachment_id, target_type, target_id)
      )`,
      'CREATE INDEX idx_attachment_ref_target ON attachment_ref(target_type, target_id)',
      `CREATE TABLE user_profile (
        user_id INTEGER PRIMARY KEY REFERENCES app_user(id),
        extension TEXT,
        bio TEXT,
        expertise TEXT NOT NULL,
        avatar_attachment_id TEXT REFERENCES attachment(id),
        updated_at TEXT NOT NULL
      )`,
    ];
    for (const s of statements) await q.query(s);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const s of ['DROP TABLE IF EXISTS user_profile', 'DROP TABLE IF EXISTS attachment_ref', 'DROP TABLE IF EXISTS attachment']) await q.query(s);
  }
}
