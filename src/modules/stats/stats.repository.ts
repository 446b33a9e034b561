import { Injectable } from '@nestjs/common';
import { DbService } from '../../core/database/db.service';
import { STATS_MONTH_REBUILD_SQL } from '../../core/database/migrations/1764300000000-stats';
import { namedIn } from '../../core/database/sql';

/**
 * The statistics read the ledger's facts that still stand: an original entry (not a reversal)
 * that has not been reversed. A withdrawn contribution therefore does not count at all, and a
 * standing one counts in the department, period and 年度 in which it was made — the same rule
 * as the skill record (which nets a reversal into its original's 年度).
 */
const STANDING = 'c.reverses_id IS NULL AND NOT EXISTS (SELECT 1 FROM contribution r WHERE r.reverses_id = c.id)';

/** Kinds a person does (not receives): their distinct people are the active contributors. */
export const ACTIVE_KINDS = ['QUESTION_POSTED', 'CASE_POSTED', 'IDEA_POSTED', 'ANSWER_POSTED', 'COMMENT_POSTED', 'STAMP_GIVEN'] as const;
const ACTIVE_IN = ACTIVE_KINDS.map((k) => `'${k}'`).join(', ');

const PERIOD = {
  MONTH: "strftime('%Y-%m-01', c.occurred_at, '+9 hours')",
  WEEK: "date(c.occurred_at, '+9 hours', '-6 days', 'weekday 1')",
} as const;

export interface KindCount {
  department_id: number | null;
  kind: string;
  n: number;
}

export interface QuestionTiming {
  id: number;
  anonymous: number;
  created_at: string;
  first_answer_at: string | null;
  accepted_at: string | null;
}

/** A department list (null: the whole organisation). */
const inList = (column: string, ids: readonly number[] | null, params: Record<string, unknown>) => namedIn(column, ids, params, 'd');

/** SQL for the statistics: aggregates only (GROUP BY in SQLite), never a row per fact to JavaScript. */
@Injectable()
export class StatsRepository {
  constructor(private readonly db: DbService) {}

  /** Standing facts of a 年度 by department and kind (from the monthly aggregate). */
  kindCounts(fiscalYear: number, departmentIds: readonly number[] | null): KindCount[] {
    const params: Record<string, unknown> = { fy: fiscalYear };
    return this.db.all<KindCount>(
      `SELECT NULLIF(s.department_id, 0) AS department_id, s.kind, SUM(s.n) AS n FROM stats_month s
        WHERE s.fiscal_year = @fy AND ${inList('s.department_id', departmentIds, params)}
        GROUP BY s.department_id, s.kind HAVING SUM(s.n) <> 0`,
      params,
    );
  }

  /** Who did something (distinct people) per department in a 年度 (from the monthly aggregate). */
  activePeople(fiscalYear: number, departmentIds: readonly number[] | null): { department_id: number | null; user_id: number }[] {
    const params: Record<string, unknown> = { fy: fiscalYear };
    return this.db.all(
      `SELECT DISTINCT NULLIF(s.department_id, 0) AS department_id, s.user_id FROM stats_month_person s
        WHERE s.fiscal_year = @fy AND s.n > 0 AND ${inList('s.department_id', departmentIds, params)}`,
      params,
    );
  }

  /**
   * Standing facts per period and kind, and distinct active people per period: months from the
   * monthly aggregate, weeks (a department's view) from the ledger itself.
   */
  series(fiscalYear: number, departmentIds: readonly number[] | null, granularity: keyof typeof PERIOD) {
    if (granularity === 'MONTH') {
      const params: Record<string, unknown> = { fy: fiscalYear };
      const where = `s.fiscal_year = @fy AND ${inList('s.department_id', departmentIds, params)}`;
      return {
        counts: this.db.all<{ period: string; kind: string; n: number }>(
          `SELECT s.month || '-01' AS period, s.kind, SUM(s.n) AS n FROM stats_month s WHERE ${where} GROUP BY s.month, s.kind`,
          params,
        ),
        active: this.db.all<{ period: string; n: number }>(
          `SELECT s.month || '-01' AS period, COUNT(DISTINCT s.user_id) AS n FROM stats_month_person s WHERE ${where} AND s.n > 0 GROUP BY s.month`,
          params,
        ),
      };
    }
    const params: Record<string, unknown> = { fy: fiscalYear };
    const where = `c.fiscal_year = @fy AND ${inList('c.department_id', departmentIds, params)} AND ${STANDING}`;
    const counts = this.db.all<{ period: string; kind: string; n: number }>(
      `SELECT ${PERIOD[granularity]} AS period, c.kind, COUNT(*) AS n FROM contribution c WHERE ${where} GROUP BY period, c.kind`,
      params,
    );
    const active = this.db.all<{ period: string; n: number }>(
      `SELECT ${PERIOD[granularity]} AS period, COUNT(DISTINCT c.user_id) AS n FROM contribution c
        WHERE ${where} AND c.kind IN (${ACTIVE_IN}) GROUP BY period`,
      params,
    );
    return { counts, active };
  }

  /** People assigned (for at least a day) to a department between two JST dates [from, until). */
  members(from: string, until: string): { department_id: number; user_id: number }[] {
    return this.db.all('SELECT DISTINCT department_id, user_id FROM assignment WHERE start_date < @until AND (end_date IS NULL OR end_date > @from)', {
      from,
      until,
    });
  }

