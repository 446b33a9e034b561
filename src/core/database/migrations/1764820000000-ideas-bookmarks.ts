import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * History, ideas and bookmarks (#13):
 * - an idea's status (提案 → 検討中 → 採用 / 見送り) on the post, with the note and who set it
 *   last, and every change kept in `idea_status_change` (append-only); NULL on an idea means
 *   提案 (PROPOSED), on other kinds it stays NULL;
 * - `revision_rollback`: which revision the DX office restored when a rollback wrote a new one
 *   (the revision tables stay as they are: history is append-only);
 * - `bookmark` (あとで読む): private to the person, newest first.
 */
export class IdeasBookmarks1764820000000 implements MigrationInterface {
  name = 'IdeasBookmarks1764820000000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      'ALTER TABLE post ADD COLUMN idea_status TEXT',
      'ALTER TABLE post ADD COLUMN idea_status_note TEXT',
      'ALTER TABLE post ADD COLUMN idea_status_changed_at TEXT',
      'ALTER TABLE post ADD COLUMN idea_status_changed_by_id INTEGER',
      `CREATE TABLE idea_status_change (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        post_id INTEGER NOT NULL REFERENCES post(id),
        status TEXT NOT NULL,
        previous_status TEXT NOT NULL,
        note TEXT,
        changed_by_id INTEGER NOT NULL REFERENCES app_user(id),
        created_at TEXT NOT NULL
      )`,
      'CREATE INDEX idx_idea_status_change_post ON idea_status_change(post_id, id)',
      `CREATE TABLE revision_rollback (
        target_type TEXT NOT NULL,
        target_id INTEGER NOT NULL,
        revision INTEGER NOT NULL,
        restored_revision INTEGER NOT NULL,
        by_id INTEGER NOT NULL REFERENCES app_user(id),
        created_at TEXT NOT NULL,
        PRIMARY KEY (target_type, target_id, revision)
      )`,
      `CREATE TABLE bookmark (
        user_id INTEGER NOT NULL REFERENCES app_user(id),
        post_id INTEGER NOT NULL REFERENCES post(id),
        created_at TEXT NOT NULL,
        PRIMARY KEY (user_id, post_id)
      )`,
      'CREATE INDEX idx_bookmark_user_created ON bookmark(user_id, created_at, post_id)',
    ];
    for (const s of statements) await q.query(s);
  }

  async down(q: QueryRunner): Promise<void> {
    const statements = [
      'DROP TABLE IF EXISTS bookmark',
      'DROP TABLE IF EXISTS revision_rollback',
      'DROP TABLE IF EXISTS idea_status_change',
      'ALTER TABLE post DROP COLUMN idea_status_changed_by_id',
      'ALTER TABLE post DROP COLUMN idea_status_changed_at',
      'ALTER TABLE post DROP COLUMN idea_status_note',
      'ALTER TABLE post DROP COLUMN idea_status',
    ];
    for (const s of statements) await q.query(s);
  }
}
