import { ErrorCode } from '../../src/core/errors/app-error';
import { ContributionKind } from '../../src/modules/ledger/contribution-kinds';
import { PostKind, PostStatus } from '../../src/modules/posts/content.enums';
import { clock, MediumContext } from './medium-context';

/** The code a service error carries (what the API reports as extensions.code). */
function errorCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
  return undefined;
}

describe('acceptance (ベストアンサー) through AnswersService', () => {
  let ctx: MediumContext;
  beforeAll(async () => {
    ctx = await MediumContext.create();
  });
  afterAll(() => ctx.close());

  const accepted = (userId: number) => ctx.users.counts(userId, false).accepted;

  it('accepting resolves the question and credits the answerer with one ANSWER_ACCEPTED fact worth the configured points', async () => {
    const time = clock();
    const asker = ctx.newUser();
    const answerer = ctx.newUser();
    const post = await ctx.newPost(asker, { tags: ['RPA'] }, time.next());
    const answer = await ctx.newAnswer(answerer, post.id, {}, time.next());
    expect(accepted(answerer.id)).toBe(0);

    const at = time.next();
    const resolved = await ctx.accept(asker, answer.id, at);

    expect(resolved.status).toBe(PostStatus.RESOLVED);
    expect(resolved.acceptedAnswerId).toBe(Number(answer.id));
    expect(ctx.answers.forPosts(asker, [Number(post.id)])[0].map((a) => [a.id, a.accepted])).toEqual([[answer.id, true]]);
    expect(accepted(answerer.id)).toBe(1);
    expect(ctx.ledger(answerer.id, ContributionKind.ANSWER_ACCEPTED)).toEqual([
      expect.objectContaining({
        delta: 1,
        points: ctx.pointsConfig.ANSWER_ACCEPTED,
        post_id: Number(post.id),
        answer_id: Number(answer.id),
        actor_id: asker.id,
        occurred_at: at.toISOString(),
      }),
    ]);
    // The asker gets nothing for accepting.
    expect(ctx.net(asker.id, ContributionKind.ANSWER_ACCEPTED)).toBe(0);
  });

  it('accepting the same answer again changes nothing (no second fact)', async () => {
    const time = clock();
    const asker = ctx.newUser();
    const answerer = ctx.newUser();
    const post = await ctx.newPost(asker, {}, time.next());
    const answer = await ctx.newAnswer(answerer, post.id, {}, time.next());
    await ctx.accept(asker, answer.id, time.next());
    const again = await ctx.accept(asker, answer.id, time.next());
    expect(again.status).toBe(PostStatus.RESOLVED);
    expect(ctx.ledger(answerer.id, ContributionKind.ANSWER_ACCEPTED)).toHaveLength(1);
    expect(accepted(answerer.id)).toBe(1);
  });

  it('accepting your own answer resolves the question but earns no fact, count or badge', async () => {
    const time = clock();
    const asker = ctx.newUser();
    const post = await ctx.newPost(asker, { tags: ['RPA'] }, time.next());
    const own = await ctx.newAnswer(asker, post.id, { body: '自己解決しました' }, time.next());
    const resolved = await ctx.accept(asker, own.id, time.next());
    expect(resolved.status).toBe(PostStatus.RESOLVED);
    expect(resolved.acceptedAnswerId).toBe(Number(own.id));
    expect(ctx.ledger(asker.id, ContributionKind.ANSWER_ACCEPTED)).toEqual([]);
    expect(accepted(asker.id)).toBe(0);
    expect(ctx.badgeCodes(asker.id)).not.toContain('FIRST_ACCEPTED_ANSWER');
  });

  it('switching the accepted answer moves the fact from the first answerer to the second', async () => {
    const time = clock();
    const asker = ctx.newUser();
    const first = ctx.newUser();
    const second = ctx.newUser();
    const post = await ctx.newPost(asker, {}, time.next());
    const a1 = await ctx.newAnswer(first, post.id, {}, time.next());
    const a2 = await ctx.newAnswer(second, post.id, {}, time.next());
    await ctx.accept(asker, a1.id, time.next());
    expect([accepted(first.id), accepted(second.id)]).toEqual([1, 0]);

    const switchedAt = time.next();
    const after = await ctx.accept(asker, a2.id, switchedAt);

    expect(after.status).toBe(PostStatus.RESOLVED);
    expect(after.acceptedAnswerId).toBe(Number(a2.id));
    expect(ctx.answers.forPosts(asker, [Number(post.id)])[0].map((a) => [a.id, a.accepted])).toEqual([
      [a2.id, true],
      [a1.id, false],
    ]);
    expect([accepted(first.id), accepted(second.id)]).toEqual([0, 1]);
    // Undo never edits: the first answerer's fact is withdrawn by a compensating entry.
    const firstFacts = ctx.ledger(first.id, ContributionKind.ANSWER_ACCEPTED);
    expect(firstFacts.map((f) => [f.delta, f.points])).toEqual([
      [1, ctx.pointsConfig.ANSWER_ACCEPTED],
      [-1, -ctx.pointsConfig.ANSWER_ACCEPTED],
    ]);
    expect(firstFacts[1]).toMatchObject({ reverses_id: firstFacts[0].id, occurred_at: switchedAt.toISOString() });
    expect(ctx.badgeCodes(first.id)).not.toContain('FIRST_ACCEPTED_ANSWER');
    expect(ctx.badgeCodes(second.id)).toContain('FIRST_ACCEPTED_ANSWER');
  });

  it('unaccepting reopens the question and withdraws the fact', async () => {
    const time = clock();
    const asker = ctx.newUser();
    const answerer = ctx.newUser();
    const post = await ctx.newPost(asker, {}, time.next());
    const answer = await ctx.newAnswer(answerer, post.id, {}, time.next());
    await ctx.accept(asker, answer.id, time.next());

    const reopened = await ctx.unaccept(asker, post.id, time.next());

    expect(reopened.status).toBe(PostStatus.OPEN);
    expect(reopened.acceptedAnswerId).toBeNull();
    expect(ctx.answers.forPosts(asker, [Number(post.id)])[0].map((a) => a.accepted)).toEqual([false]);
    expect(accepted(answerer.id)).toBe(0);
    expect(ctx.net(answerer.id, ContributionKind.ANSWER_ACCEPTED)).toBe(0);
    // The answer itself still counts.
    expect(ctx.net(answerer.id, ContributionKind.ANSWER_POSTED)).toBe(1);
    expect(ctx.badgeCodes(answerer.id)).toEqual(['FIRST_ANSWER']);
  });

  it('only the asker and the DX office may accept or unaccept; anyone else gets FORBIDDEN and nothing changes', async () => {
    const time = clock();
    const dep = ctx.newDepartment('市民課');
    const asker = ctx.newUser({ departmentId: dep });
    const answerer = ctx.newUser();
    const post = await ctx.newPost(asker, {}, time.next());
    const answer = await ctx.newAnswer(answerer, post.id, {}, time.next());
    const outsiders = [ctx.newUser({ role: 'STAFF', departmentId: dep }), ctx.newUser({ role: 'MANAGER', manages: [dep] }), ctx.newUser({ role: 'ADMIN' })];
    for (const who of outsiders) {
      expect(errorCode(() => ctx.answers.accept(who, answer.id, time.next()))).toBe(ErrorCode.FORBIDDEN);
    }
    // Nor can the answerer accept their own answer on someone else's question.
    expect(errorCode(() => ctx.answers.accept(answerer, answer.id, time.next()))).toBe(ErrorCode.FORBIDDEN);
    expect(ctx.posts.getVisible(asker, post.id)!.status).toBe(PostStatus.OPEN);
    expect(accepted(answerer.id)).toBe(0);

    const dx = ctx.newUser({ role: 'DX_OFFICE' });
    const byDx = await ctx.accept(dx, answer.id, time.next());
    expect(byDx.status).toBe(PostStatus.RESOLVED);
    expect(ctx.ledger(answerer.id, ContributionKind.ANSWER_ACCEPTED)).toEqual([expect.objectContaining({ delta: 1, actor_id: dx.id })]);

    for (const who of [...outsiders, answerer]) {
      expect(errorCode(() => ctx.answers.unaccept(who, post.id, time.next()))).toBe(ErrorCode.FORBIDDEN);
    }
    expect(ctx.posts.getVisible(asker, post.id)!.status).toBe(PostStatus.RESOLVED);
    expect((await ctx.unaccept(dx, post.id, time.next())).status).toBe(PostStatus.OPEN);
    expect(accepted(answerer.id)).toBe(0);
  });

  it('only questions have an accepted answer: an answer on a case cannot be accepted (BAD_USER_INPUT)', async () => {
    const author = ctx.newUser();
    const colleague = ctx.newUser();
    const caseStudy = await ctx.newPost(author, { kind: PostKind.CASE });
    const answer = await ctx.newAnswer(colleague, caseStudy.id);
    expect(errorCode(() => ctx.answers.accept(author, answer.id))).toBe(ErrorCode.BAD_USER_INPUT);
    expect(ctx.posts.getVisible(author, caseStudy.id)!.status).toBe(PostStatus.OPEN);
    expect(accepted(colleague.id)).toBe(0);
  });

  it('the author cannot delete an accepted answer; a moderator (DX office or admin) can, which reopens the question and withdraws its facts', async () => {
    const time = clock();
    const asker = ctx.newUser();
    const answerer = ctx.newUser();
    const fan = ctx.newUser();
    const threads = [];
    for (const moderatorRole of ['DX_OFFICE', 'ADMIN'] as const) {
      const post = await ctx.newPost(asker, { tags: ['kintone'] }, time.next());
      const answer = await ctx.newAnswer(answerer, post.id, {}, time.next());
      await ctx.react(fan, answer, 'HELPFUL', time.next());
      await ctx.accept(asker, answer.id, time.next());
      threads.push({ post, answer, moderator: ctx.newUser({ role: moderatorRole }) });
    }
    expect(accepted(answerer.id)).toBe(2);
    expect(ctx.skill(answerer.id, 'LOW_CODE').evidenceCount).toBe(2);

    for (const { post, answer, moderator } of threads) {
      expect(errorCode(() => ctx.answers.delete(answerer, answer.id, time.next()))).toBe(ErrorCode.FORBIDDEN);
      expect(ctx.posts.getVisible(asker, post.id)!.status).toBe(PostStatus.RESOLVED);

      expect(ctx.answers.delete(moderator, answer.id, time.next())).toBe(true);
      await ctx.settle();

      const reopened = ctx.posts.getVisible(asker, post.id)!;
      expect(reopened.status).toBe(PostStatus.OPEN);
      expect(reopened.acceptedAnswerId).toBeNull();
      expect(reopened.answerCount).toBe(0);
      expect(ctx.answers.forPosts(asker, [Number(post.id)])[0]).toEqual([]);
    }
    // Everything credited through the answers is withdrawn: the answers, their acceptance, the stamps.
    expect(ctx.users.counts(answerer.id, false)).toMatchObject({ answers: 0, accepted: 0 });
    expect(ctx.net(answerer.id, ContributionKind.STAMP_RECEIVED)).toBe(0);
    expect(ctx.skill(answerer.id, 'LOW_CODE')).toMatchObject({ points: 0, evidenceCount: 0 });
    expect(ctx.badgeCodes(answerer.id)).toEqual([]);
    // The asker can pick another answer afterwards.
    const next = await ctx.newAnswer(fan, threads[0].post.id, {}, time.next());
    expect((await ctx.accept(asker, next.id, time.next())).status).toBe(PostStatus.RESOLVED);
    expect(accepted(fan.id)).toBe(1);
  });

  it('an answer on a deleted question cannot be accepted (NOT_FOUND)', async () => {
    const asker = ctx.newUser();
    const answerer = ctx.newUser();
    const post = await ctx.newPost(asker);
    const answer = await ctx.newAnswer(answerer, post.id);
    ctx.posts.delete(ctx.newUser({ role: 'DX_OFFICE' }), post.id);
    await ctx.settle();
    expect(errorCode(() => ctx.answers.accept(asker, answer.id))).toBe(ErrorCode.NOT_FOUND);
    expect(accepted(answerer.id)).toBe(0);
  });
});
