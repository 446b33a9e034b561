import { BadgeTierEnum } from '../../src/modules/badges/badge.model';
import { ContributionKind } from '../../src/modules/ledger/contribution-kinds';
import { PostKind, Stamp } from '../../src/modules/posts/content.enums';
import { AdoptionStatus } from '../../src/modules/practices/practices.model';
import { PracticesService } from '../../src/modules/practices/practices.service';
import { type BadgeDefinition, DEFAULT_BADGES } from '../../src/modules/skills/skill-defaults';
import { clock, MediumContext, type MediumUser } from './medium-context';

/**
 * Automatic badges through BadgesService: every rule of the seeded catalogue is driven to its
 * threshold with real actions (posts, answers, acceptances, stamps) at controlled instants,
 * then withdrawn. Thresholds come from the catalogue's params, never from this file.
 */

interface CountParams {
  kind: ContributionKind;
  stamp?: Stamp;
  min: number;
}

/** One more (or one less) of a kind of fact for `user`; `add` says which post it is about. */
interface Driver {
  user: MediumUser;
  add(at: Date): Promise<{ postId: string; title: string; undo(at: Date): Promise<void> }>;
}

const automatic = DEFAULT_BADGES.filter((b) => b.rule !== 'MANUAL');
const countBadges = automatic.filter((b) => b.rule === 'COUNT');
const params = <T>(b: BadgeDefinition) => b.params as unknown as T;

