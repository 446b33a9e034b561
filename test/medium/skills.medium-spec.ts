import { fiscalYear } from '../../src/core/time/jst';
import { normalizeTag } from '../../src/core/validation/normalize';
import { ContributionKind } from '../../src/modules/ledger/contribution-kinds';
import { PointsConfigService } from '../../src/modules/ledger/points-config.service';
import { PostKind } from '../../src/modules/posts/content.enums';
import { clock, jstMidnight, MediumContext, type MediumUser } from './medium-context';

/**
 * The skill record (スキルの見える化) read through SkillsService: points, levels, evidence and
 * trends derived from the ledger, the posts' current tags and the tag → skill mapping. Every
 * expected number is computed from the running configuration (PointsConfigService) and the
 * shipped mapping, so the assertions follow the configuration rather than restating it.
 */
describe('skill accumulation through SkillsService', () => {
  let ctx: MediumContext;
  beforeAll(async () => {
    ctx = await MediumContext.create();
  });
  afterAll(() => ctx.close());

  const cfg = () => ctx.pointsConfig;
  /** The mapped weight of a tag for a skill (0 when the tag does not map to it). */
  const weight = (tag: string, skill: string) =>
    ctx.skills.mappings().find((m) => normalizeTag(m.tag) === normalizeTag(tag) && m.skill.code === skill)?.weight ?? 0;
  const points = (u: MediumUser, skill: string) => ctx.skill(u.id, skill).points;
  const nonZero = (u: MediumUser) =>
    Object.fromEntries(
      ctx
        .skillRecord(u.id)
        .filter((e) => e.points !== 0 || e.evidenceCount !== 0)
        .map((e) => [e.skill.code, e.points]),
    );
  /** Enough distinct people stamping to go past the daily cap with `stamp` (n × points > cap). */
  const fansPastCap = (stamp: 'CHEER' | 'HELPFUL' | 'THANKS') => Math.floor(cfg().stampDailyCap / cfg().STAMP_RECEIVED[stamp]) + 2;

  it('credits every kind of contribution with its configured points, times the tag’s weight', async () => {
    const time = clock();
    const me = ctx.newUser();
    const colleague = ctx.newUser();
    const fan = ctx.newUser();
    const tag = 'kintone';
    const w = weight(tag, 'LOW_CODE');
    expect(w).toBeGreaterThan(0);
    const c = cfg();
    let expected = 0;
    const step = async (label: string, action: () => Promise<unknown>, pts: number) => {
      await action();
      expected += pts * w;
      expect({ label, points: points(me, 'LOW_CODE') }).toEqual({ label, points: expected });
    };

    const myQuestion = await ctx.newPost(me, { tags: [tag] }, time.next());
    expected += c.QUESTION_POSTED * w;
    expect(points(me, 'LOW_CODE')).toBe(expected);
    await step('case', () => ctx.newPost(me, { kind: PostKind.CASE, tags: [tag] }, time.next()), c.CASE_POSTED);
    await step('idea', () => ctx.newPost(me, { kind: PostKind.IDEA, tags: [tag] }, time.next()), c.IDEA_POSTED);
    const theirs = await ctx.newPost(colleague, { tags: [tag] }, time.next());
    const answer = await ctx.newAnswer(me, theirs.id, {}, time.next());
    expected += c.ANSWER_POSTED * w;
    expect(points(me, 'LOW_CODE')).toBe(expected);
    await step('accepted', () => ctx.accept(colleague, answer.id, time.next()), c.ANSWER_ACCEPTED);
    await step('comment', () => ctx.comment(me, theirs, 'ありがとうございます', time.next()), c.COMMENT_POSTED);
    await step('stamp given', () => ctx.react(me, theirs, 'CHEER', time.next()), c.STAMP_GIVEN);
    // Stamps received, all on one day: below the cap they count in full.
    const stamps = (['CHEER', 'HELPFUL', 'THANKS'] as const).reduce((s, k) => s + c.STAMP_RECEIVED[k] * w, 0);
    expect(stamps).toBeLessThanOrEqual(c.stampDailyCap);
    for (const stamp of ['CHEER', 'HELPFUL', 'THANKS'] as const) {
      await step(`stamp received ${stamp}`, () => ctx.react(fan, myQuestion, stamp, time.next()), c.STAMP_RECEIVED[stamp]);
    }
    // The ledger holds the same points per fact.
    expect(ctx.ledger(me.id, ContributionKind.ANSWER_ACCEPTED).map((f) => f.points)).toEqual([c.ANSWER_ACCEPTED]);
    // Nothing leaks into skills the tag does not map to.
    expect(nonZero(me)).toEqual({ LOW_CODE: expected });
  });

  it('applies the mapping’s weights: a half-weight tag gives half, a tag mapped to two skills credits both, an unmapped tag nothing', async () => {
    const me = ctx.newUser();
    const qp = cfg().QUESTION_POSTED;
    expect(weight('生成AI', 'RPA_AI_OCR')).toBe(0.5);
    await ctx.newPost(me, { tags: ['生成AI'] });
    expect(nonZero(me)).toEqual({ RPA_AI_OCR: qp * weight('生成AI', 'RPA_AI_OCR') });

    const other = ctx.newUser();
    await ctx.newPost(other, { tags: ['書かない窓口'] });
    expect(nonZero(other)).toEqual({
      SERVICE_DESIGN: qp * weight('書かない窓口', 'SERVICE_DESIGN'),
      BPR: qp * weight('書かない窓口', 'BPR'),
    });

    const third = ctx.newUser();
    await ctx.newPost(third, { tags: ['庁舎の駐車場'] });
    expect(nonZero(third)).toEqual({});
    expect(ctx.users.counts(third.id, false).posts).toBe(1); // the post itself still counts on the profile
  });

  it('tag matching is by normalised tag: full-width and case variants credit the same skill', async () => {
    const me = ctx.newUser();
    await ctx.newPost(me, { tags: ['ＫＩＮＴＯＮＥ'] });
    expect(nonZero(me)).toEqual({ LOW_CODE: cfg().QUESTION_POSTED * weight('kintone', 'LOW_CODE') });
  });

  describe('the stamp cap (at most N points from stamps per person, skill and JST day)', () => {
    it('caps a single day’s stamp points at the configured cap', async () => {
      const author = ctx.newUser();
      const day = '2025-06-10';
      const post = await ctx.newPost(author, { tags: ['kintone'] }, jstMidnight(day, 9 * 3600_000));
      const n = fansPastCap('HELPFUL');
      const uncapped = n * cfg().STAMP_RECEIVED.HELPFUL;
      expect(uncapped).toBeGreaterThan(cfg().stampDailyCap);
      for (let i = 0; i < n; i++) await ctx.react(ctx.newUser(), post, 'HELPFUL', jstMidnight(day, (10 * 3600 + i * 60) * 1000));

      expect(ctx.net(author.id, ContributionKind.STAMP_RECEIVED)).toBe(n); // every stamp is a fact…
      expect(points(author, 'LOW_CODE')).toBe(cfg().QUESTION_POSTED + cfg().stampDailyCap); // …but the day is capped
    });

    it('two JST days get two caps, even when both instants fall on the same UTC date', async () => {
      const author = ctx.newUser();
      const post = await ctx.newPost(author, { tags: ['kintone'] }, jstMidnight('2025-07-01', -3600_000));
      const beforeMidnight = jstMidnight('2025-07-02', -1000); // 23:59:59 JST on 1 July
      const afterMidnight = jstMidnight('2025-07-02'); //          00:00:00 JST on 2 July
      expect(beforeMidnight.toISOString().slice(0, 10)).toBe(afterMidnight.toISOString().slice(0, 10));
      const n = fansPastCap('HELPFUL');
      for (let i = 0; i < n; i++) await ctx.react(ctx.newUser(), post, 'HELPFUL', beforeMidnight);
      expect(points(author, 'LOW_CODE')).toBe(cfg().QUESTION_POSTED + cfg().stampDailyCap);
      for (let i = 0; i < n; i++) await ctx.react(ctx.newUser(), post, 'HELPFUL', afterMidnight);
      expect(points(author, 'LOW_CODE')).toBe(cfg().QUESTION_POSTED + 2 * cfg().stampDailyCap);
    });

    it('is shared by all of a person’s content in that skill on that day, and separate per skill', async () => {
      const author = ctx.newUser();
      const asker = ctx.newUser();
      const day = '2025-08-05';
      const at = (minutes: number) => jstMidnight(day, (9 * 60 + minutes) * 60_000);
      const both = await ctx.newPost(author, { tags: ['kintone', 'RPA'] }, at(0));
      const question = await ctx.newPost(asker, { tags: ['kintone'] }, at(1));
      const answer = await ctx.newAnswer(author, question.id, {}, at(2));
      const n = fansPastCap('THANKS');
      // Half the stamps on the post, half on the answer: one cap for LOW_CODE on that day.
      for (let i = 0; i < n; i++) await ctx.react(ctx.newUser(), i % 2 === 0 ? both : answer, 'THANKS', at(10 + i));
      const c = cfg();
      const rpaStamps = Math.ceil(n / 2) * c.STAMP_RECEIVED.THANKS * weight('RPA', 'RPA_AI_OCR');
      expect(nonZero(author)).toEqual({
        LOW_CODE: c.QUESTION_POSTED + c.ANSWER_POSTED + c.stampDailyCap,
        RPA_AI_OCR: c.QUESTION_POSTED + Math.min(c.stampDailyCap, rpaStamps),
      });
      // The cap is per person: the asker's own stamps are untouched by the author's.
      expect(nonZero(asker)).toEqual({ LOW_CODE: c.QUESTION_POSTED });
    });

    it('weights apply before the cap: stamps that would pass it at full weight stay under it at half weight', async () => {
      const author = ctx.newUser();
      const day = '2025-09-09';
      const post = await ctx.newPost(author, { tags: ['生成AI'] }, jstMidnight(day, 3600_000));
      const w = weight('生成AI', 'RPA_AI_OCR');
      const c = cfg();
      const n = fansPastCap('HELPFUL'); // past the cap at weight 1
      expect(n * c.STAMP_RECEIVED.HELPFUL * w).toBeLessThan(c.stampDailyCap);
      for (let i = 0; i < n; i++) await ctx.react(ctx.newUser(), post, 'HELPFUL', jstMidnight(day, 2 * 3600_000 + i * 1000));
      expect(points(author, 'RPA_AI_OCR')).toBe(c.QUESTION_POSTED * w + Math.min(c.stampDailyCap, n * c.STAMP_RECEIVED.HELPFUL * w));
    });
  });

  it('reaches each level exactly at the configured thresholds', async () => {
    const me = ctx.newUser();
    const tag = 'EBPM';
    const perQuestion = cfg().QUESTION_POSTED * weight(tag, 'DATA_UTILIZATION');
    const thresholds = cfg().levelThresholds;
    const time = clock('2025-05-01T00:00:00.000Z');
    const levelUps: { level: number; points: number }[] = [];
    let level = ctx.skill(me.id, 'DATA_UTILIZATION').level;
    expect(level).toBe(0);
    while (level < thresholds.length) {
      await ctx.newPost(me, { tags: [tag] }, time.next());
      const e = ctx.skill(me.id, 'DATA_UTILIZATION');
      if (e.level !== level) levelUps.push({ level: e.level, points: e.points });
      level = e.level;
    }
    // One level at a time, each at the first total that reaches its threshold.
    expect(levelUps).toEqual(thresholds.map((t, i) => ({ level: i + 1, points: Math.ceil(t / perQuestion) * perQuestion })));
  });

  it('lists the posts and answers behind a skill as evidence, newest first, marking accepted answers', async () => {
    const time = clock();
    const me = ctx.newUser();
    const colleague = ctx.newUser();
    const fan = ctx.newUser();
    const myQuestion = await ctx.newPost(me, { title: 'kintoneの権限設計', tags: ['kintone'] }, time.next());
    const theirs = await ctx.newPost(colleague, { title: 'kintoneで台帳を作りたい', tags: ['kintone'] }, time.next());
    const answerAt = time.next();
    const answer = await ctx.newAnswer(me, theirs.id, {}, answerAt);
    await ctx.accept(colleague, answer.id, time.next());
    // Comments and stamps earn points but are not evidence of the skill.
    const other = await ctx.newPost(colleague, { tags: ['kintone'] }, time.next());
    await ctx.comment(me, other, '参考になります', time.next());
    await ctx.react(fan, myQuestion, 'CHEER', time.next());

    const e = ctx.skill(me.id, 'LOW_CODE');
    expect(e.evidenceCount).toBe(2);
    expect(e.evidence).toEqual([
      { postId: theirs.id, answerId: answer.id, kind: 'ANSWER', title: 'kintoneで台帳を作りたい', accepted: true, at: answerAt.toISOString() },
      expect.objectContaining({ postId: myQuestion.id, answerId: null, kind: 'POST', title: 'kintoneの権限設計', accepted: false }),
    ]);

    // Withdrawn content is no longer evidence (nor points).
    ctx.posts.delete(me, myQuestion.id);
    await ctx.settle();
    const after = ctx.skill(me.id, 'LOW_CODE');
    expect(after.evidence.map((x) => x.answerId)).toEqual([answer.id]);
    const c = cfg();
    expect(after.points).toBe(c.ANSWER_POSTED + c.ANSWER_ACCEPTED + c.COMMENT_POSTED);
  });

  it('never counts anonymous contributions: the anonymous asker gains nothing, people who answer them do', async () => {
    const time = clock();
    const asker = ctx.newUser();
    const helper = ctx.newUser();
    const fan = ctx.newUser();
    const dx = ctx.newUser({ role: 'DX_OFFICE' });
    const post = await ctx.newPost(asker, { tags: ['kintone'], anonymous: true }, time.next());
    const own = await ctx.newAnswer(asker, post.id, { body: '補足です' }, time.next());
    await ctx.comment(asker, post, '追記します', time.next());
    await ctx.react(fan, post, 'HELPFUL', time.next());
    await ctx.react(fan, own, 'HELPFUL', time.next());
    const answer = await ctx.newAnswer(helper, post.id, {}, time.next());
    await ctx.react(asker, answer, 'THANKS', time.next());
    await ctx.accept(asker, answer.id, time.next());

    expect(nonZero(asker)).toEqual({});
    expect(ctx.skillRecord(asker.id).every((e) => e.evidence.length === 0 && e.trend.length === 0)).toBe(true);
    const c = cfg();
    expect(nonZero(helper)).toEqual({ LOW_CODE: c.ANSWER_POSTED + c.ANSWER_ACCEPTED + c.STAMP_RECEIVED.THANKS });
    // The expert finder reads the same facts.
    const experts = ctx.skills.experts(dx, 'LOW_CODE', null, 100).map((x) => Number(x.user.id));
    expect(experts).toContain(helper.id);
    expect(experts).not.toContain(asker.id);
  });

  it('is derived on read: retagging a post moves its contributions to the new tag’s skill, without new ledger facts', async () => {
    const time = clock();
    const asker = ctx.newUser();
    const answerer = ctx.newUser();
    const post = await ctx.newPost(asker, { tags: ['RPA'] }, time.next());
    const answer = await ctx.newAnswer(answerer, post.id, {}, time.next());
    await ctx.accept(asker, answer.id, time.next());
    const c = cfg();
    const earned = c.ANSWER_POSTED + c.ANSWER_ACCEPTED;
    expect(nonZero(answerer)).toEqual({ RPA_AI_OCR: earned * weight('RPA', 'RPA_AI_OCR') });
    const facts = ctx.ledger(answerer.id).length;

    ctx.posts.update(asker, { id: post.id, tags: ['kintone'] });
    await ctx.settle();
    expect(nonZero(answerer)).toEqual({ LOW_CODE: earned * weight('kintone', 'LOW_CODE') });
    expect(ctx.skill(answerer.id, 'LOW_CODE').evidence).toEqual([expect.objectContaining({ postId: post.id, answerId: answer.id, accepted: true })]);

    ctx.posts.update(asker, { id: post.id, tags: ['庁内の雑談'] });
    await ctx.settle();
    expect(nonZero(answerer)).toEqual({});
    expect(ctx.ledger(answerer.id)).toHaveLength(facts);
  });

  it('follows the DX office’s mapping edits at once (a new mapping credits past contributions; removing it takes them back)', async () => {
    const dx = ctx.newUser({ role: 'DX_OFFICE' });
    const me = ctx.newUser();
    const tag = `庁内アプリ${me.id}`;
    await ctx.newPost(me, { tags: [tag] });
    expect(nonZero(me)).toEqual({});
    ctx.skills.setMapping(dx, tag, 'LOW_CODE', 2);
    expect(nonZero(me)).toEqual({ LOW_CODE: cfg().QUESTION_POSTED * 2 });
    ctx.skills.removeMapping(dx, tag, 'LOW_CODE');
    expect(nonZero(me)).toEqual({});
  });

  it('shows a trend by 年度 (JST, April start); a withdrawal leaves the year the contribution was made in', async () => {
    const me = ctx.newUser();
    const lastDayOfFy = jstMidnight('2025-04-01', -60_000); // 23:59 JST on 31 March 2025
    const firstDayOfFy = jstMidnight('2025-04-01'); //        00:00 JST on 1 April 2025
    const old = await ctx.newPost(me, { tags: ['kintone'] }, lastDayOfFy);
    await ctx.newPost(me, { tags: ['kintone'] }, firstDayOfFy);
    const qp = cfg().QUESTION_POSTED;
    const [fyA, fyB] = [fiscalYear(lastDayOfFy), fiscalYear(firstDayOfFy)];
    expect(fyB).toBe(fyA + 1);
    expect(ctx.skill(me.id, 'LOW_CODE').trend).toEqual([
      { fiscalYear: fyA, points: qp },
      { fiscalYear: fyB, points: qp },
    ]);
    ctx.posts.delete(me, old.id); // withdrawn today, but it was made in fyA
    await ctx.settle();
    expect(ctx.skill(me.id, 'LOW_CODE').trend).toEqual([
      { fiscalYear: fyA, points: 0 },
      { fiscalYear: fyB, points: qp },
    ]);
  });
});

