import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Drafts and the personal-information guard (#13): each person's drafts of posts and answers
 * (private to their owner), the words the DX office lists for the guard, and who has seen the
 * posting guidelines once. The guidelines' text itself is an `app_setting` row.
 */
export class DraftsGuard1764810000000 implements MigrationInterface {
  name = 'DraftsGuard1764810000000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE draft (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        owner_id INTEGER NOT NULL REFERENCES app_user(id),
        kind TEXT NOT NULL,
        post_id INTEGER REFERENCES post(id),
        title TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '[]',
        case_details TEXT,
        anonymous INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`,
      'CREATE INDEX idx_draft_owner ON draft(owner_id, updated_at)',
      `CREATE TABLE guard_word (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        word TEXT NOT NULL UNIQUE,
        created_by_id INTEGER NOT NULL REFERENCES app_user(id),
        created_at TEXT NOT NULL
      )`,
      `CREATE TABLE guidelines_ack (
        user_id INTEGER PRIMARY KEY REFERENCES app_user(id),
        seen_at TEXT NOT NULL
      )`,
    ];
    for (const s of statements) await q.query(s);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const s of ['DROP TABLE IF EXISTS guidelines_ack', 'DROP TABLE IF EXISTS guard_word', 'DROP TABLE IF EXISTS draft']) await q.query(s);
  }
}
