import { Args, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../core/auth/decorators';
import { Requires } from '../../core/policy/requires';
import { Answer } from '../answers/answer.model';
import { Post } from '../posts/post.model';
import { AnswerRevision, PostRevision } from './history.model';
import { HistoryService } from './history.service';
import type { GqlContext } from '../../core/auth/viewer';

const firstArg = { type: () => Int, nullable: true, description: '新しい順に何版まで（既定 5、最大 50）' } as const;

/** `Post.revisions`, `Post.revisionCount` and the post rollback. */
@Resolver(() => Post)
export class PostHistoryResolver {
  constructor(private readonly history: HistoryService) {}

  @ResolveField(() => [PostRevision], { description: '編集履歴（新しい順）。非表示の投稿は、投稿者とDX推進課・管理者にだけ' })
  revisions(@Parent() p: Post, @Ctx() ctx: GqlContext, @Args('first', firstArg) first?: number | null): PostRevision[] {
    return this.history.postRevisions(ctx.viewer, p, first);
  }

  @ResolveField(() => Int, { description: '版の数（2 以上なら編集済み）' })
  revisionCount(@Parent() p: Post, @Ctx() ctx: GqlContext): Promise<number> {
    return ctx.loaders.get<number, number>('postRevisionCount', (ids) => this.history.postRevisionCounts(ids)).load(Number(p.id));
  }

  @Requires('content.rollback')
  @Mutation(() => Post, { description: '投稿を以前の版に戻す（DX推進課）。新しい版として記録され、監査ログに残ります' })
  rollbackPost(@Ctx() ctx: GqlContext, @Args('postId', { type: () => ID }) postId: string, @Args('revisionId', { type: () => ID }) revisionId: string): Post {
    return this.history.rollbackPost(ctx.viewer!, postId, revisionId);
  }
}

/** `Answer.revisions`, `Answer.revisionCount` and the answer rollback. */
@Resolver(() => Answer)
export class AnswerHistoryResolver {
  constructor(private readonly history: HistoryService) {}

  @ResolveField(() => [AnswerRevision], { description: '編集履歴（新しい順）。非表示の回答は、回答者とDX推進課・管理者にだけ' })
  revisions(@Parent() a: Answer, @Ctx() ctx: GqlContext, @Args('first', firstArg) first?: number | null): AnswerRevision[] {
    return this.history.answerRevisions(ctx.viewer, a, first);
  }

  @ResolveField(() => Int, { description: '版の数（2 以上なら編集済み）' })
  revisionCount(@Parent() a: Answer, @Ctx() ctx: GqlContext): Promise<number> {
    return ctx.loaders.get<number, number>('answerRevisionCount', (ids) => this.history.answerRevisionCounts(ids)).load(Number(a.id));
  }

  @Requires('content.rollback')
  @Mutation(() => Answer, { description: '回答を以前の版に戻す（DX推進課）。新しい版として記録され、監査ログに残ります' })
  rollbackAnswer(
    @Ctx() ctx: GqlContext,
    @Args('answerId', { type: () => ID }) answerId: string,
    @Args('revisionId', { type: () => ID }) revisionId: string,
  ): Answer {
    return this.history.rollbackAnswer(ctx.viewer!, answerId, revisionId);
  }
}
