import { MigrationInterface, QueryRunner } from 'typeorm';

/** Answers keep their edit history like posts do; deletion is soft and records who did it. */
export class AnswerRevisions1764000000000 implements MigrationInterface {
  name = 'AnswerRevisions1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE answer_revision (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      answer_id INTEGER NOT NULL REFERENCES answer(id),
      revision INTEGER NOT NULL,
      editor_id INTEGER NOT NULL REFERENCES app_user(id),
      body TEXT NOT NULL,
      created_at TEXT NOT NULL,
      UNIQUE (answer_id, revision)
    )`);
    await q.query('ALTER TABLE answer ADD COLUMN revision INTEGER NOT NULL DEFAULT 1');
    await q.query('ALTER TABLE answer ADD COLUMN deleted_by_id INTEGER REFERENCES app_user(id)');
    // The first revision of every existing answer is its current body.
    await q.query(`INSERT INTO answer_revision (answer_id, revision, editor_id, body, created_at)
      SELECT id, 1, author_id, body, created_at FROM answer`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS answer_revision');
    await q.query('ALTER TABLE answer DROP COLUMN deleted_by_id');
    await q.query('ALTER TABLE answer DROP COLUMN revision');
  }
}
