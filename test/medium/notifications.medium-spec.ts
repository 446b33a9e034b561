import { BadgeTierEnum } from '../../src/modules/badges/badge.model';
import { ModerationService } from '../../src/modules/moderation/moderation.service';
import { NotificationsService } from '../../src/modules/notifications/notifications.service';
import { UnansweredFollowUp } from '../../src/modules/notifications/unanswered-followup';
import { ReactionTargetType } from '../../src/modules/posts/content.enums';
import { SkillsService } from '../../src/modules/skills/skills.service';
import { MediumContext } from './medium-context';
import type { MediumUser } from './medium-context';

/**
 * In-app notifications (#12), derived from the outbox: the asker learns of an answer, nobody
 * of their own acts, followers of what they follow, an anonymous asker is never named, a
 * rolled-back act notifies nobody, and re-deriving the same facts adds nothing.
 */
describe('notifications', () => {
  let ctx: MediumContext;
  let notifications: NotificationsService;
  let asker: MediumUser;
  let answerer: MediumUser;
  let follower: MediumUser;
  let dx: MediumUser;
  const inbox = (u: MediumUser) => notifications.list(u, 50, null, false).edges.map((e) => e.node);

  beforeAll(async () => {
    ctx = await MediumContext.create();
    notifications = ctx.get(NotificationsService);
    asker = ctx.newUser({ name: '質問 する人' });
    answerer = ctx.newUser({ name: '回答 する人' });
    follower = ctx.newUser({ name: 'フォロー する人' });
    dx = ctx.newUser({ role: 'DX_OFFICE' });
  });
  afterAll(() => ctx.close());

  it('the asker is told of an answer, with a link to it; the answerer gets nothing for their own act', async () => {
    const q = await ctx.newPost(asker, { title: '会計年度任用職員の休暇' });
    const a = await ctx.newAnswer(answerer, q.id);
    const mine = inbox(asker);
    expect(mine.map((n) => [n.kind, n.message, n.link, n.actor?.id])).toEqual([
      ['ANSWER_ON_MY_POST', '回答 する人さんが「会計年度任用職員の休暇」に回答しました', `/posts/${q.id}#answer-${a.id}`, String(answerer.id)],
    ]);
    expect(inbox(answerer)).toEqual([]);
    expect(notifications.unreadCount(asker)).toBe(1);
  });

  it('commenting follows the post: the next answer reaches the follower; comments reach the content’s author; acceptance reaches the answerer', async () => {
    const q = await ctx.newPost(asker, { title: '庁内チャットの使い分け' });
    await ctx.comment(follower, q, '私も知りたいです');
    expect(inbox(asker)[0]).toMatchObject({
      kind: 'COMMENT_ON_MY_CONTENT',
      message: 'フォロー する人さんがあなたの投稿にコメントしました：「庁内チャットの使い分け」',
    });
    const a = await ctx.newAnswer(answerer, q.id);
    expect(inbox(follower)[0]).toMatchObject({ kind: 'FOLLOWED_POST_ANSWER', link: `/posts/${q.id}#answer-${a.id}` });
    await ctx.accept(asker, a.id);
    expect(inbox(answerer).find((n) => n.kind === 'ANSWER_ACCEPTED')).toMatchObject({
      message: '「庁内チャットの使い分け」であなたの回答がベストアンサーに選ばれました',
    });
    notifications.unfollow(follower, 'POST', Number(q.id));
    const before = inbox(follower).length;
    await ctx.newAnswer(dx, q.id);
    expect(inbox(follower).length).toBe(before);
  });

  it('an anonymous asker acting in their thread is 「匿名の質問者」, never named', async () => {
    const q = await ctx.newPost(asker, { title: '匿名で聞きたいこと', anonymous: true });
    const a = await ctx.newAnswer(answerer, q.id);
    await ctx.comment(asker, a, 'ありがとうございます');
    const n = inbox(answerer)[0];
    expect([n.kind, n.actor, n.message]).toEqual(['COMMENT_ON_MY_CONTENT', null, '匿名の質問者があなたの回答にコメントしました：「匿名で聞きたいこと」']);
    expect(JSON.stringify(inbox(answerer).filter((x) => x.postId === q.id))).not.toContain('質問 する人');
  });

  it('a rolled-back act notifies nobody, and re-deriving the same facts adds nothing and keeps what was read', async () => {
    const q = await ctx.newPost(asker, { title: '取り消される回答' });
    const count = notifications.unreadCount(asker);
    expect(() =>
      ctx.db.tx(() => {
        ctx.answers.create(answerer, { postId: q.id, body: '書いたけれど取り消し' });
        throw new Error('rolled back');
      }),
    ).toThrow('rolled back');
    await ctx.settle();
    expect(notifications.unreadCount(asker)).toBe(count);

    expect(notifications.markRead(asker, [inbox(asker)[0].id], null)).toBe(1);
    const snapshot = inbox(asker);
    expect(notifications.rebuild('2000-01-01T00:00:00.000Z', '2100-01-01T00:00:00.000Z')).toBe(0);
    expect(inbox(asker)).toEqual(snapshot);
    const unread = notifications.unreadCount(asker);
    expect(unread).toBeGreaterThan(0);
    expect(notifications.markRead(asker, null, true)).toBe(unread);
    expect(notifications.unreadCount(asker)).toBe(0);
  });

  it('a badge earned through others’ acts is notified with why, linking to the badge; one earned by one’s own post is not (the toast shows it)', async () => {
    const newcomer = ctx.newUser({ name: 'バッジ 新人' });
    const q = await ctx.newPost(asker, { title: 'バッジの通知を確かめる質問' });
    const a = await ctx.newAnswer(newcomer, q.id);
    expect(inbox(newcomer).filter((n) => n.kind === 'BADGE_AWARDED')).toEqual([]); // FIRST_ANSWER: their own act
    await ctx.accept(asker, a.id);
    const badge = inbox(newcomer).find((n) => n.kind === 'BADGE_AWARDED');
    expect(badge).toMatchObject({ actor: null, link: '/badges/FIRST_ACCEPTED_ANSWER', postId: q.id });
    expect(badge!.message).toMatch(/^バッジ「.+」を獲得しました：「バッジの通知を確かめる質問」への回答がベストアンサーに選ばれました$/);

    ctx.badges.createManual(dx, { code: 'NOTIFY_AWARD', name: '業務改善賞', description: 'テスト', tier: BadgeTierEnum.GOLD });
    ctx.badges.grant(dx, { badgeCode: 'NOTIFY_AWARD', userId: String(newcomer.id), citation: '窓口の待ち時間を半分にした' });
    await ctx.settle();
    expect(inbox(newcomer)[0]).toMatchObject({
      kind: 'BADGE_AWARDED',
      actor: null,
      postId: null,
      message: 'バッジ「業務改善賞」を獲得しました（DX推進課から授与）：窓口の待ち時間を半分にした',
      link: '/badges/NOTIFY_AWARD',
    });
  });

  it('moderation tells the author what happened and why, as the DX office', async () => {
    const q = await ctx.newPost(asker, { title: 'モデレーションされる質問' });
    const a = await ctx.newAnswer(answerer, q.id, { body: '住民の電話番号 090-0000-0000', acknowledgeWarnings: true });
    ctx.get(ModerationService).hideContent(dx, { targetType: ReactionTargetType.ANSWER, targetId: a.id, reason: '個人情報が含まれていたため' });
    await ctx.settle();
    expect(inbox(answerer)[0]).toMatchObject({
      kind: 'CONTENT_HIDDEN',
      actor: null,
      message: 'あなたの回答が非表示になりました（理由：個人情報が含まれていたため）：「モデレーションされる質問」',
      link: `/posts/${q.id}#answer-${a.id}`,
    });
  });

  it('on an idea, answers are 「コメント」 in every message, never 「回答」', async () => {
    const idea = await ctx.newPost(asker, { kind: 'IDEA', title: '窓口の呼び出しをLINEで' });
    await ctx.comment(follower, idea, '賛成です');
    const a = await ctx.newAnswer(answerer, idea.id);
    await ctx.comment(asker, a, 'ありがとうございます');
    ctx.get(ModerationService).hideContent(dx, { targetType: ReactionTargetType.ANSWER, targetId: a.id, reason: '重複のため' });
    await ctx.settle();
    const about = (u: MediumUser) => inbox(u).filter((n) => n.postId === idea.id);
    expect(about(asker).find((n) => n.kind === 'ANSWER_ON_MY_POST')).toMatchObject({
      message: '回答 する人さんが「窓口の呼び出しをLINEで」にコメントしました',
      postKind: 'IDEA',
    });
    expect(about(follower).find((n) => n.kind === 'FOLLOWED_POST_ANSWER')?.message).toBe(
      'フォロー中の「窓口の呼び出しをLINEで」に回答 する人さんがコメントしました',
    );
    expect(about(answerer).find((n) => n.kind === 'COMMENT_ON_MY_CONTENT')?.message).toBe(
      '質問 する人さんがあなたのコメントに返信しました：「窓口の呼び出しをLINEで」',
    );
    expect(about(answerer).find((n) => n.kind === 'CONTENT_HIDDEN')?.message).toBe(
      'あなたのコメントが非表示になりました（理由：重複のため）：「窓口の呼び出しをLINEで」',
    );
    for (const u of [asker, follower, answerer]) for (const n of about(u)) expect(n.message).not.toContain('回答しました');
    for (const u of [asker, follower, answerer]) for (const n of about(u)) expect(n.message.replace(/回答 する人/g, '')).not.toContain('回答');
    // A question keeps 「回答」.
    expect(inbox(asker).find((n) => n.kind === 'ANSWER_ON_MY_POST' && n.postId !== idea.id)?.postKind).toBe('QUESTION');
  });
});

