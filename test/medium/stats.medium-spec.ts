import { OrganisationService } from '../../src/modules/organisation/organisation.service';
import { StatsService } from '../../src/modules/stats/stats.service';
import { MediumContext } from './medium-context';
import type { MediumUser } from './medium-context';

/**
 * Statistics (#11): each contribution counted exactly once, in the department, month and 年度
 * it was made — also across an April transfer; a withdrawn one not at all; small groups hidden,
 * also when a parent total minus its visible parts would reveal them.
 */
const at = (jst: string) => new Date(`${jst}+09:00`);
const NOW = at('2026-12-01T09:00:00');

describe('contribution statistics', () => {
  let ctx: MediumContext;
  let stats: StatsService;
  let bu: number;
  let shimin: number;
  let madoguchi: number;
  let hoken: number;
  let tiny: number;
  const soudanId = () => ctx.db.get<{ id: number }>("SELECT id FROM department WHERE name = '相談室'")!.id;
  let a: MediumUser[];
  let p: MediumUser;
  let dx: MediumUser;
  let manager: MediumUser;
  let staff: MediumUser;

  beforeAll(async () => {
    ctx = await MediumContext.create();
    stats = ctx.app.get(StatsService);
    bu = ctx.newDepartment('市民部', 'BU');
    shimin = ctx.newDepartment('市民課', 'KA', bu);
    madoguchi = ctx.newDepartment('窓口係', 'KAKARI', shimin);
    hoken = ctx.newDepartment('保険課', 'KA', bu);
    tiny = ctx.newDepartment('小さな課', 'KA', bu);
    a = Array.from({ length: 8 }, () => ctx.newUser({ departmentId: shimin, since: '2024-04-01' }));
    for (let i = 0; i < 3; i++) ctx.newUser({ departmentId: madoguchi, since: '2024-04-01' });
    for (let i = 0; i < 6; i++) ctx.newUser({ departmentId: hoken, since: '2024-04-01' });
    for (let i = 0; i < 2; i++) ctx.newUser({ departmentId: tiny, since: '2024-04-01' });
    // Two small units together hold 5 or more: hiding both is enough, nothing else needs hiding.
    const soudan = ctx.newDepartment('相談室', 'KA', bu);
    for (let i = 0; i < 3; i++) ctx.newUser({ departmentId: soudan, since: '2024-04-01' });
    p = ctx.newUser({ departmentId: hoken, since: '2024-04-01', name: '異動 する人' });
    // Everyone else works in 総務部 (large enough to show on its own next to 市民部).
    const somu = ctx.newDepartment('総務部', 'BU');
    for (let i = 0; i < 5; i++) ctx.newUser({ departmentId: somu, since: '2024-04-01' });
    dx = ctx.newUser({ role: 'DX_OFFICE', departmentId: somu });
    manager = ctx.newUser({ role: 'MANAGER', departmentId: shimin, manages: [shimin] });
    staff = a[7];
    const admin = ctx.newUser({ role: 'ADMIN', departmentId: somu });

    // 市民課, 年度 2026.
    const q = await ctx.newPost(a[0], { title: '住民票の請求をオンラインにしたい' }, at('2026-05-10T10:00:00'));
    const answer = await ctx.newAnswer(a[1], q.id, {}, at('2026-05-10T13:00:00'));
    await ctx.accept(a[0], answer.id, at('2026-05-11T10:00:00'));
    await ctx.comment(a[2], q, 'ぴったりサービスも使えます', at('2026-06-01T09:00:00'));
    await ctx.newPost(a[3], { kind: 'CASE' as never, title: '窓口の待ち時間を見える化した' }, at('2026-06-15T09:00:00'));
    await ctx.newPost(a[4], { kind: 'IDEA' as never, title: '申請書の記入例をQRで' }, at('2026-11-30T09:00:00'));
    // Withdrawn: asked in July, deleted later — counts nowhere.
    const gone = await ctx.newPost(a[6], { title: '間違えて投稿した質問' }, at('2026-07-01T09:00:00'));
    ctx.posts.delete(a[6], gone.id);
    // 年度 2025 (31 March 2026, 23:30 JST is still 年度 2025).
    await ctx.newPost(a[5], { title: '年度末の質問' }, at('2026-03-31T23:30:00'));

    // p: 保険課 until 31 March 2026, 市民課 from 1 April 2026 (the transfer recorded in March).
    ctx.app.get(OrganisationService).transferUser(admin, { userId: p.id, departmentId: shimin, effectiveDate: '2026-04-01' }, at('2026-03-20T12:00:00'));
    await ctx.newPost(p, { title: '異動前の質問' }, at('2026-03-15T10:00:00'));
    await ctx.newPost(p, { title: '異動後の質問' }, at('2026-05-20T10:00:00'));
  });
  afterAll(() => ctx.close());

  const of = (viewer: MediumUser, fiscalYear: number, departmentId: number | null, extra: object = {}) =>
    stats.contributionStats(viewer, { fiscalYear, departmentId, ...extra }, NOW);

  it('counts each contribution once, in its department, month and 年度; a withdrawn one not at all', () => {
    const s = of(dx, 2026, shimin);
    expect(s.suppressed).toBe(false);
    expect(s.fiscalYearLabel).toBe('令和8年度（2026年度）');
    expect(s.totals).toEqual({
      questions: 2, // a[0]'s and p's second (the deleted one is gone)
      cases: 1,
      ideas: 1,
      answers: 1,
      acceptedAnswers: 1,
      comments: 1,
      stampsGiven: 0,
      stampsReceived: 0,
      adoptions: 0,
      activeContributors: 6, // a[0] a[1] a[2] a[3] a[4] p
    });
    const month = (m: string) => s.series.find((x) => x.periodStart === m)!;
    expect(s.series.map((x) => x.periodStart)).toEqual([
      '2026-04-01',
      '2026-05-01',
      '2026-06-01',
      '2026-07-01',
      '2026-08-01',
      '2026-09-01',
      '2026-10-01',
      '2026-11-01',
      '2026-12-01',
      '2027-01-01',
      '2027-02-01',
      '2027-03-01',
    ]);
    expect(month('2026-05-01')).toMatchObject({ questions: 2, answers: 1, acceptedAnswers: 1, activeContributors: 3 });
    expect(month('2026-06-01')).toMatchObject({ comments: 1, cases: 1, activeContributors: 2 });
    expect(month('2026-07-01')).toMatchObject({ questions: 0, activeContributors: 0 });
    expect(month('2026-11-01')).toMatchObject({ ideas: 1 });
    const sum = s.series.reduce((n, x) => n + x.questions + x.answers + x.comments + x.cases + x.ideas + x.acceptedAnswers, 0);
    expect(sum).toBe(7);

    const fy2025 = of(dx, 2025, shimin);
    expect(fy2025.totals!.questions).toBe(1); // 31 March 23:30 JST
    expect(fy2025.series.find((x) => x.periodStart === '2026-03-01')!.questions).toBe(1);
    expect(s.previousTotals!.questions).toBe(1);
  });

  it('an April transfer moves nobody’s history: before it 保険課, after it 市民課', () => {
    // 保険課 has 6 people in 年度 2025 besides p (7 with p), so it shows (小さな課 and 相談室 hide each other).
    const hoken2025 = of(dx, 2025, hoken);
    expect(hoken2025.suppressed).toBe(false);
    expect(hoken2025.totals!.questions).toBe(1);
    expect(hoken2025.totals!.activeContributors).toBe(1);
    const weekly = of(dx, 2026, shimin, { granularity: 'WEEK' });
    expect(weekly.series[0].periodStart).toBe('2026-03-30'); // the Monday of the week holding 1 April
    expect(weekly.series.find((w) => w.periodStart === '2026-05-18')!.questions).toBe(1); // p, Wed 20 May
    expect(weekly.series.reduce((n, w) => n + w.questions, 0)).toBe(2);
  });

  it('hides groups under the minimum, and what differencing would reveal', () => {
    const small = of(dx, 2026, madoguchi);
    expect(small).toMatchObject({ suppressed: true, suppressedReason: '5人未満のため表示しません', totals: null, series: [], groupSize: 3 });

    // Under 市民課: 窓口係 (3) and 市民課's own members (10): showing the latter would reveal the former by subtraction.
    const shiminRows = of(dx, 2026, shimin).byDepartment.map((r) => [r.label, r.suppressed, r.totals?.questions ?? null]);
    expect(shiminRows).toEqual([
      ['窓口係', true, null],
      ['市民課（直属）', true, null],
    ]);
    expect(of(dx, 2026, shimin, { includeSubdepartments: false }).suppressed).toBe(true);

    // Under 市民部: 小さな課 (2) and 相談室 (3) are hidden; together they hold 5, so 保険課 (6) shows.
    const buStats = of(dx, 2026, bu);
    expect(Object.fromEntries(buStats.byDepartment.map((r) => [r.label, r.suppressed]))).toEqual({
      市民課: false,
      保険課: false,
      小さな課: true,
      相談室: true,
    });
    expect(of(dx, 2026, hoken).suppressed).toBe(false);
    // …but when 相談室 is gone (年度 2024: nobody there yet) 小さな課 alone would be revealed by
    // subtraction, so its smallest visible sibling is hidden too — also when asked for directly.
    ctx.db.run("UPDATE assignment SET start_date = '2025-04-01' WHERE department_id = ?", [soudanId()]);
    const fy2024 = of(dx, 2024, bu);
    expect(Object.fromEntries(fy2024.byDepartment.map((r) => [r.label, r.suppressed]))).toEqual({ 市民課: false, 保険課: true, 小さな課: true });
    const hokenAlone = of(dx, 2024, hoken);
    expect(hokenAlone.suppressed).toBe(true);
    expect(hokenAlone.suppressedReason).toMatch(/分かってしまう/);
  });

  it('response times: first answer by someone else, acceptance, unanswered by age', () => {
    const r = of(dx, 2026, shimin).response!;
    expect(r).toMatchObject({
      questions: 2,
      medianFirstAnswerHours: 3,
      p90FirstAnswerHours: 3,
      medianAcceptedHours: 24,
      resolutionRate: 0.5,
      unansweredOver3Days: 1,
      unansweredOver7Days: 1,
      unansweredOver30Days: 1,
    });
    expect(of(dx, 2026, shimin).unanswered.map((q) => q.title)).toEqual(['異動後の質問']);
  });

  it('an anonymous unanswered question counts, but is listed only organisation-wide, never under its department', async () => {
    await ctx.newPost(a[2], { title: '匿名の聞きにくい質問', anonymous: true }, at('2026-10-01T10:00:00'));
    const dept = of(dx, 2026, shimin);
    expect(dept.response!.unansweredOver30Days).toBe(2);
    expect(dept.unanswered.map((q) => q.title)).toEqual(['異動後の質問']);
    expect(of(dx, 2026, null).unanswered.map((q) => q.title)).toContain('匿名の聞きにくい質問');
  });

  it('scopes: staff see the organisation only, a manager their departments, the DX office everything', () => {
    expect(() => of(staff, 2026, shimin)).toThrow(/部署の統計を見られるのは/);
    const org = of(staff, 2026, null);
    expect(org.suppressed).toBe(false);
    expect(org.byDepartment).toEqual([]);
    expect(org.totals!.questions).toBe(3); // a[0]'s, p's second and the anonymous one (ordered tests share one world)
    expect(() => of(manager, 2026, hoken)).toThrow(/管理範囲の部署/);
    expect(of(manager, 2026, madoguchi).suppressed).toBe(true);
    expect(of(manager, 2026, shimin).byDepartment.length).toBe(2);
    expect(of(dx, 2026, null).byDepartment.map((r) => r.label)).toEqual(expect.arrayContaining(['市民部']));
  });

  it('the monthly aggregate (kept by triggers) matches the ledger, and a rebuild changes nothing', () => {
    expect(stats.verifyAggregate()).toEqual([]);
    const before = of(dx, 2026, shimin);
    stats.rebuildAggregate();
    expect(stats.verifyAggregate()).toEqual([]);
    expect(of(dx, 2026, shimin)).toEqual(before);
  });

  it('the verification finds a tampered aggregate or first-answer time, and the rebuild repairs both', () => {
    const before = of(dx, 2026, shimin);
    ctx.db.run('UPDATE stats_year_person SET n = n + 1, named_points = named_points + 100 WHERE user_id = (SELECT MIN(user_id) FROM stats_year_person)');
    ctx.db.run("UPDATE post SET first_answer_at = '2026-05-10T01:00:00.000Z' WHERE title = '住民票の請求をオンラインにしたい'");
    const found = stats.verifyAggregate().map((d) => d.table);
    expect(found).toEqual(expect.arrayContaining(['stats_year_person', 'post.first_answer_at']));
    stats.rebuildAggregate();
    expect(stats.verifyAggregate()).toEqual([]);
    expect(of(dx, 2026, shimin)).toEqual(before);
  });

  it('the leaderboard lists only people who opted in', async () => {
    expect(stats.leaderboard(2026, 20)).toEqual([]);
    stats.setLeaderboardOptIn(a[1], true);
    const board = stats.leaderboard(2026, 20);
    expect(board.map((e) => [e.rank, e.user.id, e.contributions])).toEqual([[1, String(a[1].id), 1]]);
    expect(board[0].points).toBeGreaterThan(0);
    expect(stats.leaderboardOptIn(a[1].id)).toBe(true);
    expect(stats.leaderboardOptIn(a[0].id)).toBe(false);
  });
});
