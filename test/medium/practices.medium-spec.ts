import { verifyLedger } from '../../src/modules/ledger/ledger-verifier';
import { AdoptionStatus } from '../../src/modules/practices/practices.model';
import { PracticesService } from '../../src/modules/practices/practices.service';
import { StatsService } from '../../src/modules/stats/stats.service';
import { MediumContext } from './medium-context';
import type { MediumUser } from './medium-context';

/**
 * The DX office's best practices and roll-out (#10): featuring credits the author, another
 * department's adoption (導入中・導入済み) credits the case's author, the impact of a 年度 is the
 * sum of what its cases and adoptions say, and the ledger verification agrees.
 */
const at = (jst: string) => new Date(`${jst}+09:00`);

describe('best practices, collections and roll-out', () => {
  let ctx: MediumContext;
  let practices: PracticesService;
  let dx: MediumUser;
  let author: MediumUser;
  let other: MediumUser;
  let third: MediumUser;
  let fourth: MediumUser;
  let madoguchi: number;
  let kosodate: number;
  let kaikei: number;
  let zeimu: number;
  let caseId: string;

  beforeAll(async () => {
    ctx = await MediumContext.create();
    practices = ctx.get(PracticesService);
    madoguchi = ctx.newDepartment('市民課');
    kosodate = ctx.newDepartment('子育て支援課');
    kaikei = ctx.newDepartment('会計課');
    zeimu = ctx.newDepartment('税務課');
    dx = ctx.newUser({ role: 'DX_OFFICE', departmentId: ctx.newDepartment('DX推進課') });
    author = ctx.newUser({ departmentId: madoguchi, name: '事例 書く人' });
    other = ctx.newUser({ departmentId: kosodate });
    third = ctx.newUser({ departmentId: kaikei });
    fourth = ctx.newUser({ departmentId: zeimu });
    const post = await ctx.newPost(author, { kind: 'CASE' as never, title: '書かない窓口を始めた' }, at('2026-05-01T10:00:00'));
    caseId = post.id;
    ctx.db.run('UPDATE post SET case_hours_saved = 300 WHERE id = ?', [Number(caseId)]);
  });
  afterAll(() => ctx.close());

  it('the DX office features a case: a visible mark, the featured filter, a ledger fact and FIRST_FEATURED for its author', async () => {
    expect(() => practices.featurePost(other, caseId, null)).toThrow(/DX推進課だけ/);
    const p = practices.featurePost(dx, caseId, '窓口の待ち時間が半分に');
    await ctx.settle();
    expect([p.featured, p.featuredNote]).toEqual([true, '窓口の待ち時間が半分に']);
    expect(ctx.net(author.id, 'POST_FEATURED')).toBe(1);
    expect(ctx.badgeCodes(author.id)).toContain('FIRST_FEATURED');
    const featured = ctx.posts.feed(other, 20, null, { featured: true });
    expect(featured.edges.map((e) => e.node.id)).toEqual([caseId]);
    // Featuring again changes the note only: still one fact.
    practices.featurePost(dx, caseId, '手続きの案内も');
    expect(ctx.net(author.id, 'POST_FEATURED')).toBe(1);
    practices.unfeaturePost(dx, caseId);
    await ctx.settle();
    expect(ctx.net(author.id, 'POST_FEATURED')).toBe(0);
    expect(ctx.badgeCodes(author.id)).not.toContain('FIRST_FEATURED');
    practices.featurePost(dx, caseId, '窓口の待ち時間が半分に');
    await ctx.settle();
    expect(ctx.net(author.id, 'POST_FEATURED')).toBe(1);
  });

  it('collections keep their order; only the DX office edits them; everyone reads them', async () => {
    const q = await ctx.newPost(other, { title: '窓口のレイアウト' });
    const idea = await ctx.newPost(third, { kind: 'IDEA' as never, title: '番号札をアプリで' });
    expect(() => practices.createCollection(other, { title: 'まとめ' })).toThrow(/DX推進課だけ/);
    const c = practices.createCollection(dx, { title: '書かない窓口 導入パック', description: 'はじめに読む3本' });
    practices.addToCollection(dx, c.id, caseId, null);
    practices.addToCollection(dx, c.id, q.id, null);
    const added = practices.addToCollection(dx, c.id, idea.id, 1);
    expect(added.postIds).toEqual([Number(idea.id), Number(caseId), Number(q.id)]);
    const moved = practices.addToCollection(dx, c.id, idea.id, 3);
    expect(moved.postIds).toEqual([Number(caseId), Number(q.id), Number(idea.id)]);
    const removed = practices.removeFromCollection(dx, c.id, q.id);
    expect(removed.postIds).toEqual([Number(caseId), Number(idea.id)]);
    expect(practices.collections(other).map((x) => [x.title, x.postCount, x.viewerCanEdit])).toEqual([['書かない窓口 導入パック', 2, false]]);
    expect(practices.collectionsOfPosts([Number(caseId)])[0].map((r) => r.title)).toEqual(['書かない窓口 導入パック']);
    expect(() => practices.createCollection(dx, { title: '   ' })).toThrow(/題名を入力/);
  });

  it('another department adopts: the case author is credited while 導入中 or 導入済み; the rules refuse what is not a roll-out', async () => {
    expect(() => practices.recordAdoption(author, { postId: caseId, status: AdoptionStatus.ADOPTED })).toThrow(/投稿した部署自身/);
    expect(() => practices.recordAdoption(other, { postId: caseId, departmentId: String(kaikei), status: AdoptionStatus.ADOPTED })).toThrow(
      /自分の部署の導入状況だけ/,
    );
    expect(() => practices.recordAdoption(other, { postId: caseId, status: AdoptionStatus.ADOPTED, adoptedOn: '2999-01-01' })).toThrow(/未来/);

    const considering = practices.recordAdoption(
      other,
      { postId: caseId, status: AdoptionStatus.CONSIDERING, note: '来年度に検討' },
      at('2026-06-01T09:00:00'),
    );
    await ctx.settle();
    expect(considering.department.name).toBe('子育て支援課');
    expect(ctx.net(author.id, 'CASE_ADOPTED')).toBe(0);
    practices.recordAdoption(other, { postId: caseId, status: AdoptionStatus.IN_PROGRESS }, at('2026-06-10T09:00:00'));
    await ctx.settle();
    expect(ctx.net(author.id, 'CASE_ADOPTED')).toBe(1);
    const adopted = practices.recordAdoption(
      other,
      { postId: caseId, status: AdoptionStatus.ADOPTED, adoptedOn: '2026-07-01', hoursSavedPerYear: 120, note: '申請書の記入が不要に' },
      at('2026-07-01T09:00:00'),
    );
    await ctx.settle();
    expect([adopted.status, adopted.adoptedOn, adopted.hoursSavedPerYear]).toEqual(['ADOPTED', '2026-07-01', 120]);
    expect(ctx.net(author.id, 'CASE_ADOPTED')).toBe(1); // one department, one fact
    expect(ctx.badgeCodes(author.id)).toContain('CASE_ADOPTED_1');

    practices.recordAdoption(third, { postId: caseId, status: AdoptionStatus.ADOPTED, adoptedOn: '2026-08-01', hoursSavedPerYear: 80 });
    practices.recordAdoption(fourth, { postId: caseId, status: AdoptionStatus.IN_PROGRESS });
    await ctx.settle();
    expect(ctx.net(author.id, 'CASE_ADOPTED')).toBe(3);
    expect(ctx.badgeCodes(author.id)).toContain('CASE_ADOPTED_3');
    practices.recordAdoption(fourth, { postId: caseId, status: AdoptionStatus.DECLINED, note: '体制が整わない' });
    await ctx.settle();
    expect(ctx.net(author.id, 'CASE_ADOPTED')).toBe(2);
    expect(ctx.badgeCodes(author.id)).not.toContain('CASE_ADOPTED_3');

    const list = practices.adoptionsOfPosts(other, [Number(caseId)])[0];
    expect(list.map((a) => [a.department.name, a.status, a.viewerCanEdit])).toEqual([
      ['会計課', 'ADOPTED', false],
      ['子育て支援課', 'ADOPTED', true],
      ['税務課', 'DECLINED', false],
    ]);
    const history = ctx.db.all<{ status: string }>('SELECT status FROM adoption_event WHERE adoption_id = ? ORDER BY id', [Number(considering.id)]);
    expect(history.map((h) => h.status)).toEqual(['CONSIDERING', 'IN_PROGRESS', 'ADOPTED']);
  });

  it('impact: the 年度 total is the case’s hours plus the adoptions that became 導入済み in it, by department at the time', () => {
    const s = practices.impactSummary(dx, 2026);
    expect(s.totalHoursSaved).toBe(300 + 120 + 80);
    expect([s.caseHoursSaved, s.adoptionHoursSaved, s.adoptionCount, s.adoptingDepartments]).toEqual([300, 200, 2, 2]);
    expect(s.byDepartment.map((d) => [d.label, d.hoursSaved, d.cases, d.adoptions])).toEqual([
      ['市民課', 300, 1, 0],
      ['子育て支援課', 120, 0, 1],
      ['会計課', 80, 0, 1],
    ]);
    expect(s.cases.map((c) => [c.post.title, c.hoursSaved, c.adoptions])).toEqual([['書かない窓口を始めた', 500, 2]]);
    expect(practices.impactSummary(dx, 2025).totalHoursSaved).toBe(0);
    expect(practices.impactSummary(dx, 2027).previousTotalHoursSaved).toBe(500);
  });

  it('statistics count the adoptions in the case author’s department; the ledger verifies', () => {
    const stats = ctx.get(StatsService);
    const org = stats.contributionStats(dx, { fiscalYear: fyNow() });
    expect(org.totals!.adoptions).toBe(ctx.net(author.id, 'CASE_ADOPTED'));
    expect(verifyLedger(ctx.db).differences).toEqual([]);
    const r = ctx.badges.backfill();
    expect({ awarded: r.awarded, revoked: r.revoked }).toEqual({ awarded: 0, revoked: 0 });
  });
});

function fyNow(): number {
  const d = new Date(Date.now() + 9 * 3600_000);
  return d.getUTCMonth() >= 3 ? d.getUTCFullYear() : d.getUTCFullYear() - 1;
}