describe('mentions and followed tags', () => {
  let ctx: MediumContext;
  let notifications: NotificationsService;
  beforeAll(async () => {
    ctx = await MediumContext.create();
    notifications = ctx.get(NotificationsService);
  });
  afterAll(() => ctx.close());
  const inbox = (u: MediumUser) => notifications.list(u, 50, null, false).edges.map((e) => e.node);
  const localPart = (u: MediumUser) => ctx.db.get<{ email: string }>('SELECT email FROM app_user WHERE id = ?', [u.id])!.email.split('@')[0];

  it('@name in a question, answer or comment mentions that colleague (not inside code); a tag follower hears of a new post', async () => {
    const a = ctx.newUser({ name: '書く 人' });
    const b = ctx.newUser({ name: '呼ばれる 人' });
    const c = ctx.newUser({ name: 'タグ 好き' });
    const tagId = () => ctx.db.get<{ id: number }>("SELECT id FROM tag WHERE name = 'kintone'")?.id;
    await ctx.newPost(a, { title: '準備', tags: ['kintone'] });
    notifications.follow(c, 'TAG', tagId()!);
    const q = await ctx.newPost(a, {
      title: 'kintoneのアプリ設計',
      body: `@${localPart(b)} さん、見てもらえますか。\`@${localPart(c)}\` はコードです`,
      tags: ['kintone'],
    });
    expect(inbox(b).map((n) => [n.kind, n.message, n.link])).toEqual([
      ['MENTION', '書く 人さんがあなたをメンションしました：「kintoneのアプリ設計」', `/posts/${q.id}`],
    ]);
    expect(inbox(c).map((n) => n.kind)).toEqual(['FOLLOWED_TAG_POST']); // followed before this post; the code span mentions nobody
    const ans = await ctx.newAnswer(c, q.id, { body: `@${localPart(a)} 設計の例です` });
    expect(inbox(a).find((n) => n.kind === 'MENTION')).toMatchObject({ link: `/posts/${q.id}#answer-${ans.id}` });
    expect(inbox(a).some((n) => n.kind === 'ANSWER_ON_MY_POST')).toBe(true);
  });
});

