import { Injectable } from '@nestjs/common';
import { DbService } from '../../core/database/db.service';
import { STATS_MONTH_REBUILD_SQL } from '../../core/database/migrations/1764300000000-stats';
import { STATS_SPEED_REBUILD_SQL, STATS_YEAR_PERSON_EXPECTED_SQL } from '../../core/database/migrations/1764400000000-stats-speed';
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

export interface QuestionResponse {
  questions: number;
  /** Sorted ascending. */
  firstAnswerHours: number[];
  /** Sorted ascending. */
  acceptedHours: number[];
  unansweredOver3Days: number;
  unansweredOver7Days: number;
  unansweredOver30Days: number;
  oldestUnanswered: { id: number; title: string; created_at: string }[];
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

  /** Who did something (distinct people) per department in a 年度 (from the yearly per-person aggregate). */
  activePeople(fiscalYear: number, departmentIds: readonly number[] | null): { department_id: number | null; user_id: number }[] {
    const params: Record<string, unknown> = { fy: fiscalYear };
    return this.db.all(
      `SELECT NULLIF(s.department_id, 0) AS department_id, s.user_id FROM stats_year_person s
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

  /**
   * Response times of the questions asked in [from, until) (UTC instants): hours to the first
   * answer by someone else and to the accepted answer (each sorted), how many are still without
   * an answer after 3, 7 and 30 days at `now`, and the 20 oldest of those (anonymous ones only
   * when `withAnonymous`).
   */
  response(from: string, until: string, departmentIds: readonly number[] | null, now: Date, withAnonymous: boolean): QuestionResponse {
    const params: Record<string, unknown> = { from, until };
    const where = `p.kind = 'QUESTION' AND p.deleted_at IS NULL AND p.created_at >= @from AND p.created_at < @until
      AND ${inList('p.department_id', departmentIds, params)}`;
    const hours = (sql: string) => this.db.all<{ h: number }>(sql, params).map((r) => r.h);
    const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000).toISOString();
    const counts = this.db.get<{ n: number; o3: number | null; o7: number | null; o30: number | null }>(
      `SELECT COUNT(*) AS n, SUM(p.first_answer_at IS NULL AND p.created_at <= @d4) AS o3,
              SUM(p.first_answer_at IS NULL AND p.created_at <= @d8) AS o7, SUM(p.first_answer_at IS NULL AND p.created_at <= @d31) AS o30
         FROM post p WHERE ${where}`,
      { ...params, d4: daysAgo(4), d8: daysAgo(8), d31: daysAgo(31) },
    )!;
    return {
      questions: counts.n,
      // julianday() differences in days, as hours.
      firstAnswerHours: hours(
        `SELECT (julianday(p.first_answer_at) - julianday(p.created_at)) * 24 AS h FROM post p WHERE ${where} AND p.first_answer_at IS NOT NULL ORDER BY h`,
      ),
      acceptedHours: hours(
        `SELECT (julianday(a.accepted_at) - julianday(p.created_at)) * 24 AS h FROM post p
           JOIN answer a ON a.id = p.accepted_answer_id AND a.deleted_at IS NULL AND a.accepted_at IS NOT NULL
          WHERE ${where} ORDER BY h`,
      ),
      unansweredOver3Days: counts.o3 ?? 0,
      unansweredOver7Days: counts.o7 ?? 0,
      unansweredOver30Days: counts.o30 ?? 0,
      oldestUnanswered: this.db.all<{ id: number; title: string; created_at: string }>(
        `SELECT p.id, p.title, p.created_at FROM post p
          WHERE ${where} AND p.first_answer_at IS NULL ${withAnonymous ? '' : 'AND p.anonymous = 0'} ORDER BY p.created_at LIMIT 20`,
        params,
      ),
    };
  }

  // ---- the monthly aggregate: rebuild and verify ---------------------------------------------

  /** Rows where the aggregate and a recomputation from the ledger disagree (none when consistent). */
  aggregateDifferences(
    onStep: (step: number, of: number, label: string) => void = () => {},
  ): { table: string; month: string; department_id: number; key: string; stored: number | null; expected: number | null }[] {
    const expectedMonth = `SELECT strftime('%Y-%m', c.occurred_at, '+9 hours') AS month, COALESCE(c.department_id, 0) AS department_id, c.kind AS key, COUNT(*) AS n
      FROM contribution c WHERE ${STANDING} GROUP BY 1, 2, 3`;
    const expectedPerson = `SELECT strftime('%Y-%m', c.occurred_at, '+9 hours') AS month, COALESCE(c.department_id, 0) AS department_id, CAST(c.user_id AS TEXT) AS key, COUNT(*) AS n
      FROM contribution c WHERE ${STANDING} AND c.kind IN (${ACTIVE_IN}) GROUP BY 1, 2, 3`;
    // Compared in memory (a few hundred thousand small rows at city scale): a join of the two
    // aggregates in SQL has no index to use and takes far longer.
    type Diff = { table: string; month: string; department_id: number; key: string; stored: number | null; expected: number | null };
    const diff = (table: string, stored: string, expected: string): Diff[] => {
      type R = { month: string; department_id: number; key: string; n: number };
      const id = (r: R) => `${r.month}|${r.department_id}|${r.key}`;
      const want = new Map(this.db.all<R>(expected).map((r) => [id(r), r]));
      const out: Diff[] = [];
      for (const r of this.db.all<R>(stored)) {
        const e = want.get(id(r));
        want.delete(id(r));
        if (e?.n !== r.n) out.push({ table, month: r.month, department_id: r.department_id, key: r.key, stored: r.n, expected: e?.n ?? null });
      }
      for (const e of want.values()) out.push({ table, month: e.month, department_id: e.department_id, key: e.key, stored: null, expected: e.n });
      return out.slice(0, 100);
    };
    const expectedYear = STATS_YEAR_PERSON_EXPECTED_SQL;
    onStep(1, 4, '質問の最初の回答 / first answers');
    const firstAnswers = this.db.all<{ id: number; stored: string | null; expected: string | null }>(
      `SELECT p.id, p.first_answer_at AS stored,
              (SELECT MIN(a.created_at) FROM answer a WHERE a.post_id = p.id AND a.deleted_at IS NULL AND a.author_id <> p.author_id) AS expected
         FROM post p WHERE stored IS NOT expected LIMIT 100`,
    );
    onStep(2, 4, '月別の件数 / monthly counts');
    const month = diff('stats_month', 'SELECT month, department_id, kind AS key, n FROM stats_month WHERE n <> 0', expectedMonth);
    onStep(3, 4, '月別の活動した人 / monthly active people');
    const person = diff(
      'stats_month_person',
      'SELECT month, department_id, CAST(user_id AS TEXT) AS key, n FROM stats_month_person WHERE n <> 0',
      expectedPerson,
    );
    onStep(4, 4, '年度別の個人 / yearly per person');
    const year = diff(
      'stats_year_person',
      `SELECT CAST(fiscal_year AS TEXT) AS month, department_id, user_id || ':' || named_points || ':' || named_n AS key, n FROM stats_year_person
          WHERE n <> 0 OR named_points <> 0 OR named_n <> 0`,
      `SELECT CAST(fiscal_year AS TEXT) AS month, department_id, user_id || ':' || named_points || ':' || named_n AS key, n FROM (${expectedYear})
          WHERE n <> 0 OR named_points <> 0 OR named_n <> 0`,
    );
    const first = firstAnswers.map((r) => ({
      table: 'post.first_answer_at',
      month: '',
      department_id: 0,
      key: `post ${r.id}: ${r.stored ?? '—'} / ${r.expected ?? '—'}`,
      stored: null,
      expected: null,
    }));
    return [...first, ...month, ...person, ...year];
  }

  /** Recomputes the aggregate from the ledger (inside the caller's transaction). */
  rebuildAggregate(): void {
    for (const sql of [...STATS_MONTH_REBUILD_SQL, ...STATS_SPEED_REBUILD_SQL]) this.db.run(sql);
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
      `SELECT s.user_id, SUM(s.named_points) AS points, SUM(s.named_n) AS contributions
         FROM stats_year_person s
         JOIN user_preference up ON up.user_id = s.user_id AND up.leaderboard_opt_in = 1
         JOIN app_user u ON u.id = s.user_id AND u.disabled = 0
        WHERE s.fiscal_year = @fy
        GROUP BY s.user_id HAVING points > 0
        ORDER BY points DESC, s.user_id LIMIT @limit`,
      { fy: fiscalYear, limit },
    );
  }
}
