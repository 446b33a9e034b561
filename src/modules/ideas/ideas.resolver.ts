import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../core/auth/decorators';
import { IdeaStatus } from '../posts/content.enums';
import { Post } from '../posts/post.model';
import { IdeaStatusChange } from './ideas.model';
import { IdeasService } from './ideas.service';
import type { GqlContext } from '../../core/auth/viewer';

/** `setIdeaStatus`, `Post.viewerCanSetIdeaStatus` and `Post.ideaStatusChanges`. */
@Resolver(() => Post)
export class IdeasResolver {
  constructor(private readonly ideas: IdeasService) {}

  @Mutation(() => Post, {
    description: 'アイデアの状況（提案・検討中・採用・見送り）とメモ（500字まで）を設定（DX推進課、投稿した部署の管理職）。投稿者に通知',
  })
  setIdeaStatus(
    @Ctx() ctx: GqlContext,
    @Args('postId', { type: () => ID }) postId: string,
    @Args('status', { type: () => IdeaStatus }) status: IdeaStatus,
    @Args('note', { type: () => String, nullable: true }) note?: string | null,
  ): Post {
    return this.ideas.setStatus(ctx.viewer!, postId, status, note);
  }

  @ResolveField(() => Boolean, { description: 'このアイデアの状況を変更できる（DX推進課、投稿した部署の管理職）' })
  viewerCanSetIdeaStatus(@Parent() p: Post, @Ctx() ctx: GqlContext): boolean {
    return this.ideas.canSetStatus(ctx.viewer, p);
  }

  @ResolveField(() => [IdeaStatusChange], { description: 'アイデアの状況の変更履歴（新しい順、20件まで）' })
  ideaStatusChanges(@Parent() p: Post): IdeaStatusChange[] {
    return this.ideas.changes(p);
  }
}
