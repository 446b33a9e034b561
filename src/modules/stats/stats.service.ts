import { Inject, Injectable } from '@nestjs/common';
import { Viewer } from '../../core/auth/viewer';
import { APP_CONFIG, AppConfig } from '../../core/config/config';
import { DbService } from '../../core/database/db.service';
import { badInput, forbidden, notFound } from '../../core/errors/app-error';
import { can, requireCapability } from '../../core/policy/capabilities';
import { fiscalYearLabel, fiscalYear as fiscalYearOf, jstDayStartIso } from '../../core/time/jst';
import { Department } from '../users/user.model';
import { UsersService } from '../users/users.service';
import { ContributionStats, DepartmentStats, LeaderboardEntry, StatsGranularity, StatsPeriod, StatsResponse, StatsTotals } from './stats.model';
import { KindCount, StatsRepository } from './stats.repository';

const KIND_FIELD: Record<string, keyof StatsTotals> = {
  QUESTION_POSTED: 'questions',
  CASE_POSTED: 'cases',
  IDEA_POSTED: 'ideas',
  ANSWER_POSTED: 'answers',
  ANSWER_ACCEPTED: 'acceptedAnswers',
  COMMENT_POSTED: 'comments',
  STAMP_GIVEN: 'stampsGiven',
  STAMP_RECEIVED: 'stampsReceived',
  /** a department's cases adopted by other departments (導入中・導入済み) */
  CASE_ADOPTED: 'adoptions',
};

const emptyTotals = (): StatsTotals => ({
  questions: 0,
  cases: 0,
  ideas: 0,
  answers: 0,
  acceptedAnswers: 0,
  comments: 0,
  stampsGiven: 0,
  stampsReceived: 0,
  adoptions: 0,
  activeContributors: 0,
});

/** JST date range [start, end) of a 年度. */
const fyRange = (fy: number) => ({ from: `${fy}-04-01`, until: `${fy + 1}-04-01` });

const percentile = (sorted: number[], p: number): number | null => {
  if (sorted.length === 0) return null;
  const idx = (sorted.length - 1) * p;
  const lo = Math.floor(idx);
  const hi = Math.ceil(idx);
  return Math.round((sorted[lo] + (sorted[hi] - sorted[lo]) * (idx - lo)) * 10) / 10;
};

interface Row {
  key: string;
  department: Department | null;
  label: string;
  /** Departments whose facts belong to this row. */
  departmentIds: number[];
  people: Set<number>;
}

/**
 * Contribution statistics by 年度 and department, from the ledger's standing facts (see
 * StatsRepository) and the source tables (questions and answers for response times).
 *
 * Privacy by construction: a group of fewer people than STATS_MIN_GROUP_SIZE (people assigned
 * to it at any time in the 年度) shows no figures. Among sibling rows (a department's
 * sub-departments and its own direct members), when the hidden rows together hold fewer than
 * that many people, the next smallest rows are hidden too, so a parent total minus its visible
 * rows never reveals a small group; a department asked for on its own is hidden whenever it
 * would be hidden among its siblings. Per-person figures exist only on the opt-in leaderboard.
 */