  /** Questions asked in [from, until) (UTC instants), with their first answer by someone else and their acceptance. */
  questions(from: string, until: string, departmentIds: readonly number[] | null): QuestionTiming[] {
    const params: Record<string, unknown> = { from, until };
    return this.db.all<QuestionTiming>(
      `SELECT p.id, p.created_at, p.anonymous,
              (SELECT MIN(a.created_at) FROM answer a WHERE a.post_id = p.id AND a.deleted_at IS NULL AND a.author_id <> p.author_id) AS first_answer_at,
              (SELECT a.accepted_at FROM answer a WHERE a.id = p.accepted_answer_id AND a.deleted_at IS NULL) AS accepted_at
         FROM post p
        WHERE p.kind = 'QUESTION' AND p.deleted_at IS NULL AND p.created_at >= @from AND p.created_at < @until
          AND ${inList('p.department_id', departmentIds, params)}
        ORDER BY p.created_at`,
      params,
    );
  }

  /** Titles of posts by id (the unanswered list shows at most 20). */
  titles(ids: readonly number[]): Map<number, string> {
    if (ids.length === 0) return new Map();
    const params: Record<string, unknown> = {};
    const rows = this.db.all<{ id: number; title: string }>(`SELECT id, title FROM post WHERE ${inList('id', ids, params)}`, params);
    return new Map(rows.map((r) => [r.id, r.title]));
  }

  // ---- the monthly aggregate: rebuild and verify ---------------------------------------------

  /** Rows where the aggregate and a recomputation from the ledger disagree (none when consistent). */
  aggregateDifferences(): { table: string; month: string; department_id: number; key: string; stored: number | null; expected: number | null }[] {
    const expectedMonth = `SELECT strftime('%Y-%m', c.occurred_at, '+9 hours') AS month, COALESCE(c.department_id, 0) AS department_id, c.kind AS key, COUNT(*) AS n
      FROM contribution c WHERE ${STANDING} GROUP BY 1, 2, 3`;
    const expectedPerson = `SELECT strftime('%Y-%m', c.occurred_at, '+9 hours') AS month, COALESCE(c.department_id, 0) AS department_id, CAST(c.user_id AS TEXT) AS key, COUNT(*) AS n
      FROM contribution c WHERE ${STANDING} AND c.kind IN (${ACTIVE_IN}) GROUP BY 1, 2, 3`;
    const diff = (table: string, stored: string, expected: string) =>
      this.db.all<{ table: string; month: string; department_id: number; key: string; stored: number | null; expected: number | null }>(
        `WITH s AS (${stored}), e AS (${expected})
         SELECT '${table}' AS "table", s.month, s.department_id, s.key, s.n AS stored, e.n AS expected
           FROM s LEFT JOIN e USING (month, department_id, key) WHERE e.n IS NOT s.n
         UNION ALL
         SELECT '${table}', e.month, e.department_id, e.key, NULL, e.n
           FROM e LEFT JOIN s USING (month, department_id, key) WHERE s.n IS NULL
         LIMIT 100`,
      );
    return [
      ...diff('stats_month', 'SELECT month, department_id, kind AS key, n FROM stats_month WHERE n <> 0', expectedMonth),
      ...diff('stats_month_person', 'SELECT month, department_id, CAST(user_id AS TEXT) AS key, n FROM stats_month_person WHERE n <> 0', expectedPerson),
    ];
  }

  /** Recomputes the aggregate from the ledger (inside the caller's transaction). */
  rebuildAggregate(): void {
    for (const sql of STATS_MONTH_REBUILD_SQL) this.db.run(sql);
  }

  // ---- leaderboard (opt-in) ---------------------------------------------------------------

  setLeaderboardOptIn(userId: number, optIn: boolean, now: string): void {
    this.db.run(
      `INSERT INTO user_preference (user_id, skills_public, leaderboard_opt_in, updated_at) VALUES (?, 0, ?, ?)
       ON CONFLICT(user_id) DO UPDATE SET leaderboard_opt_in = excluded.leaderboard_opt_in, updated_at = excluded.updated_at`,
      [userId, optIn ? 1 : 0, now],
    );
  }

  leaderboardOptIn(userId: number): boolean {
    return !!this.db.get<{ v: number }>('SELECT leaderboard_opt_in AS v FROM user_preference WHERE user_id = ?', [userId])?.v;
  }

  /** Points and standing contributions in a 年度 of active people who opted in; anonymous facts never count here. */
  leaderboard(fiscalYear: number, limit: number): { user_id: number; points: number; contributions: number }[] {
    return this.db.all(
      `SELECT c.user_id, SUM(c.points) AS points, SUM(CASE WHEN c.kind IN (${ACTIVE_IN}) THEN 1 ELSE 0 END) AS contributions
         FROM contribution c
         JOIN user_preference up ON up.user_id = c.user_id AND up.leaderboard_opt_in = 1
         JOIN app_user u ON u.id = c.user_id AND u.disabled = 0
        WHERE c.fiscal_year = @fy AND c.anonymous = 0 AND ${STANDING}
        GROUP BY c.user_id HAVING points > 0
        ORDER BY points DESC, c.user_id LIMIT @limit`,
      { fy: fiscalYear, limit },
    );
  }
}
