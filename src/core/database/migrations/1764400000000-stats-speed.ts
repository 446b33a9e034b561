import { MigrationInterface, QueryRunner } from 'typeorm';

const ACTIVE = `('QUESTION_POSTED', 'CASE_POSTED', 'IDEA_POSTED', 'ANSWER_POSTED', 'COMMENT_POSTED', 'STAMP_GIVEN')`;

/**
 * Standing facts per 年度, department and person: `n` counts what the person did (all facts,
 * anonymous ones included: active contributors), `named_points` and `named_n` only facts made
 * under their name (the opt-in leaderboard never counts anonymous facts).
 */
export const STATS_YEAR_PERSON_TRIGGER_SQL = [
  `CREATE TRIGGER contribution_stats_year_insert AFTER INSERT ON contribution WHEN NEW.reverses_id IS NULL
   BEGIN
     INSERT INTO stats_year_person (fiscal_year, department_id, user_id, n, named_points, named_n)
       VALUES (NEW.fiscal_year, COALESCE(NEW.department_id, 0), NEW.user_id, NEW.kind IN ${ACTIVE},
               CASE WHEN NEW.anonymous = 0 THEN NEW.points ELSE 0 END, NEW.anonymous = 0 AND NEW.kind IN ${ACTIVE})
       ON CONFLICT (fiscal_year, department_id, user_id) DO UPDATE
         SET n = n + excluded.n, named_points = named_points + excluded.named_points, named_n = named_n + excluded.named_n;
   END`,
  `CREATE TRIGGER contribution_stats_year_reversal AFTER INSERT ON contribution WHEN NEW.reverses_id IS NOT NULL
   BEGIN
     UPDATE stats_year_person
        SET n = n - (SELECT o.kind IN ${ACTIVE} FROM contribution o WHERE o.id = NEW.reverses_id),
            named_points = named_points - (SELECT CASE WHEN o.anonymous = 0 THEN o.points ELSE 0 END FROM contribution o WHERE o.id = NEW.reverses_id),
            named_n = named_n - (SELECT o.anonymous = 0 AND o.kind IN ${ACTIVE} FROM contribution o WHERE o.id = NEW.reverses_id)
      WHERE (fiscal_year, department_id, user_id) = (SELECT o.fiscal_year, COALESCE(o.department_id, 0), o.user_id FROM contribution o WHERE o.id = NEW.reverses_id);
   END`,
];

/** A question's first answer by someone other than its asker (not deleted): kept on the post by triggers on `answer`. */
const FIRST_ANSWER = `(SELECT MIN(a.created_at) FROM answer a WHERE a.post_id = post.id AND a.deleted_at IS NULL AND a.author_id <> post.author_id)`;

export const FIRST_ANSWER_TRIGGER_SQL = [
  `CREATE TRIGGER answer_first_answer_insert AFTER INSERT ON answer
   BEGIN UPDATE post SET first_answer_at = ${FIRST_ANSWER} WHERE id = NEW.post_id; END`,
  `CREATE TRIGGER answer_first_answer_update AFTER UPDATE OF deleted_at, post_id, author_id, created_at ON answer
   BEGIN UPDATE post SET first_answer_at = ${FIRST_ANSWER} WHERE id IN (NEW.post_id, OLD.post_id); END`,
  `CREATE TRIGGER answer_first_answer_delete AFTER DELETE ON answer
   BEGIN UPDATE post SET first_answer_at = ${FIRST_ANSWER} WHERE id = OLD.post_id; END`,
];

/** The yearly per-person aggregate computed from the ledger (the rebuild and the verification). */
export const STATS_YEAR_PERSON_EXPECTED_SQL = `SELECT c.fiscal_year AS fiscal_year, COALESCE(c.department_id, 0) AS department_id, c.user_id AS user_id,
       SUM(c.kind IN ${ACTIVE}) AS n, SUM(CASE WHEN c.anonymous = 0 THEN c.points ELSE 0 END) AS named_points,
       SUM(c.anonymous = 0 AND c.kind IN ${ACTIVE}) AS named_n
  FROM contribution c
 WHERE c.reverses_id IS NULL AND NOT EXISTS (SELECT 1 FROM contribution r WHERE r.reverses_id = c.id)
 GROUP BY 1, 2, 3`;

/** Recomputes the yearly per-person aggregate and the questions' first answers (`npm run stats:rebuild`, and this migration). */
export const STATS_SPEED_REBUILD_SQL = [
  'DELETE FROM stats_year_person',
  `INSERT INTO stats_year_person (fiscal_year, department_id, user_id, n, named_points, named_n) ${STATS_YEAR_PERSON_EXPECTED_SQL}`,
  `UPDATE post SET first_answer_at = ${FIRST_ANSWER} WHERE first_answer_at IS NOT ${FIRST_ANSWER}`,
];

/**
 * Statistics at city scale (#11): the organisation dashboard and the leaderboard read small
 * aggregates instead of the ledger — covering indexes on the monthly aggregates, a yearly
 * per-person aggregate (active contributors, leaderboard points) kept by triggers with each
 * fact, and each question's first answer kept on the post (response times).
 */
export class StatsSpeed1764400000000 implements MigrationInterface {
  name = 'StatsSpeed1764400000000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      'CREATE INDEX idx_stats_month_cover ON stats_month(fiscal_year, department_id, kind, month, n)',
      'CREATE INDEX idx_stats_month_person_cover ON stats_month_person(fiscal_year, month, user_id, department_id, n)',
      `CREATE TABLE stats_year_person (
        fiscal_year INTEGER NOT NULL,
        department_id INTEGER NOT NULL,
        user_id INTEGER NOT NULL,
        n INTEGER NOT NULL,
        named_points INTEGER NOT NULL,
        named_n INTEGER NOT NULL,
        PRIMARY KEY (fiscal_year, department_id, user_id)
      ) WITHOUT ROWID`,
      'ALTER TABLE post ADD COLUMN first_answer_at TEXT',
      'DROP INDEX idx_post_question_response',
      'CREATE INDEX idx_post_question_response ON post(kind, created_at, deleted_at, department_id, first_answer_at, anonymous, accepted_answer_id)',
      ...STATS_YEAR_PERSON_TRIGGER_SQL,
      ...FIRST_ANSWER_TRIGGER_SQL,
      ...STATS_SPEED_REBUILD_SQL,
    ];
    for (const s of statements) await q.query(s);
  }

  async down(q: QueryRunner): Promise<void> {
    const statements = [
      'DROP TRIGGER IF EXISTS answer_first_answer_delete',
      'DROP TRIGGER IF EXISTS answer_first_answer_update',
      'DROP TRIGGER IF EXISTS answer_first_answer_insert',
      'DROP TRIGGER IF EXISTS contribution_stats_year_reversal',
      'DROP TRIGGER IF EXISTS contribution_stats_year_insert',
      'DROP INDEX IF EXISTS idx_post_question_response',
      'CREATE INDEX idx_post_question_response ON post(kind, created_at, deleted_at, department_id, author_id, accepted_answer_id, anonymous)',
      'ALTER TABLE post DROP COLUMN first_answer_at',
      'DROP TABLE IF EXISTS stats_year_person',
      'DROP INDEX IF EXISTS idx_stats_month_person_cover',
      'DROP INDEX IF EXISTS idx_stats_month_cover',
    ];
    for (const s of statements) await q.query(s);
  }
}
