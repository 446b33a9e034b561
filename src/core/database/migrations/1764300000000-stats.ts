import { MigrationInterface, QueryRunner } from 'typeorm';

/** Standing facts per JST month, department and kind: originals count +1 where they were made; a reversal −1 there too. */
export const STATS_MONTH_TRIGGER_SQL = [
  `CREATE TRIGGER contribution_stats_insert AFTER INSERT ON contribution WHEN NEW.reverses_id IS NULL
   BEGIN
     INSERT INTO stats_month (month, fiscal_year, department_id, kind, n)
       VALUES (strftime('%Y-%m', NEW.occurred_at, '+9 hours'), NEW.fiscal_year, COALESCE(NEW.department_id, 0), NEW.kind, 1)
       ON CONFLICT (month, department_id, kind) DO UPDATE SET n = n + 1;
     INSERT INTO stats_month_person (month, fiscal_year, department_id, user_id, n)
       SELECT strftime('%Y-%m', NEW.occurred_at, '+9 hours'), NEW.fiscal_year, COALESCE(NEW.department_id, 0), NEW.user_id, 1
        WHERE NEW.kind IN ('QUESTION_POSTED', 'CASE_POSTED', 'IDEA_POSTED', 'ANSWER_POSTED', 'COMMENT_POSTED', 'STAMP_GIVEN')
       ON CONFLICT (month, department_id, user_id) DO UPDATE SET n = n + 1;
   END`,
  `CREATE TRIGGER contribution_stats_reversal AFTER INSERT ON contribution WHEN NEW.reverses_id IS NOT NULL
   BEGIN
     UPDATE stats_month SET n = n - 1
      WHERE (month, department_id, kind) = (SELECT strftime('%Y-%m', o.occurred_at, '+9 hours'), COALESCE(o.department_id, 0), o.kind
                                               FROM contribution o WHERE o.id = NEW.reverses_id);
     UPDATE stats_month_person SET n = n - 1
      WHERE (month, department_id, user_id) = (SELECT strftime('%Y-%m', o.occurred_at, '+9 hours'), COALESCE(o.department_id, 0), o.user_id
                                                  FROM contribution o WHERE o.id = NEW.reverses_id
                                                   AND o.kind IN ('QUESTION_POSTED', 'CASE_POSTED', 'IDEA_POSTED', 'ANSWER_POSTED', 'COMMENT_POSTED', 'STAMP_GIVEN'));
   END`,
];

/** The aggregates recomputed from the ledger (the rebuild command and the migration use the same SQL). */
export const STATS_MONTH_REBUILD_SQL = [
  'DELETE FROM stats_month',
  'DELETE FROM stats_month_person',
  `INSERT INTO stats_month (month, fiscal_year, department_id, kind, n)
   SELECT strftime('%Y-%m', c.occurred_at, '+9 hours'), c.fiscal_year, COALESCE(c.department_id, 0), c.kind, COUNT(*)
     FROM contribution c
    WHERE c.reverses_id IS NULL AND NOT EXISTS (SELECT 1 FROM contribution r WHERE r.reverses_id = c.id)
    GROUP BY 1, 3, 4`,
  `INSERT INTO stats_month_person (month, fiscal_year, department_id, user_id, n)
   SELECT strftime('%Y-%m', c.occurred_at, '+9 hours'), c.fiscal_year, COALESCE(c.department_id, 0), c.user_id, COUNT(*)
     FROM contribution c
    WHERE c.reverses_id IS NULL AND NOT EXISTS (SELECT 1 FROM contribution r WHERE r.reverses_id = c.id)
      AND c.kind IN ('QUESTION_POSTED', 'CASE_POSTED', 'IDEA_POSTED', 'ANSWER_POSTED', 'COMMENT_POSTED', 'STAMP_GIVEN')
    GROUP BY 1, 3, 4`,
];

/**
 * Statistics (#11): the 年度 leaderboard is opt-in per person (off by default); and the ledger's
 * standing facts pre-aggregated per JST month and department (counts per kind, and per person
 * for "active contributors"), kept by triggers in the same transaction as each fact and
 * rebuilt from the ledger by `npm run stats:rebuild` (which also verifies them).
 */
export class Stats1764300000000 implements MigrationInterface {
  name = 'Stats1764300000000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      'ALTER TABLE user_preference ADD COLUMN leaderboard_opt_in INTEGER NOT NULL DEFAULT 0',
      'CREATE INDEX idx_contribution_fiscal_year ON contribution(fiscal_year, department_id)',
      // Response times read questions by kind and date and their answers by question: covering indexes.
      'CREATE INDEX idx_post_question_response ON post(kind, created_at, deleted_at, department_id, author_id, accepted_answer_id, anonymous)',
      'CREATE INDEX idx_answer_response ON answer(post_id, deleted_at, author_id, created_at)',
      `CREATE TABLE stats_month (
        month TEXT NOT NULL,
        fiscal_year INTEGER NOT NULL,
        department_id INTEGER NOT NULL,
        kind TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (month, department_id, kind)
      )`,
      'CREATE INDEX idx_stats_month_fy ON stats_month(fiscal_year, department_id)',
      `CREATE TABLE stats_month_person (
        month TEXT NOT NULL,
        fiscal_year INTEGER NOT NULL,
        department_id INTEGER NOT NULL,
        user_id INTEGER NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (month, department_id, user_id)
      )`,
      'CREATE INDEX idx_stats_month_person_fy ON stats_month_person(fiscal_year, department_id)',
      ...STATS_MONTH_TRIGGER_SQL,
      ...STATS_MONTH_REBUILD_SQL,
    ];
    for (const s of statements) await q.query(s);
  }

  async down(q: QueryRunner): Promise<void> {
    const statements = [
      'DROP TRIGGER IF EXISTS contribution_stats_reversal',
      'DROP TRIGGER IF EXISTS contribution_stats_insert',
      'DROP TABLE IF EXISTS stats_month_person',
      'DROP TABLE IF EXISTS stats_month',
      'DROP INDEX IF EXISTS idx_answer_response',
      'DROP INDEX IF EXISTS idx_post_question_response',
      'DROP INDEX IF EXISTS idx_contribution_fiscal_year',
      'ALTER TABLE user_preference DROP COLUMN leaderboard_opt_in',
    ];
    for (const s of statements) await q.query(s);
  }
}
