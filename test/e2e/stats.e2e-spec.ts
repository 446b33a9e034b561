import { fiscalYear } from '../../src/core/time/jst';
import { codes, CREATE_POST, question, TestApp } from '../support/test-app';

const STATS = `query($i: StatsInput!) { contributionStats(input: $i) {
  fiscalYear fiscalYearLabel suppressed suppressedReason minGroupSize groupSize
  totals { questions activeContributors } byDepartment { label suppressed } series { periodStart questions }
  response { questions unansweredOver7Days } } }`;

/** The statistics API over HTTP: who may ask for what, and a clear Japanese error otherwise. */
describe('contributionStats and the leaderboard over HTTP', () => {
  let t: TestApp;
  const FY = fiscalYear();
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('staff get the organisation only; a manager outside the scope and staff asking for a department get FORBIDDEN', async () => {
    const dep = t.newDepartment('市民課');
    const other = t.newDepartment('税務課');
    const people = await Promise.all(Array.from({ length: 5 }, () => t.signedIn({ departmentId: dep })));
    const manager = await t.signedIn({ role: 'MANAGER', departmentId: dep, manages: [dep] });
    await people[0].client.gql(CREATE_POST, { i: question() });

    const org = await people[1].client.gql(STATS, { i: { fiscalYear: FY } });
    expect(org.errors).toBeUndefined();
    expect(org.data.contributionStats).toMatchObject({ fiscalYear: FY, suppressed: false, totals: { questions: 1, activeContributors: 1 }, byDepartment: [] });
    expect(org.data.contributionStats.series).toHaveLength(12);

    const staffDept = await people[1].client.gql(STATS, { i: { fiscalYear: FY, departmentId: String(dep) } });
    expect(codes(staffDept)).toEqual(['FORBIDDEN']);
    const outside = await manager.client.gql(STATS, { i: { fiscalYear: FY, departmentId: String(other) } });
    expect(codes(outside)).toEqual(['FORBIDDEN']);
    expect(outside.errors![0].message).toMatch(/管理範囲/);
    const inside = await manager.client.gql(STATS, { i: { fiscalYear: FY, departmentId: String(dep) } });
    expect(inside.data.contributionStats).toMatchObject({ suppressed: false, groupSize: 6, totals: { questions: 1 } });

    const bad = await manager.client.gql(STATS, { i: { fiscalYear: 1900 } });
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors![0].message).toMatch(/年度は2000〜2100/);
  });

  it('the leaderboard shows only people who opted in, and the switch is one’s own', async () => {
    const a = await t.signedIn();
    await a.client.gql(CREATE_POST, { i: question({ title: 'ランキング用の質問' }) });
    const board = () => a.client.gql(`query($fy: Int!) { leaderboard(fiscalYear: $fy) { rank user { id } points } }`, { fy: FY });
    expect((await board()).data.leaderboard.map((e: { user: { id: string } }) => e.user.id)).not.toContain(String(a.user.id));
    const on = await a.client.gql('mutation { setLeaderboardOptIn(optIn: true) { id leaderboardOptIn } }');
    expect(on.data.setLeaderboardOptIn).toEqual({ id: String(a.user.id), leaderboardOptIn: true });
    expect((await board()).data.leaderboard.map((e: { user: { id: string } }) => e.user.id)).toContain(String(a.user.id));
    const someoneElse = await t.signedIn();
    const seen = await someoneElse.client.gql(`query($id: ID!) { user(id: $id) { leaderboardOptIn } }`, { id: String(a.user.id) });
    expect(seen.data.user).toEqual({ leaderboardOptIn: false });
  });
});