describe('routing a question to who knows (回答の依頼)', () => {
  let ctx: MediumContext;
  let notifications: NotificationsService;
  beforeAll(async () => {
    ctx = await MediumContext.create();
    notifications = ctx.get(NotificationsService);
  });
  afterAll(() => ctx.close());
  const inbox = (u: MediumUser) => notifications.list(u, 50, null, false).edges.map((e) => e.node);

  it('the asker asks up to 3 people, each told why; people can refuse requests; others cannot route someone else’s question', async () => {
    const asker = ctx.newUser({ name: '質問 者' });
    const expert = ctx.newUser({ name: 'RPA 詳しい' });
    const [p2, p3, p4] = [ctx.newUser(), ctx.newUser(), ctx.newUser()];
    const refuser = ctx.newUser({ name: '依頼 お断り' });
    const old = await ctx.newPost(ctx.newUser(), { title: '以前のRPAの質問', tags: ['RPA'] });
    await ctx.newAnswer(expert, old.id);
    const q = await ctx.newPost(asker, { title: 'RPAのエラー', tags: ['RPA'], anonymous: true });

    notifications.updateSettings(refuser, { routingRequests: false });
    expect(() => notifications.routeQuestion(asker, q.id, [String(refuser.id)])).toThrow(/依頼 お断りさんは回答の依頼を受け付けていません/);
    expect(() => notifications.routeQuestion(p2, q.id, [String(expert.id)])).toThrow(/質問者とDX推進課だけ/);
    expect(() => notifications.routeQuestion(asker, q.id, [String(asker.id)])).toThrow(/質問者/);
    const asked = notifications.routeQuestion(asker, q.id, [String(expert.id), String(p2.id), String(p3.id)]);
    expect(asked.map((u) => u.id)).toEqual([String(expert.id), String(p2.id), String(p3.id)]);
    expect(() => notifications.routeQuestion(asker, q.id, [String(p4.id)])).toThrow(/3人まで/);
    await ctx.settle();
    const n = inbox(expert)[0];
    expect([n.kind, n.actor, n.message]).toEqual([
      'QUESTION_ROUTED_TO_ME',
      null,
      '匿名の質問者から「RPAのエラー」への回答の依頼です（「RPA」の質問に回答した実績があります）',
    ]);
    expect(inbox(p2)[0].message).toContain('質問者が詳しい人として選びました');
    const dx = ctx.newUser({ role: 'DX_OFFICE' });
    const q2 = await ctx.newPost(p4, { title: 'DX推進課が依頼する質問' });
    expect(notifications.routeQuestion(dx, q2.id, [String(expert.id)]).map((u) => u.id)).toEqual([String(expert.id)]);
    expect(notifications.settings(refuser)).toMatchObject({ routingRequests: false, emailMode: 'DAILY' });
  });
});