describe('points are configuration, fixed when a fact is recorded', () => {
  let ctx: MediumContext;
  beforeAll(async () => {
    // Its own installation: this changes the configuration.
    ctx = await MediumContext.create();
  });
  afterAll(() => ctx.close());

  it('a changed configuration applies to new contributions only; the record sums the points each fact was given', async () => {
    const config = ctx.get(PointsConfigService);
    const before = config.get();
    const asker = ctx.newUser();
    const me = ctx.newUser();
    const q1 = await ctx.newPost(asker, { tags: ['kintone'] });
    await ctx.newAnswer(me, q1.id);
    const changed = config.set({ ...before, ANSWER_POSTED: before.ANSWER_POSTED + 4, levelThresholds: [1, 2, 3, 4] });
    const q2 = await ctx.newPost(asker, { tags: ['kintone'] });
    await ctx.newAnswer(me, q2.id);

    expect(ctx.ledger(me.id, ContributionKind.ANSWER_POSTED).map((f) => f.points)).toEqual([before.ANSWER_POSTED, changed.ANSWER_POSTED]);
    const e = ctx.skill(me.id, 'LOW_CODE');
    expect(e.points).toBe(before.ANSWER_POSTED + changed.ANSWER_POSTED);
    // Levels follow the current thresholds.
    expect(e.level).toBe(changed.levelThresholds.filter((t) => e.points >= t).length);
    expect(e.level).toBe(4);
  });
});
