import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Anonymity is a property of the thread. Until now only the asker's question (and stamps on
 * it) were marked anonymous in the ledger; the asker's own answers, comments and stamps in
 * that thread were not, so badges, expert counts and skill evidence could name the asker.
 *
 * The ledger is append-only, and this is the one correction that may touch old entries: the
 * `anonymous` flag is a privacy classification of the fact, not the fact itself (who, what,
 * when and points stay as they were). The triggers are lifted for this statement only.
 *
 * Also: rendered HTML is stored with the content (rendered once on write, like Discourse's
 * `cooked`), so a read never pays for Markdown; and create mutations remember their
 * idempotency keys so a double-clicked 投稿 creates one thing.
 */
export class AnonymousThread1764100000000 implements MigrationInterface {
  name = 'AnonymousThread1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER contribution_no_update');
    await q.query(`UPDATE contribution SET anonymous = 1
      WHERE anonymous = 0 AND post_id IN (SELECT id FROM post WHERE anonymous = 1)
        AND user_id = (SELECT author_id FROM post WHERE post.id = contribution.post_id)`);
    await q.query(`CREATE TRIGGER contribution_no_update BEFORE UPDATE ON contribution
      BEGIN SELECT RAISE(ABORT, 'contribution ledger is append-only'); END`);
    await q.query('ALTER TABLE post ADD COLUMN body_html TEXT');
    await q.query('ALTER TABLE answer ADD COLUMN body_html TEXT');
    await q.query(`CREATE TABLE idempotency_key (
      user_id INTEGER NOT NULL REFERENCES app_user(id),
      operation TEXT NOT NULL,
      key TEXT NOT NULL,
      result_id INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      PRIMARY KEY (user_id, operation, key)
    )`);
    await q.query('CREATE INDEX idx_idempotency_created ON idempotency_key(created_at)');
  }

  async down(q: QueryRunner): Promise<void> {
    // The anonymity classification is not reverted: un-anonymising facts would be a privacy regression.
    await q.query('DROP TABLE IF EXISTS idempotency_key');
    await q.query('ALTER TABLE answer DROP COLUMN body_html');
    await q.query('ALTER TABLE post DROP COLUMN body_html');
  }
}