@Injectable()
export class StatsService {
  constructor(
    private readonly db: DbService,
    private readonly repo: StatsRepository,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get minGroupSize(): number {
    return this.config.statsMinGroupSize;
  }

  private childrenOf(parentId: number | null): Department[] {
    return [...this.users.departments().values()].filter((d) => (d.parentId ? Number(d.parentId) : null) === parentId);
  }

  /** People per department in a 年度 (direct members only). */
  private membersByDepartment(fy: number): Map<number, Set<number>> {
    const { from, until } = fyRange(fy);
    const m = new Map<number, Set<number>>();
    for (const r of this.repo.members(from, until)) {
      const s = m.get(r.department_id) ?? new Set<number>();
      s.add(r.user_id);
      m.set(r.department_id, s);
    }
    return m;
  }

  private peopleIn(ids: readonly number[], members: Map<number, Set<number>>): Set<number> {
    const out = new Set<number>();
    for (const id of ids) for (const u of members.get(id) ?? []) out.add(u);
    return out;
  }

  /**
   * The rows under a parent (null: the organisation): each sub-department with everything below
   * it, and the parent's own direct members; with complementary suppression applied.
   */
  private rowsUnder(parentId: number | null, members: Map<number, Set<number>>): { row: Row; suppressed: boolean }[] {
    const min = this.minGroupSize;
    const rows: Row[] = this.childrenOf(parentId).map((d) => {
      const ids = this.users.departmentSubtree(Number(d.id));
      return { key: d.id, department: d, label: d.name, departmentIds: ids, people: this.peopleIn(ids, members) };
    });
    if (parentId !== null) {
      const parent = this.users.department(parentId)!;
      rows.push({
        key: `direct:${parentId}`,
        department: null,
        label: `${parent.name}（直属）`,
        departmentIds: [parentId],
        people: this.peopleIn([parentId], members),
      });
    }
    const present = rows.filter((r) => r.people.size > 0);
    const hidden = new Set(present.filter((r) => r.people.size < min).map((r) => r.key));
    const hiddenPeople = () => present.filter((r) => hidden.has(r.key)).reduce((n, r) => n + r.people.size, 0);
    // Complementary suppression: the hidden rows together must hold at least `min` people.
    const visibleBySize = present.filter((r) => !hidden.has(r.key)).sort((a, b) => a.people.size - b.people.size);
    while (hidden.size > 0 && hiddenPeople() < min && visibleBySize.length > 0) hidden.add(visibleBySize.shift()!.key);
    return present.map((row) => ({ row, suppressed: hidden.has(row.key) }));
  }

  /** Would this department be hidden, on its own or among its siblings (in this 年度)? */
  private departmentHidden(id: number, members: Map<number, Set<number>>): boolean {
    for (let cur = this.users.department(id); cur; cur = cur.parentId ? this.users.department(Number(cur.parentId)) : null) {
      const parentId = cur.parentId ? Number(cur.parentId) : null;
      const mine = this.rowsUnder(parentId, members).find((r) => r.row.key === cur!.id);
      if (!mine || mine.suppressed) return true;
    }
    return false;
  }

  private totalsOf(counts: KindCount[], departmentIds: Set<number> | null, active: { department_id: number | null; user_id: number }[]): StatsTotals {
    const t = emptyTotals();
    for (const c of counts) {
      if (departmentIds && (c.department_id === null || !departmentIds.has(c.department_id))) continue;
      const f = KIND_FIELD[c.kind];
      if (f) t[f] += c.n;
    }
    t.activeContributors = new Set(
      active.filter((a) => !departmentIds || (a.department_id !== null && departmentIds.has(a.department_id))).map((a) => a.user_id),
    ).size;
    return t;
  }

  private seriesOf(fy: number, departmentIds: number[] | null, granularity: StatsGranularity): StatsPeriod[] {
    const { counts, active } = this.repo.series(fy, departmentIds, granularity);
    const periods: string[] = [];
    if (granularity === StatsGranularity.MONTH) {
      for (let i = 0; i < 12; i++) {
        const m = ((3 + i) % 12) + 1;
        periods.push(`${m >= 4 ? fy : fy + 1}-${String(m).padStart(2, '0')}-01`);
      }
    } else {
      // Mondays from the week holding 1 April to the last before 1 April next year.
      const start = new Date(`${fy}-04-01T00:00:00Z`);
      start.setUTCDate(start.getUTCDate() - ((start.getUTCDay() + 6) % 7));
      for (const d = start; d.toISOString().slice(0, 10) < `${fy + 1}-04-01`; d.setUTCDate(d.getUTCDate() + 7)) periods.push(d.toISOString().slice(0, 10));
    }
    const by = new Map(
      periods.map((p) => [
        p,
        { periodStart: p, questions: 0, cases: 0, ideas: 0, answers: 0, acceptedAnswers: 0, comments: 0, stampsGiven: 0, activeContributors: 0 },
      ]),
    );
    for (const c of counts) {
      const row = by.get(c.period);
      const f = KIND_FIELD[c.kind] as keyof StatsPeriod | undefined;
      if (row && f && f in row && f !== 'periodStart') (row[f] as number) += c.n;
    }
    for (const a of active) {
      const row = by.get(a.period);
      if (row) row.activeContributors = a.n;
    }
    return [...by.values()];
  }

  private responseOf(fy: number, departmentIds: number[] | null, now: Date) {
    const { from, until } = fyRange(fy);
    // The list names questions: an anonymous one is listed only organisation-wide, never under a
    // department (that would tell which department its asker is in). Counts include it.
    const r = this.repo.response(jstDayStartIso(from)!, jstDayStartIso(until)!, departmentIds, now, departmentIds === null);
    const response: StatsResponse = {
      questions: r.questions,
      medianFirstAnswerHours: percentile(r.firstAnswerHours, 0.5),
      p90FirstAnswerHours: percentile(r.firstAnswerHours, 0.9),
      medianAcceptedHours: percentile(r.acceptedHours, 0.5),
      resolutionRate: r.questions ? Math.round((r.acceptedHours.length / r.questions) * 1000) / 1000 : null,
      unansweredOver3Days: r.unansweredOver3Days,
      unansweredOver7Days: r.unansweredOver7Days,
      unansweredOver30Days: r.unansweredOver30Days,
    };
    const unanswered = r.oldestUnanswered.map((q) => ({
      id: String(q.id),
      title: q.title,
      createdAt: q.created_at,
      ageDays: Math.floor((now.getTime() - Date.parse(q.created_at)) / 86_400_000),
    }));
    return { response, unanswered };
  }

  /**
   * `contributionStats`: staff see the organisation's totals; a manager a department in their
   * scope (and its sub-departments); the DX office and admins any department and the
   * comparison of the organisation's departments.
   */
  contributionStats(
    viewer: Viewer,
    input: { fiscalYear: number; departmentId?: number | null; includeSubdepartments?: boolean | null; granularity?: StatsGranularity | null },
    now = new Date(),
  ): ContributionStats {
    const fy = input.fiscalYear;
    if (fy > fiscalYearOf(now) + 1) throw badInput('まだ始まっていない年度です。', 'fiscalYear');
    const granularity = input.granularity ?? StatsGranularity.MONTH;
    const withSubs = input.includeSubdepartments ?? true;
    let department: Department | null = null;
    if (input.departmentId) {
      requireCapability(viewer, 'stats.viewDepartment');
      department = this.users.department(input.departmentId);
      if (!department) throw notFound('部署');
      if (!can(viewer, 'stats.viewOrganisation') && !this.users.managedScope(viewer.id).has(input.departmentId)) {
        throw forbidden('管理範囲の部署の統計だけを見られます。');
      }
    }
    const members = this.membersByDepartment(fy);
    const departmentIds = department ? (withSubs ? this.users.departmentSubtree(Number(department.id)) : [Number(department.id)]) : null;
    const people = departmentIds ? this.peopleIn(departmentIds, members) : new Set([...members.values()].flatMap((s) => [...s]));
    const min = this.minGroupSize;
    let suppressedReason = '';
    if (people.size < min) suppressedReason = `${min}人未満のため表示しません`;
    else if (department && this.departmentHidden(Number(department.id), members)) {
      suppressedReason = `ほかの少人数の部署が分かってしまうため表示しません（${min}人未満の集団を守るため）`;
    } else if (
      department &&
      !withSubs &&
      this.rowsUnder(Number(department.id), members).find((r) => r.row.key === `direct:${department!.id}`)?.suppressed !== false
    ) {
      suppressedReason = `下の部署を含めない数字は、少人数の部署が分かってしまうため表示しません（${min}人未満の集団を守るため）`;
    }
    const base = {
      fiscalYear: fy,
      fiscalYearLabel: fiscalYearLabel(fy),
      department,
      minGroupSize: min,
      groupSize: people.size,
    };
    if (suppressedReason) {
      return { ...base, suppressed: true, suppressedReason, totals: null, previousTotals: null, series: [], byDepartment: [], response: null, unanswered: [] };
    }
    const idSet = departmentIds ? new Set(departmentIds) : null;
    // One pass over the 年度's facts serves the totals and every department row.
    const counts = this.repo.kindCounts(fy, departmentIds);
    const active = this.repo.activePeople(fy, departmentIds);
    const totals = this.totalsOf(counts, idSet, active);
    // The same group in the previous 年度, under the same rule.
    const prevMembers = this.membersByDepartment(fy - 1);
    const prevPeople = departmentIds ? this.peopleIn(departmentIds, prevMembers) : new Set([...prevMembers.values()].flatMap((s) => [...s]));
    const previousTotals =
      prevPeople.size >= min && !(department && this.departmentHidden(Number(department.id), prevMembers))
        ? this.totalsOf(this.repo.kindCounts(fy - 1, departmentIds), idSet, this.repo.activePeople(fy - 1, departmentIds))
        : null;
    // Department comparison: the DX office and admins for the organisation or any department;
    // a manager below a department in their scope; never staff.
    let byDepartment: DepartmentStats[] = [];
    const mayCompare = department ? withSubs : can(viewer, 'stats.viewOrganisation');
    if (mayCompare) {
      const rows = this.rowsUnder(department ? Number(department.id) : null, members);
      byDepartment = rows.map(({ row, suppressed }) => ({
        department: row.department,
        label: row.label,
        suppressed,
        totals: suppressed ? null : this.totalsOf(counts, new Set(row.departmentIds), active),
      }));
    }
    const { response, unanswered } = this.responseOf(fy, departmentIds, now);
    return {
      ...base,
      suppressed: false,
      suppressedReason: '',
      totals,
      previousTotals,
      series: this.seriesOf(fy, departmentIds, granularity),
      byDepartment,
      response,
      unanswered,
    };
  }

  /** Where the monthly aggregate (kept by triggers with each fact) disagrees with the ledger; empty when consistent. */
  verifyAggregate(onStep?: (step: number, of: number, label: string) => void) {
    return this.repo.aggregateDifferences(onStep);
  }

  /** `npm run stats:rebuild`: recomputes the monthly aggregate from the ledger in one transaction. */
  rebuildAggregate(): void {
    this.db.tx(() => this.repo.rebuildAggregate());
  }

  /** The 年度 leaderboard: only people who opted in (off by default), never anonymous facts. */
  leaderboard(fy: number, first: number): LeaderboardEntry[] {
    const rows = this.repo.leaderboard(fy, first);
    const users = this.users.findByIds(rows.map((r) => r.user_id));
    return rows.map((r, i) => ({ rank: i + 1, user: users[i]!, points: r.points, contributions: r.contributions })).filter((e) => e.user);
  }

  setLeaderboardOptIn(viewer: Viewer, optIn: boolean): void {
    this.repo.setLeaderboardOptIn(viewer.id, optIn, new Date().toISOString());
  }

  leaderboardOptIn(userId: number): boolean {
    return this.repo.leaderboardOptIn(userId);
  }
}