describe('automatic badges through BadgesService', () => {
  let ctx: MediumContext;
  beforeAll(async () => {
    ctx = await MediumContext.create();
  });
  afterAll(() => ctx.close());

  const held = (userId: number, code: string) => ctx.awards(userId).filter((a) => a.code === code);

  /** A fresh person and a way to give them one more fact of `kind` (and take it back). */
  async function driver(kind: ContributionKind, stamp?: Stamp): Promise<Driver> {
    const user = ctx.newUser();
    const other = ctx.newUser();
    switch (kind) {
      case ContributionKind.QUESTION_POSTED:
      case ContributionKind.CASE_POSTED:
      case ContributionKind.IDEA_POSTED: {
        const postKind = { QUESTION_POSTED: PostKind.QUESTION, CASE_POSTED: PostKind.CASE, IDEA_POSTED: PostKind.IDEA }[kind];
        return {
          user,
          add: async (at) => {
            const p = await ctx.newPost(user, { kind: postKind }, at);
            return { postId: p.id, title: p.title, undo: async () => void (ctx.posts.delete(user, p.id), await ctx.settle()) };
          },
        };
      }
      case ContributionKind.ANSWER_POSTED:
        return {
          user,
          add: async (at) => {
            const p = await ctx.newPost(other, {}, at);
            const a = await ctx.newAnswer(user, p.id, {}, at);
            return { postId: p.id, title: p.title, undo: async (t) => void (ctx.answers.delete(user, a.id, t), await ctx.settle()) };
          },
        };
      case ContributionKind.ANSWER_ACCEPTED:
        return {
          user,
          add: async (at) => {
            const p = await ctx.newPost(other, {}, at);
            const a = await ctx.newAnswer(user, p.id, {}, at);
            await ctx.accept(other, a.id, at);
            return { postId: p.id, title: p.title, undo: async (t) => void (await ctx.unaccept(other, p.id, t)) };
          },
        };
      case ContributionKind.STAMP_RECEIVED: {
        const mine = await ctx.newPost(user, {});
        return {
          user,
          add: async (at) => {
            const fan = ctx.newUser();
            await ctx.react(fan, mine, stamp!, at);
            return { postId: mine.id, title: mine.title, undo: async (t) => void (await ctx.unreact(fan, mine, stamp!, t)) };
          },
        };
      }
      case ContributionKind.STAMP_GIVEN:
        return {
          user,
          add: async (at) => {
            const p = await ctx.newPost(other, {}, at);
            await ctx.react(user, p, stamp!, at);
            return { postId: p.id, title: p.title, undo: async (t) => void (await ctx.unreact(user, p, stamp!, t)) };
          },
        };
      case ContributionKind.POST_FEATURED: {
        const dx = ctx.newUser({ role: 'DX_OFFICE' });
        const practices = ctx.get(PracticesService);
        return {
          user,
          add: async (at) => {
            const p = await ctx.newPost(user, { kind: PostKind.CASE }, at);
            practices.featurePost(dx, p.id, null, at);
            await ctx.settle();
            return { postId: p.id, title: p.title, undo: async (t) => void (practices.unfeaturePost(dx, p.id, t), await ctx.settle()) };
          },
        };
      }
      case ContributionKind.CASE_ADOPTED: {
        const mine = await ctx.newPost(user, { kind: PostKind.CASE });
        const practices = ctx.get(PracticesService);
        return {
          user,
          add: async (at) => {
            const adopter = ctx.newUser(); // in a department of their own
            practices.recordAdoption(adopter, { postId: mine.id, status: AdoptionStatus.IN_PROGRESS }, at);
            await ctx.settle();
            return {
              postId: mine.id,
              title: mine.title,
              undo: async (t) => void (practices.recordAdoption(adopter, { postId: mine.id, status: AdoptionStatus.DECLINED }, t), await ctx.settle()),
            };
          },
        };
      }
      default:
        throw new Error(`no driver for ${kind}: add one to badges.medium-spec.ts`);
    }
  }

  it('the seeded catalogue is the one this spec drives, and every automatic rule has a driver here', async () => {
    const rows = ctx.db.all<{ code: string; rule: string; params: string; repeatable: number; tier: string }>(
      "SELECT code, rule, params, repeatable, tier FROM badge WHERE rule <> 'MANUAL' AND retired_at IS NULL ORDER BY sort_order",
    );
    expect(rows.map((r) => ({ code: r.code, rule: r.rule, params: JSON.parse(r.params), repeatable: !!r.repeatable, tier: r.tier }))).toEqual(
      automatic.map((b) => ({ code: b.code, rule: b.rule, params: b.params, repeatable: b.repeatable, tier: b.tier })),
    );
    expect(new Set(automatic.map((b) => b.rule))).toEqual(new Set(['COUNT', 'STAMPS_ON_ONE_ANSWER', 'ACCEPTED_IN_SKILL']));
    for (const b of countBadges) await expect(driver(params<CountParams>(b).kind, params<CountParams>(b).stamp)).resolves.toBeDefined();
    expect(
      ctx.badges
        .list()
        .filter((b) => !b.manual)
        .map((b) => b.code),
    ).toEqual(automatic.map((b) => b.code));
  });

  describe.each(countBadges.map((b) => [b.code, b] as const))('%s (COUNT)', (code, badge) => {
    const p = params<CountParams>(badge);

    it(`is granted exactly when ${p.kind}${p.stamp ? ` (${p.stamp})` : ''} reaches ${p.min}, dated by that fact; withdrawing it revokes; crossing again re-grants`, async () => {
      const time = clock();
      const d = await driver(p.kind, p.stamp);
      for (let i = 1; i < p.min; i++) await d.add(time.next());
      expect(held(d.user.id, code)).toEqual([]);

      const crossing = time.next();
      const last = await d.add(crossing);
      expect(held(d.user.id, code)).toEqual([{ code, awardedAt: crossing.toISOString(), postId: last.postId, reason: expect.any(String) }]);
      if (p.min === 1 && !p.kind.startsWith('STAMP')) expect(held(d.user.id, code)[0].reason).toContain(last.title);

      // Idempotent: evaluating again changes nothing.
      const before = ctx.awards(d.user.id);
      expect(ctx.badges.evaluate(d.user.id)).toEqual({ awarded: 0, revoked: 0 });
      expect(ctx.badges.evaluate(d.user.id)).toEqual({ awarded: 0, revoked: 0 });
      expect(ctx.awards(d.user.id)).toEqual(before);

      // Withdrawing one fact drops below the threshold: revoked.
      await last.undo(time.next());
      expect(held(d.user.id, code)).toEqual([]);

      // Crossing again: held once, dated by the new crossing.
      const again = time.next();
      const next = await d.add(again);
      expect(held(d.user.id, code)).toEqual([{ code, awardedAt: again.toISOString(), postId: next.postId, reason: expect.any(String) }]);
      // More facts beyond the threshold do not award it again (not repeatable) nor move its date.
      await d.add(time.next());
      expect(held(d.user.id, code)).toEqual([expect.objectContaining({ awardedAt: again.toISOString() })]);
    });
  });

  it('CHEER badges count only 応援 stamps, wherever they were put (post, answer or comment)', async () => {
    const b = DEFAULT_BADGES.find((x) => x.code === 'CHEERS_RECEIVED_10')!;
    const { min } = params<CountParams>(b);
    const time = clock();
    const me = ctx.newUser();
    const asker = ctx.newUser();
    const post = await ctx.newPost(me, {}, time.next());
    const question = await ctx.newPost(asker, {}, time.next());
    const answer = await ctx.newAnswer(me, question.id, {}, time.next());
    const comment = await ctx.comment(me, question, '同じ状況です', time.next());
    const targets = [post, answer, comment];
    // Plenty of other stamps: none of them count.
    for (let i = 0; i < min; i++) {
      const fan = ctx.newUser();
      await ctx.react(fan, targets[i % 3], 'HELPFUL', time.next());
      await ctx.react(fan, targets[i % 3], 'THANKS', time.next());
    }
    for (let i = 1; i < min; i++) await ctx.react(ctx.newUser(), targets[i % 3], 'CHEER', time.next());
    expect(held(me.id, b.code)).toEqual([]);
    const at = time.next();
    await ctx.react(ctx.newUser(), comment, 'CHEER', at);
    expect(held(me.id, b.code)).toEqual([expect.objectContaining({ awardedAt: at.toISOString() })]);
  });

  describe('HELPFUL_ANSWER (STAMPS_ON_ONE_ANSWER): per answer', () => {
    const b = DEFAULT_BADGES.find((x) => x.rule === 'STAMPS_ON_ONE_ANSWER')!;
    const p = params<{ stamp: Stamp; min: number }>(b);

    it(`is earned by each answer that collects ${p.min} ${p.stamp} stamps, dated by the ${p.min}th; stamps elsewhere do not count`, async () => {
      const time = clock();
      const me = ctx.newUser();
      const asker = ctx.newUser();
      const q1 = await ctx.newPost(asker, { title: '住民票の広域交付' }, time.next());
      const q2 = await ctx.newPost(asker, { title: '窓口の混雑対策' }, time.next());
      const a1 = await ctx.newAnswer(me, q1.id, {}, time.next());
      const a2 = await ctx.newAnswer(me, q2.id, {}, time.next());
      const myPost = await ctx.newPost(me, {}, time.next());
      const fans = Array.from({ length: p.min + 1 }, () => ctx.newUser());
      const other = Object.values(Stamp).find((s) => s !== p.stamp)!;

      // The same stamp on my post, another stamp on the answer, min-1 on each answer: nothing.
      for (const f of fans) await ctx.react(f, myPost, p.stamp, time.next());
      for (const f of fans) await ctx.react(f, a1, other, time.next());
      for (const f of fans.slice(0, p.min - 1)) {
        await ctx.react(f, a1, p.stamp, time.next());
        await ctx.react(f, a2, p.stamp, time.next());
      }
      expect(held(me.id, b.code)).toEqual([]);

      const first = time.next();
      await ctx.react(fans[p.min - 1], a1, p.stamp, first);
      expect(held(me.id, b.code)).toEqual([
        { code: b.code, awardedAt: first.toISOString(), postId: q1.id, reason: expect.stringContaining('住民票の広域交付') },
      ]);

      const second = time.next();
      await ctx.react(fans[p.min - 1], a2, p.stamp, second);
      expect(
        held(me.id, b.code)
          .map((a) => [a.postId, a.awardedAt])
          .sort(),
      ).toEqual(
        [
          [q1.id, first.toISOString()],
          [q2.id, second.toISOString()],
        ].sort(),
      );

      // Idempotent.
      expect(ctx.badges.evaluate(me.id)).toEqual({ awarded: 0, revoked: 0 });

      // Taking one stamp back from the first answer revokes that award only.
      await ctx.unreact(fans[0], a1, p.stamp, time.next());
      expect(held(me.id, b.code).map((a) => a.postId)).toEqual([q2.id]);
      // A further stamp brings it back, dated by the new crossing.
      const back = time.next();
      await ctx.react(fans[p.min], a1, p.stamp, back);
      expect(held(me.id, b.code).find((a) => a.postId === q1.id)?.awardedAt).toBe(back.toISOString());

      // Deleting the answer (a moderator) withdraws its stamps: revoked.
      ctx.answers.delete(ctx.newUser({ role: 'DX_OFFICE' }), a2.id, time.next());
      await ctx.settle();
      expect(held(me.id, b.code).map((a) => a.postId)).toEqual([q1.id]);
    });
  });

  describe('SKILL_ACCEPTED_5 (ACCEPTED_IN_SKILL): per skill, via the tag → skill mapping', () => {
    const b = DEFAULT_BADGES.find((x) => x.rule === 'ACCEPTED_IN_SKILL')!;
    const { min } = params<{ min: number }>(b);
    const name = (code: string) => ctx.skills.byCode(code)!.name;
    const forSkill = (userId: number, skill: string) => held(userId, b.code).filter((a) => a.reason.includes(`「${name(skill)}」`));

    it(`is earned per skill at the ${min}th accepted answer on questions mapped to it; follows retagging, unaccepting and deletion`, async () => {
      const time = clock();
      const me = ctx.newUser();
      const asker = ctx.newUser();
      const accepted = async (tags: string[], at = time.next()) => {
        const post = await ctx.newPost(asker, { tags }, at);
        const answer = await ctx.newAnswer(me, post.id, {}, at);
        await ctx.accept(asker, answer.id, at);
        return { post, answer };
      };

      // Accepted answers on unmapped tags, and answers that are not accepted, do not count.
      for (let i = 0; i < min; i++) await accepted(['庁内イベント']);
      for (let i = 0; i < min; i++) await ctx.newAnswer(me, (await ctx.newPost(asker, { tags: ['RPA'] })).id);
      const rpa = [];
      for (let i = 1; i < min; i++) rpa.push(await accepted(['RPA']));
      expect(held(me.id, b.code)).toEqual([]);

      // A question tagged with two skills counts for both.
      const crossing = time.next();
      const both = await accepted(['AI-OCR', 'kintone'], crossing);
      expect(forSkill(me.id, 'RPA_AI_OCR')).toEqual([expect.objectContaining({ awardedAt: crossing.toISOString(), postId: both.post.id })]);
      expect(forSkill(me.id, 'LOW_CODE')).toEqual([]);
      for (let i = 2; i < min; i++) await accepted(['kintone']);
      const lowCodeAt = time.next();
      await accepted(['ローコード'], lowCodeAt);
      expect(forSkill(me.id, 'LOW_CODE')).toEqual([expect.objectContaining({ awardedAt: lowCodeAt.toISOString() })]);
      expect(held(me.id, b.code)).toHaveLength(2); // repeatable: one per skill
      expect(ctx.badges.evaluate(me.id)).toEqual({ awarded: 0, revoked: 0 });

      // Retagging one RPA question away from the skill revokes (badges follow the post's current tags)…
      ctx.posts.update(asker, { id: rpa[0].post.id, tags: ['庁内イベント'] });
      await ctx.settle();
      expect(forSkill(me.id, 'RPA_AI_OCR')).toEqual([]);
      expect(forSkill(me.id, 'LOW_CODE')).toHaveLength(1);
      // …and tagging it back restores it with the same date: awardedAt is a fact of the ledger, not of the evaluation.
      ctx.posts.update(asker, { id: rpa[0].post.id, tags: ['RPA'] });
      await ctx.settle();
      expect(forSkill(me.id, 'RPA_AI_OCR')).toEqual([expect.objectContaining({ awardedAt: crossing.toISOString() })]);

      // Unaccepting one RPA answer revokes it; deleting a LOW_CODE question (moderator) revokes that one.
      await ctx.unaccept(asker, rpa[1].post.id, time.next());
      expect(forSkill(me.id, 'RPA_AI_OCR')).toEqual([]);
      ctx.posts.delete(ctx.newUser({ role: 'DX_OFFICE' }), both.post.id);
      await ctx.settle();
      expect(held(me.id, b.code)).toEqual([]);
    });
  });

  it('withdrawing a whole thread (moderator deletes the question) revokes what it earned everyone', async () => {
    const time = clock();
    const asker = ctx.newUser();
    const answerer = ctx.newUser();
    const post = await ctx.newPost(asker, {}, time.next());
    const answer = await ctx.newAnswer(answerer, post.id, {}, time.next());
    await ctx.accept(asker, answer.id, time.next());
    expect(ctx.badgeCodes(asker.id)).toEqual(['FIRST_QUESTION']);
    expect(ctx.badgeCodes(answerer.id)).toEqual(['FIRST_ACCEPTED_ANSWER', 'FIRST_ANSWER']);
    ctx.posts.delete(ctx.newUser({ role: 'ADMIN' }), post.id);
    await ctx.settle();
    expect(ctx.badgeCodes(asker.id)).toEqual([]);
    expect(ctx.badgeCodes(answerer.id)).toEqual([]);
  });

  it('anonymous contributions never earn a badge: nothing the asker does in their anonymous thread counts', async () => {
    const time = clock();
    const asker = ctx.newUser();
    const cheersGiven = params<CountParams>(DEFAULT_BADGES.find((x) => x.code === 'CHEERS_GIVEN_50')!).min;
    const cheersReceived = params<CountParams>(DEFAULT_BADGES.find((x) => x.code === 'CHEERS_RECEIVED_10')!).min;
    const helpful = params<{ stamp: Stamp; min: number }>(DEFAULT_BADGES.find((x) => x.rule === 'STAMPS_ON_ONE_ANSWER')!);

    const post = await ctx.newPost(asker, { anonymous: true, tags: ['RPA'] }, time.next());
    const own = await ctx.newAnswer(asker, post.id, { body: '自己解決しました' }, time.next());
    await ctx.comment(asker, post, '補足です', time.next());
    for (let i = 0; i < Math.max(cheersReceived, helpful.min); i++) {
      const fan = ctx.newUser();
      await ctx.react(fan, post, 'CHEER', time.next());
      await ctx.react(fan, own, helpful.stamp, time.next());
    }
    const helpers: MediumUser[] = [];
    for (let i = 0; i < cheersGiven; i++) {
      const helper = ctx.newUser();
      helpers.push(helper);
      await ctx.react(asker, await ctx.newAnswer(helper, post.id, {}, time.next()), 'CHEER', time.next());
    }
    await ctx.accept(asker, own.id, time.next());

    expect(ctx.badgeCodes(asker.id)).toEqual([]);
    expect(ctx.badges.expected(asker.id).size).toBe(0);
    // The people who answered the anonymous question are not anonymous: their facts count.
    expect(ctx.badgeCodes(helpers[0].id)).toEqual(['FIRST_ANSWER']);
    // Control: the same person, named, earns the badge at once.
    const named = await ctx.newPost(asker, {}, time.next());
    expect(ctx.awards(asker.id)).toEqual([expect.objectContaining({ code: 'FIRST_QUESTION', postId: named.id })]);
  });

  it('a backfill reproduces the incremental awards exactly (dates, reasons, posts), and changes nothing when they are current', async () => {
    const time = clock('2025-10-01T00:00:00.000Z');
    const people = [ctx.newUser(), ctx.newUser(), ctx.newUser()];
    const [a, b, c] = people;
    // A mixed history: posts, answers, acceptances (one switched), stamps given and taken back, a deletion.
    const q1 = await ctx.newPost(a, { tags: ['RPA'] }, time.next());
    await ctx.newPost(b, { kind: PostKind.CASE, tags: ['kintone'] }, time.next());
    const ans1 = await ctx.newAnswer(b, q1.id, {}, time.next());
    const ans2 = await ctx.newAnswer(c, q1.id, {}, time.next());
    await ctx.accept(a, ans1.id, time.next());
    await ctx.accept(a, ans2.id, time.next());
    const helpful = params<{ stamp: Stamp; min: number }>(DEFAULT_BADGES.find((x) => x.rule === 'STAMPS_ON_ONE_ANSWER')!);
    for (let i = 0; i < helpful.min; i++) await ctx.react(ctx.newUser(), ans2, helpful.stamp, time.next());
    for (let i = 0; i < 3; i++) {
      const p = await ctx.newPost(b, {}, time.next());
      await ctx.react(a, p, 'CHEER', time.next());
      if (i === 1) await ctx.unreact(a, p, 'CHEER', time.next());
    }
    const gone = await ctx.newPost(c, { kind: PostKind.IDEA }, time.next());
    ctx.posts.delete(c, gone.id);
    await ctx.settle();
    // A manual award the backfill must leave alone.
    const dx = ctx.newUser({ role: 'DX_OFFICE' });
    ctx.badges.createManual(dx, { code: `MEDIUM_AWARD_${a.id}`, name: '中間テスト賞', description: 'テスト', tier: BadgeTierEnum.GOLD });
    ctx.badges.grant(dx, { badgeCode: `MEDIUM_AWARD_${a.id}`, userId: String(a.id), citation: '業務改善の功績' });

    const snapshot = () => people.map((u) => ctx.awards(u.id).sort((x, y) => (x.code + x.postId < y.code + y.postId ? -1 : 1)));
    const incremental = snapshot();
    expect(incremental.flat().map((x) => x.code)).toEqual(
      expect.arrayContaining(['FIRST_QUESTION', 'FIRST_CASE', 'FIRST_ANSWER', 'FIRST_ACCEPTED_ANSWER', 'HELPFUL_ANSWER', `MEDIUM_AWARD_${a.id}`]),
    );
    expect(ctx.badgeCodes(b.id)).not.toContain('FIRST_ACCEPTED_ANSWER'); // switched away from b

    // Nothing to do when every award is current.
    const r = ctx.badges.backfill();
    expect({ awarded: r.awarded, revoked: r.revoked }).toEqual({ awarded: 0, revoked: 0 });
    expect(snapshot()).toEqual(incremental);

    // An installation whose automatic awards were never derived (e.g. facts imported before
    // badges existed): the backfill derives the same awards, with the same dates and reasons.
    const ids = people.map((u) => u.id);
    const automaticAwards = `user_id IN (${ids.map(() => '?').join(',')}) AND badge_id IN (SELECT id FROM badge WHERE rule <> 'MANUAL')`;
    const activeAutomatic = ctx.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM badge_award WHERE revoked_at IS NULL AND ${automaticAwards}`, ids)!.n;
    ctx.db.run(`DELETE FROM badge_award WHERE ${automaticAwards}`, ids);
    expect(
      snapshot()
        .flat()
        .map((x) => x.code),
    ).toEqual([`MEDIUM_AWARD_${a.id}`]);
    const rebuilt = ctx.badges.backfill();
    expect(rebuilt.awarded).toBe(activeAutomatic);
    expect(rebuilt.revoked).toBe(0);
    expect(snapshot()).toEqual(incremental);
  });
});
