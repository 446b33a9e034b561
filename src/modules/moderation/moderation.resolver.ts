import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../core/auth/decorators';
import { Post } from '../posts/post.model';
import { PostsService } from '../posts/posts.service';
import { ClosePostInput, ModerationCounts, ModerationInput, Report, ReportAction, ReportConnection, ReportInput, ReportStatus } from './moderation.model';
import { ModerationService } from './moderation.service';
import type { GqlContext } from '../../core/auth/viewer';

@Resolver()
export class ModerationResolver {
  constructor(private readonly moderation: ModerationService) {}

  @Mutation(() => Report, { description: '通報する（職員なら誰でも）。同じ内容への未対応の通報があればそれを返します' })
  report(@Ctx() ctx: GqlContext, @Args('input') input: ReportInput): Report {
    return this.moderation.report(ctx.viewer!, input);
  }

  @Query(() => ReportConnection, { description: '通報の一覧（DX推進課・管理者）。未対応は古い順、対応済みは新しい順' })
  reports(
    @Ctx() ctx: GqlContext,
    @Args('status', { type: () => ReportStatus, nullable: true }) status?: ReportStatus | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20, description: '0–100' }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): ReportConnection {
    return this.moderation.reports(ctx.viewer!, status, first, after);
  }

  @Query(() => ModerationCounts, { description: '対応待ちの件数（DX推進課・管理者）' })
  moderationCounts(@Ctx() ctx: GqlContext): ModerationCounts {
    return this.moderation.counts(ctx.viewer!);
  }

  @Mutation(() => Report, {
    description: '通報に対応する：HIDE（非表示。理由は投稿者に示されます。同じ内容への通報もまとめて対応済みに）／DISMISS（問題なし）',
  })
  resolveReport(
    @Ctx() ctx: GqlContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('action', { type: () => ReportAction }) action: ReportAction,
    @Args('note', { type: () => String, nullable: true }) note?: string | null,
  ): Report {
    return this.moderation.resolveReport(ctx.viewer!, id, action, note);
  }

  @Mutation(() => Boolean, { description: '投稿・回答・コメントを非表示にする（理由は必須。投稿者に示されます）。台帳の記録は非表示の間取り消されます' })
  hideContent(@Ctx() ctx: GqlContext, @Args('input') input: ModerationInput): boolean {
    return this.moderation.hideContent(ctx.viewer!, input);
  }

  @Mutation(() => Boolean, { description: '非表示を解除する。台帳の記録は元の日付で戻ります' })
  restoreContent(@Ctx() ctx: GqlContext, @Args('input') input: ModerationInput): boolean {
    return this.moderation.restoreContent(ctx.viewer!, input);
  }

  @Mutation(() => Post, { description: '質問をクローズする：重複（元の質問を指定）／対象外／解決済み（他で）' })
  closePost(@Ctx() ctx: GqlContext, @Args('input') input: ClosePostInput): Post {
    return this.moderation.closePost(ctx.viewer!, input);
  }

  @Mutation(() => Post, { description: 'クローズした質問を再開する' })
  reopenPost(@Ctx() ctx: GqlContext, @Args('postId', { type: () => ID }) postId: string): Post {
    return this.moderation.reopenPost(ctx.viewer!, postId);
  }
}

@Resolver(() => Report)
export class ReportFieldsResolver {
  constructor(private readonly posts: PostsService) {}

  @ResolveField(() => Post, { nullable: true, description: '通報された内容のある投稿' })
  post(@Parent() r: Report, @Ctx() ctx: GqlContext): Promise<Post | null> {
    return ctx.loaders.get<number, Post | null>('postById', (ids) => this.posts.byIds(ctx.viewer, ids)).load(r.postId);
  }
}