describe('the unanswered follow-up (business days)', () => {
  let ctx: MediumContext;
  let notifications: NotificationsService;
  beforeAll(async () => {
    ctx = await MediumContext.create();
    notifications = ctx.get(NotificationsService);
  });
  afterAll(() => ctx.close());
  const inbox = (u: MediumUser) => notifications.list(u, 50, null, false).edges.map((e) => e.node);
  const jst = (s: string) => new Date(`${s}+09:00`);

  it('after 2 business days (the weekend skipped) the tag’s followers and the DX office are told and the asker gets experts to ask — once', async () => {
    const job = ctx.get(UnansweredFollowUp);
    const dx = ctx.newUser({ role: 'DX_OFFICE', name: 'DX 担当' });
    const expert = ctx.newUser({ name: 'RPA 名人' });
    const fan = ctx.newUser({ name: 'RPA ファン' });
    const asker = ctx.newUser({ name: '困っている 人' });
    ctx.get(SkillsService).setSkillsPublic(expert, true);
    const oldAsker = ctx.newUser();
    const old = await ctx.newPost(oldAsker, { title: '前のRPAの質問', tags: ['RPA'] }, jst('2026-10-01T10:00:00'));
    const a = await ctx.newAnswer(expert, old.id, {}, jst('2026-10-01T11:00:00'));
    await ctx.accept(oldAsker, a.id, jst('2026-10-01T12:00:00'));
    // Followed before the question (a follower is told of facts after they followed), at a controlled time.
    notifications.follow(fan, 'TAG', ctx.db.get<{ id: number }>("SELECT id FROM tag WHERE name = 'rpa'")!.id, jst('2026-11-01T09:00:00'));
    const q = await ctx.newPost(asker, { title: 'RPAが動かない', tags: ['RPA'] }, jst('2026-11-27T10:00:00')); // a Friday
    const answered = await ctx.newPost(asker, { title: '回答がついた質問', tags: ['RPA'] }, jst('2026-11-27T10:00:00'));
    await ctx.newAnswer(expert, answered.id);

    expect(job.run(jst('2026-11-30T09:00:00'))).toBe(0); // Monday: 1 business day
    expect(job.run(jst('2026-12-01T09:00:00'))).toBe(1); // Tuesday: 2
    await ctx.settle();
    expect(inbox(fan).find((n) => n.kind === 'UNANSWERED_QUESTION')).toMatchObject({
      message: '「RPAが動かない」は2営業日、回答がありません。分かることがあれば回答してください',
      link: `/posts/${q.id}`,
    });
    expect(inbox(dx).some((n) => n.kind === 'UNANSWERED_QUESTION' && n.postId === q.id)).toBe(true);
    const suggestion = inbox(asker).find((n) => n.kind === 'UNANSWERED_SUGGESTION')!;
    expect(suggestion.message).toContain('詳しそうな人：RPA 名人');
    // Idempotent: later runs (or a restart) follow up nothing twice.
    expect(job.run(jst('2026-12-02T09:00:00'))).toBe(0);
    await ctx.settle();
    expect(inbox(fan).filter((n) => n.kind === 'UNANSWERED_QUESTION')).toHaveLength(1);
  });
});
