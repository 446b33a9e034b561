import { fiscalYear } from '../../src/core/time/jst';
import { BadgesService } from '../../src/modules/badges/badges.service';
import {
  DEMO_CURATOR,
  demoAdoptions,
  demoAdoptionStepTime,
  demoCollections,
  demoFeatured,
  demoPosts,
  demoPostTime,
  demoUsers,
} from '../../src/modules/demo/demo-data';
import { DemoSeeder } from '../../src/modules/demo/demo-seeder';
import { verifyLedger } from '../../src/modules/ledger/ledger-verifier';
import { PracticesService } from '../../src/modules/practices/practices.service';
import { TestApp } from '../support/test-app';
import type { Viewer } from '../../src/core/auth/viewer';

describe('demo seed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start({ SEED_DEMO: 'true' });
  });
  afterAll(() => t.close());

  const snapshot = () => [
    ...[
      'department',
      'app_user',
      'assignment',
      'post',
      'answer',
      'comment',
      'reaction',
      'contribution',
      'adoption',
      'adoption_event',
      'collection',
      'collection_post',
      'badge_award',
      'audit_log',
    ].map((table) => t.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`)!.n),
    t.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM post WHERE featured_at IS NOT NULL')!.n,
    t.db.get<{ sum: number }>('SELECT TOTAL(points) AS sum FROM contribution')!.sum,
  ];

  it('seeds the Japanese demo once, consistently with the ledger', async () => {
    const [departments, users, , posts, answers, comments] = snapshot();
    expect(departments).toBeGreaterThanOrEqual(8);
    expect(users).toBe(demoUsers.length);
    expect(posts).toBe(demoPosts.length);
    expect(answers + comments).toBeGreaterThanOrEqual(80);
    expect(verifyLedger(t.db).differences).toEqual([]);

    const before = snapshot();
    const again = await t.app.get(DemoSeeder).seedIfEmpty();
    expect(again.seeded).toBe(false);
    expect(snapshot()).toEqual(before);
  });

  it('awards demo badges that match what people did, and a backfill changes nothing', async () => {
    const acceptedAuthors = t.db.all<{ author_id: number }>(
      'SELECT DISTINCT a.author_id FROM answer a JOIN post p ON p.id = a.post_id WHERE a.accepted_at IS NOT NULL AND a.author_id <> p.author_id',
    );
    expect(acceptedAuthors.length).toBeGreaterThan(5);
    for (const { author_id } of acceptedAuthors) {
      const codes = t.db
        .all<{ code: string }>('SELECT b.code FROM badge_award a JOIN badge b ON b.id = a.badge_id WHERE a.user_id = ? AND a.revoked_at IS NULL', [author_id])
        .map((r) => r.code);
      expect(codes).toEqual(expect.arrayContaining(['FIRST_ANSWER', 'FIRST_ACCEPTED_ANSWER']));
    }
    const manual = t.db.get<{ n: number }>("SELECT COUNT(*) AS n FROM badge_award a JOIN badge b ON b.id = a.badge_id WHERE b.rule = 'MANUAL'")!.n;
    expect(manual).toBeGreaterThanOrEqual(2);
    expect(t.app.get(BadgesService).backfill()).toMatchObject({ awarded: 0, revoked: 0 });
  });

  it("shows the DX office's work, with an impact per 年度 that adds up from the demo data", () => {
    const seededAt = new Date(JSON.parse(t.db.get<{ value: string }>("SELECT value FROM app_setting WHERE key = 'demo.seeded'")!.value).at);
    const fy = fiscalYear(seededAt); // 2026 when seeded in late November 2026

    // 優良事例 and まとめ, as defined
    const featured = t.db.all<{ title: string; note: string }>('SELECT title, featured_note AS note FROM post WHERE featured_at IS NOT NULL ORDER BY title');
    const byTitle = (key: string) => demoPosts.find((p) => p.key === key)!.title;
    expect(featured).toEqual(demoFeatured.map((f) => ({ title: byTitle(f.postKey), note: f.note })).sort((a, b) => (a.title < b.title ? -1 : 1)));
    const collections = t.db.all<{ title: string; posts: string }>(
      `SELECT c.title, (SELECT json_group_array(title) FROM (SELECT p.title FROM collection_post cp JOIN post p ON p.id = cp.post_id
          WHERE cp.collection_id = c.id ORDER BY cp.position)) AS posts FROM collection c ORDER BY c.id`,
    );
    expect(collections.map((c) => c.title)).toEqual(demoCollections.map((c) => c.title));
    // each post added at its position (default: the end), in the order the DX office added them
    const order = (i: number) =>
      demoCollections[i].posts.reduce<string[]>((titles, p) => {
        const rest = titles.filter((x) => x !== byTitle(p.postKey));
        rest.splice(Math.min(p.position ? p.position - 1 : rest.length, rest.length), 0, byTitle(p.postKey));
        return rest;
      }, []);
    collections.forEach((c, i) => expect(JSON.parse(c.posts)).toEqual(order(i)));

    // 横展開: one adoption per case and department in its last recorded state, every step in its history
    const adoptions = t.db.all<{ title: string; status: string; events: number }>(
      'SELECT p.title, ad.status, (SELECT COUNT(*) FROM adoption_event e WHERE e.adoption_id = ad.id) AS events FROM adoption ad JOIN post p ON p.id = ad.post_id',
    );
    expect(adoptions).toHaveLength(demoAdoptions.length);
    expect(adoptions.reduce((n, a) => n + a.events, 0)).toBe(demoAdoptions.reduce((n, a) => n + a.steps.length, 0));
    expect(new Set(adoptions.map((a) => a.status))).toEqual(new Set(['CONSIDERING', 'IN_PROGRESS', 'ADOPTED', 'DECLINED']));

    // The impact: cases posted in the 年度 (their own hours) + adoptions that became 導入済み in it.
    const expected = (year: number) => {
      const cases = demoPosts
        .filter((p) => p.kind === 'CASE' && fiscalYear(new Date(demoPostTime(p, seededAt))) === year)
        .reduce((n, p) => n + (p.caseDetails!.hoursSavedPerYear ?? 0), 0);
      const adopted = demoAdoptions
        .map((a) => ({ last: a.steps[a.steps.length - 1], at: demoAdoptionStepTime(a, a.steps.length - 1, seededAt) }))
        // adopted_on is the JST day of the step that recorded 導入済み
        .filter(({ last, at }) => last.status === 'ADOPTED' && fiscalYear(new Date(at)) === year)
        .reduce((n, { last }) => n + (last.hoursSavedPerYear ?? 0), 0);
      return { cases, adopted };
    };
    const curator = demoUsers.find((u) => u.key === DEMO_CURATOR)!;
    const viewer = t.db.get<Viewer>("SELECT id, role, display_name AS displayName, '' AS sessionId FROM app_user WHERE email = ?", [curator.email])!;
    const practices = t.app.get(PracticesService);
    for (const year of [fy, fy - 1]) {
      const e = expected(year);
      const s = practices.impactSummary(viewer, year);
      expect({ year, cases: s.caseHoursSaved, adoptions: s.adoptionHoursSaved, total: s.totalHoursSaved }).toEqual({
        year,
        cases: e.cases,
        adoptions: e.adopted,
        total: e.cases + e.adopted,
      });
      // both 年度 have 導入済み adoptions: this year and last year can be compared
      expect(e.adopted).toBeGreaterThan(0);
    }
    expect(practices.impactSummary(viewer, fy).previousTotalHoursSaved).toBe(expected(fy - 1).cases + expected(fy - 1).adopted);

    // 横展開の立役者 (three departments adopted their cases) is visible in the demo
    const holders = t.db
      .all<{ email: string }>(
        "SELECT u.email FROM badge_award a JOIN badge b ON b.id = a.badge_id JOIN app_user u ON u.id = a.user_id WHERE b.code = 'CASE_ADOPTED_3' AND a.revoked_at IS NULL",
      )
      .map((r) => r.email);
    expect(holders).toContain('staff05@demo.banso.example');

    // the facts are all in the ledger, and re-deriving the badges changes nothing
    expect(verifyLedger(t.db).differences).toEqual([]);
    expect(t.app.get(BadgesService).backfill()).toMatchObject({ awarded: 0, revoked: 0 });
  });

  it('tells the sign-in page (signed out) whether to list the demo accounts', async () => {
    expect((await t.client().gql('{ demoMode }')).data).toEqual({ demoMode: true });
    const plain = await TestApp.start();
    expect((await plain.client().gql('{ demoMode }')).data).toEqual({ demoMode: false });
    await plain.close();
  });

  it('lets the fixed demo accounts sign in with the demo password', async () => {
    for (const email of [
      'admin@demo.banso.example',
      'dx-office@demo.banso.example',
      'manager@demo.banso.example',
      'staff01@demo.banso.example',
      'staff30@demo.banso.example',
    ]) {
      const c = await t.client().login({ email, password: 'banso-demo' });
      const me = await c.gql('{ me { email } }');
      expect(me.data.me.email).toBe(email);
    }
  });

  it('shows resolved questions, anonymous questions and an April transfer', async () => {
    const c = await t.client().login({ email: 'staff01@demo.banso.example', password: 'banso-demo' });
    const resolved = await c.gql('{ posts(filter: { status: RESOLVED }) { totalCount } }');
    expect(resolved.data.posts.totalCount).toBeGreaterThan(0);
    const transferred = t.db.get<{ user_id: number }>('SELECT user_id FROM assignment WHERE end_date IS NOT NULL LIMIT 1')!;
    const u = await c.gql('query($id: ID!) { user(id: $id) { assignments { department { name } startDate endDate } } }', { id: String(transferred.user_id) });
    expect(u.data.user.assignments.length).toBeGreaterThanOrEqual(2);
    expect(u.data.user.assignments[0].endDate).toBeNull();
    expect(u.data.user.assignments[0].startDate).toMatch(/-04-01$/);
  });
});
