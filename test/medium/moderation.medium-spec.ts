import { verifyLedger } from '../../src/modules/ledger/ledger-verifier';
import { ReportAction, ReportReason, ReportStatus } from '../../src/modules/moderation/moderation.model';
import { ModerationService } from '../../src/modules/moderation/moderation.service';
import { PostCloseReason, ReactionTargetType } from '../../src/modules/posts/content.enums';
import { StatsService } from '../../src/modules/stats/stats.service';
import { MediumContext } from './medium-context';
import type { MediumUser } from './medium-context';

/**
 * Moderation (#10): report → queue → hide (the author sees why, everyone else a placeholder,
 * the content's ledger facts are withdrawn) → restore (re-credited as they were, so the
 * statistics are unchanged); closing questions; every act audited; the ledger verifies.
 */
const at = (jst: string) => new Date(`${jst}+09:00`);
const ANSWER = ReactionTargetType.ANSWER;

describe('moderation', () => {
  let ctx: MediumContext;
  let moderation: ModerationService;
  let dx: MediumUser;
  let asker: MediumUser;
  let answerer: MediumUser;
  let reporter: MediumUser;
  let bystander: MediumUser;

  beforeAll(async () => {
    ctx = await MediumContext.create();
    moderation = ctx.get(ModerationService);
    const dep = ctx.newDepartment('市民課');
    dx = ctx.newUser({ role: 'DX_OFFICE', departmentId: ctx.newDepartment('DX推進課') });
    asker = ctx.newUser({ departmentId: dep });
    answerer = ctx.newUser({ departmentId: dep, name: '回答 する人' });
    reporter = ctx.newUser({ departmentId: dep });
    bystander = ctx.newUser({ departmentId: ctx.newDepartment('税務課') });
  });
  afterAll(() => ctx.close());

  it('report → queue → hide → the author sees why, others a placeholder, facts withdrawn → restore re-credits them as they were', async () => {
    const q = await ctx.newPost(asker, { title: '窓口の混雑対策' }, at('2026-05-10T10:00:00'));
    const a = await ctx.newAnswer(
      answerer,
      q.id,
      { body: '住民の方の電話番号 090-0000-0000 に折り返しました', acknowledgeWarnings: true },
      at('2026-05-10T11:00:00'),
    );
    await ctx.accept(asker, a.id, at('2026-05-10T12:00:00'));
    await ctx.react(bystander, a, 'HELPFUL', at('2026-05-10T13:00:00'));
    const stats = ctx.get(StatsService);
    const before = stats.contributionStats(dx, { fiscalYear: 2026 });
    const earned = ['ANSWER_POSTED', 'ANSWER_ACCEPTED', 'STAMP_RECEIVED'].map((k) => ctx.net(answerer.id, k));
    expect(earned).toEqual([1, 1, 1]);

    expect(() => moderation.report(answerer, { targetType: ANSWER, targetId: a.id, reason: ReportReason.PERSONAL_INFO })).toThrow(/自分の投稿は通報できません/);
    expect(() => moderation.report(reporter, { targetType: ANSWER, targetId: a.id, reason: ReportReason.OTHER })).toThrow(/メモに書いて/);
    const r1 = moderation.report(reporter, { targetType: ANSWER, targetId: a.id, reason: ReportReason.PERSONAL_INFO, note: '電話番号が載っています' });
    expect(moderation.report(reporter, { targetType: ANSWER, targetId: a.id, reason: ReportReason.PERSONAL_INFO }).id).toBe(r1.id); // not twice
    moderation.report(bystander, { targetType: ANSWER, targetId: a.id, reason: ReportReason.INAPPROPRIATE });

    expect(() => moderation.reports(reporter, ReportStatus.OPEN, 20, null)).toThrow(/DX推進課と管理者だけ/);
    const queue = moderation.reports(dx, ReportStatus.OPEN, 20, null);
    expect(queue.totalCount).toBe(2);
    expect(queue.edges[0].node).toMatchObject({
      id: r1.id,
      targetExcerpt: expect.stringContaining('090-0000-0000'),
      openReportsOnTarget: 2,
      targetHidden: false,
    });
    expect(moderation.counts(dx)).toEqual({ openReports: 2, hiddenContent: 0 });

    expect(() => moderation.resolveReport(dx, r1.id, ReportAction.HIDE, '')).toThrow(/理由を書いて/);
    const resolved = moderation.resolveReport(dx, r1.id, ReportAction.HIDE, '住民の個人情報が含まれていたため');
    await ctx.settle();
    expect([resolved.status, resolved.action, resolved.targetHidden]).toEqual(['RESOLVED', 'HIDE', true]);
    expect(moderation.reports(dx, ReportStatus.OPEN, 20, null).totalCount).toBe(0); // both reports settled by the one act

    // Everyone else sees a placeholder; the author and the DX office see the text and why.
    const seenBy = (v: MediumUser) => ctx.answers.forPosts(v, [Number(q.id)])[0].find((x) => x.id === a.id)!;
    expect([seenBy(bystander).hidden, seenBy(bystander).body, seenBy(bystander).hiddenReason]).toEqual([true, '', null]);
    expect([seenBy(answerer).body, seenBy(answerer).hiddenReason]).toEqual([a.body, '住民の個人情報が含まれていたため']);
    expect(seenBy(dx).body).toBe(a.body);
    // The facts the answer earned are withdrawn while hidden.
    expect(['ANSWER_POSTED', 'ANSWER_ACCEPTED', 'STAMP_RECEIVED'].map((k) => ctx.net(answerer.id, k))).toEqual([0, 0, 0]);
    expect(verifyLedger(ctx.db).differences).toEqual([]);

    moderation.restoreContent(dx, { targetType: ANSWER, targetId: a.id, reason: '本人が番号を消すと連絡あり' });
    await ctx.settle();
    expect(['ANSWER_POSTED', 'ANSWER_ACCEPTED', 'STAMP_RECEIVED'].map((k) => ctx.net(answerer.id, k))).toEqual(earned);
    // Re-credited as it was: dated at the original time, so the statistics are as before.
    const posted = ctx.ledger(answerer.id, 'ANSWER_POSTED');
    expect(posted[posted.length - 1].occurred_at).toBe(posted[0].occurred_at);
    expect(stats.contributionStats(dx, { fiscalYear: 2026 }).totals).toEqual(before.totals);
    expect(seenBy(bystander).body).toBe(a.body);
    expect(verifyLedger(ctx.db).differences).toEqual([]);

    const audit = ctx.db.all<{ action: string }>(
      "SELECT action FROM audit_log WHERE action IN ('REPORT_RESOLVED', 'CONTENT_HIDDEN', 'CONTENT_RESTORED') ORDER BY id",
    );
    expect(audit.map((x) => x.action)).toEqual(['CONTENT_HIDDEN', 'REPORT_RESOLVED', 'REPORT_RESOLVED', 'CONTENT_RESTORED']);
  });

  it('a hidden post leaves the feed and shows others a placeholder without its answers; its thread’s facts come back on restore', async () => {
    const q = await ctx.newPost(asker, { title: '個人名入りの質問', tags: ['窓口'] });
    await ctx.newAnswer(answerer, q.id);
    expect(() => moderation.hideContent(reporter, { targetType: ReactionTargetType.POST, targetId: q.id, reason: 'x' })).toThrow(/DX推進課と管理者だけ/);
    moderation.hideContent(dx, { targetType: ReactionTargetType.POST, targetId: q.id, reason: '住民の氏名が書かれていたため' });
    await ctx.settle();
    expect(ctx.posts.feed(bystander, 50, null, {}).edges.map((e) => e.node.id)).not.toContain(q.id);
    const other = ctx.posts.getVisible(bystander, q.id)!;
    expect([other.hidden, other.title, other.body, other.tags, other.hiddenReason, other.contentWithheld]).toEqual([
      true,
      '（非表示になった投稿）',
      '',
      [],
      null,
      true,
    ]);
    const own = ctx.posts.getVisible(asker, q.id)!;
    expect([own.title, own.hiddenReason]).toEqual(['個人名入りの質問', '住民の氏名が書かれていたため']);
    expect(ctx.net(answerer.id, 'ANSWER_POSTED')).toBe(1); // only the first test's answer
    expect(() => moderation.report(bystander, { targetType: ReactionTargetType.POST, targetId: q.id, reason: ReportReason.SPAM })).toThrow(/すでに非表示/);
    moderation.restoreContent(dx, { targetType: ReactionTargetType.POST, targetId: q.id });
    await ctx.settle();
    expect(ctx.net(answerer.id, 'ANSWER_POSTED')).toBe(2);
    expect(ctx.posts.feed(bystander, 50, null, {}).edges.map((e) => e.node.id)).toContain(q.id);
    expect(verifyLedger(ctx.db).differences).toEqual([]);
  });

  it('questions close as 重複 (with the original), 対象外 or 解決済み（他で）; closed ones take no answers; reopening restores the status', async () => {
    const original = await ctx.newPost(asker, { title: '電子申請の始め方' });
    const dup = await ctx.newPost(reporter, { title: '電子申請はどう始める？' });
    expect(() => moderation.closePost(dx, { postId: dup.id, reason: PostCloseReason.DUPLICATE })).toThrow(/元の質問のIDが正しくありません/);
    expect(() => moderation.closePost(reporter, { postId: dup.id, reason: PostCloseReason.OFF_TOPIC })).toThrow(/DX推進課と管理者だけ/);
    const closed = moderation.closePost(dx, { postId: dup.id, reason: PostCloseReason.DUPLICATE, duplicateOfId: original.id });
    expect([closed.status, closed.closedReason, closed.duplicateOfId]).toEqual(['CLOSED', 'DUPLICATE', original.id]);
    await expect(ctx.newAnswer(answerer, dup.id)).rejects.toThrow(/締め切られている/);
    const reopened = moderation.reopenPost(dx, dup.id);
    expect([reopened.status, reopened.closedReason]).toEqual(['OPEN', null]);
    expect(
      ctx.db.all<{ action: string }>("SELECT action FROM audit_log WHERE action IN ('POST_CLOSED', 'POST_REOPENED') ORDER BY id").map((x) => x.action),
    ).toEqual(['POST_CLOSED', 'POST_REOPENED']);
  });

  it('after all of it the ledger verifies and a badge backfill changes nothing', () => {
    expect(verifyLedger(ctx.db).differences).toEqual([]);
    const r = ctx.badges.backfill();
    expect({ awarded: r.awarded, revoked: r.revoked }).toEqual({ awarded: 0, revoked: 0 });
  });
});
