import { CurationService } from '../../src/modules/curation/curation.service';
import { verifyLedger } from '../../src/modules/ledger/ledger-verifier';
import { MediumContext } from './medium-context';
import type { MediumUser } from './medium-context';

/**
 * Official answers, content health and tags (#10): what the DX office marks is shown and
 * audited; old or law-changed content enters the review queue and leaves it once reviewed;
 * renaming or merging a tag retags every post and keeps the skill mapping.
 */
const at = (jst: string) => new Date(`${jst}+09:00`);
const NOW = at('2026-11-30T10:00:00');

describe('official answers, content review and tags', () => {
  let ctx: MediumContext;
  let curation: CurationService;
  let dx: MediumUser;
  let staff: MediumUser;
  let other: MediumUser;

  beforeAll(async () => {
    ctx = await MediumContext.create();
    curation = ctx.get(CurationService);
    dx = ctx.newUser({ role: 'DX_OFFICE', departmentId: ctx.newDepartment('DX推進課') });
    staff = ctx.newUser();
    other = ctx.newUser();
  });
  afterAll(() => ctx.close());

  it('the DX office marks an answer as 公式見解 with its section; withdrawing keeps the history', async () => {
    const q = await ctx.newPost(staff, { title: 'テレワーク中の公用PCの持ち出し' });
    const a = await ctx.newAnswer(other, q.id, { body: '規程の第5条のとおりです' });
    expect(() => curation.markOfficialAnswer(staff, a.id, null)).toThrow(/DX推進課と管理者だけ/);
    const marked = curation.markOfficialAnswer(dx, a.id, '情報政策課と確認済み', NOW);
    expect([marked.official, marked.officialSection, marked.officialNote]).toEqual([true, 'DX推進課', '情報政策課と確認済み']);
    const withdrawn = curation.unmarkOfficialAnswer(dx, a.id);
    expect([withdrawn.official, withdrawn.officialSection]).toEqual([false, null]);
    const audit = ctx.db.all<{ action: string; after_json: string | null }>(
      "SELECT action, after_json FROM audit_log WHERE action IN ('ANSWER_MARKED_OFFICIAL', 'ANSWER_UNMARKED_OFFICIAL') ORDER BY id",
    );
    expect(audit.map((r) => r.action)).toEqual(['ANSWER_MARKED_OFFICIAL', 'ANSWER_UNMARKED_OFFICIAL']);
    expect(audit[0].after_json).toContain('情報政策課と確認済み');
  });

  it('cases older than the review age, or under a tag marked as changed, wait for review until marked 確認済み or 古い情報', async () => {
    const old = await ctx.newPost(staff, { kind: 'CASE' as never, title: '2025年の電子申請の手順', tags: ['電子申請'] }, at('2025-10-01T09:00:00'));
    const fresh = await ctx.newPost(staff, { kind: 'CASE' as never, title: 'マイナ保険証の案内', tags: ['マイナ保険証'] }, at('2026-10-01T09:00:00'));
    await ctx.newPost(staff, { title: '未解決の質問', tags: ['マイナ保険証'] }, at('2025-01-01T09:00:00')); // not reviewable: no accepted answer
    const ids = () => curation.contentReviewQueue(dx, 20, null, NOW).edges.map((e) => e.node.id);
    expect(() => curation.contentReviewQueue(staff, 20, null, NOW)).toThrow(/DX推進課だけ/);
    expect(ids()).toEqual([old.id]);
    expect(curation.reviewDue([Number(old.id)], NOW)[0]).toMatchObject({ aged: true, changedTags: [] });

    // A law revision: the DX office marks the tag as changed; the fresh case enters the queue too.
    curation.updateTag(dx, { name: 'マイナ保険証', description: '健康保険証の廃止に関する事例', markChanged: true, changedNote: '2026年12月の制度改正' }, NOW);
    expect(ids()).toEqual([old.id, fresh.id]);
    expect(curation.reviewDue([Number(fresh.id)], NOW)[0]).toMatchObject({ aged: false, changedTags: ['マイナ保険証'] });

    expect(() => curation.markReviewed(other, fresh.id, false, null)).toThrow(/投稿者とDX推進課/);
    expect(() => curation.markReviewed(dx, old.id, true, '')).toThrow(/メモに書いて/);
    const outdated = curation.markReviewed(dx, old.id, true, '2026年度から手順が変わりました', new Date(NOW.getTime() + 60_000));
    expect([outdated.outdated, outdated.reviewNote]).toEqual([true, '2026年度から手順が変わりました']);
    const ok = curation.markReviewed(staff, fresh.id, false, null, new Date(NOW.getTime() + 60_000)); // the author may review their own
    expect(ok.outdated).toBe(false);
    expect(ids()).toEqual([]);
  });

  it('renaming and merging tags retag every post, keep the skill mapping, and leave the ledger and badges consistent', async () => {
    const p1 = await ctx.newPost(staff, { title: 'RPAの導入', tags: ['アールピーエー'] });
    const p2 = await ctx.newPost(other, { title: 'RPAの保守', tags: ['RPA'] });
    const skillId = ctx.db.get<{ id: number }>('SELECT id FROM skill ORDER BY id LIMIT 1')!.id;
    ctx.db.run("INSERT OR IGNORE INTO tag_skill (tag_key, skill_id, weight) VALUES ('アールピーエー', ?, 1)", [skillId]);
    expect(() => curation.renameTag(dx, 'アールピーエー', 'RPA')).toThrow(/すでにあります/);
    const renamed = curation.renameTag(dx, 'アールピーエー', 'ロボット化');
    expect(renamed.name).toBe('ロボット化');
    expect(ctx.posts.getVisible(staff, p1.id)!.tags.map((t) => t.name)).toEqual(['ロボット化']);
    expect(ctx.db.get<{ n: number }>("SELECT COUNT(*) AS n FROM tag_skill WHERE tag_key = 'ロボット化'")!.n).toBe(1);

    const merged = curation.mergeTags(dx, 'ロボット化', 'rpa');
    await ctx.settle();
    expect([merged.name, merged.postCount]).toEqual(['RPA', 2]);
    expect(ctx.posts.getVisible(staff, p1.id)!.tags.map((t) => t.name)).toEqual(['RPA']);
    expect(ctx.posts.getVisible(staff, p2.id)!.tags.map((t) => t.name)).toEqual(['RPA']);
    const mapped = (key: string) => ctx.db.all<{ skill_id: number }>('SELECT skill_id FROM tag_skill WHERE tag_key = ?', [key]).map((r) => r.skill_id);
    expect(mapped('rpa')).toContain(skillId);
    expect(mapped('ロボット化')).toEqual([]);
    expect(curation.tag(staff, 'ロボット化')).toBeNull();
    expect(curation.tag(staff, 'rpa')!.viewerCanEdit).toBe(false);
    expect(verifyLedger(ctx.db).differences).toEqual([]);
    const r = ctx.badges.backfill();
    expect({ awarded: r.awarded, revoked: r.revoked }).toEqual({ awarded: 0, revoked: 0 });
  });
});
