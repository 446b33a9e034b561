import { BadgesService } from '../../src/modules/badges/badges.service';
import { demoPosts, demoUsers } from '../../src/modules/demo/demo-data';
import { DemoSeeder } from '../../src/modules/demo/demo-seeder';
import { verifyLedger } from '../../src/modules/ledger/ledger-verifier';
import { TestApp } from '../support/test-app';

describe('demo seed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start({ SEED_DEMO: 'true' });
  });
  afterAll(() => t.close());

  const snapshot = () =>
    ['department', 'app_user', 'assignment', 'post', 'answer', 'comment', 'reaction', 'contribution'].map(
      (table) => t.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`)!.n,
    );

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
