import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../core/auth/decorators';
import { renderMarkdown } from '../../core/markdown/markdown';
import { answerCan } from '../../core/policy/object-policy';
import { Post } from '../posts/post.model';
import { PostsService } from '../posts/posts.service';
import { Answer } from './answer.model';
import { AnswersService } from './answers.service';
import { CreateAnswerInput, UpdateAnswerInput } from './dto/answer.inputs';
import type { GqlContext } from '../../core/auth/viewer';

@Resolver(() => Answer)
export class AnswersResolver {
  constructor(
    private readonly answers: AnswersService,
    private readonly posts: PostsService,
  ) {}

  @Mutation(() => Answer)
  createAnswer(@Ctx() ctx: GqlContext, @Args('input') input: CreateAnswerInput): Answer {
    return this.answers.create(ctx.viewer!, input);
  }

  @Mutation(() => Post, { description: 'ベストアンサーにする（質問者・DX推進課）' })
  acceptAnswer(@Ctx() ctx: GqlContext, @Args('answerId', { type: () => ID }) answerId: string): Post {
    ctx.loaders.clearAll();
    return this.answers.accept(ctx.viewer!, answerId);
  }

  @Mutation(() => Post, { description: 'ベストアンサーを取り消す' })
  unacceptAnswer(@Ctx() ctx: GqlContext, @Args('postId', { type: () => ID }) postId: string): Post {
    ctx.loaders.clearAll();
    return this.answers.unaccept(ctx.viewer!, postId);
  }

  @Mutation(() => Answer, { description: '回答を編集（本人・DX推進課・管理者）。履歴が残ります。' })
  updateAnswer(@Ctx() ctx: GqlContext, @Args('input') input: UpdateAnswerInput): Answer {
    ctx.loaders.clearAll();
    return this.answers.update(ctx.viewer!, input);
  }

  @Mutation(() => Boolean, { description: '回答を削除（本人はベストアンサー以外・DX推進課・管理者）' })
  deleteAnswer(@Ctx() ctx: GqlContext, @Args('id', { type: () => ID }) id: string): boolean {
    ctx.loaders.clearAll();
    return this.answers.delete(ctx.viewer!, id);
  }

  @ResolveField(() => Boolean)
  viewerIsAuthor(@Parent() a: Answer, @Ctx() ctx: GqlContext): boolean {
    return ctx.viewer?.id === a.authorId;
  }

  @ResolveField(() => Boolean)
  viewerCanEdit(@Parent() a: Answer, @Ctx() ctx: GqlContext): boolean {
    return answerCan(ctx.viewer, { authorId: a.authorId, accepted: a.accepted }, 'answer.edit');
  }

  @ResolveField(() => Boolean, { description: 'authors cannot delete an accepted answer' })
  viewerCanDelete(@Parent() a: Answer, @Ctx() ctx: GqlContext): boolean {
    return answerCan(ctx.viewer, { authorId: a.authorId, accepted: a.accepted }, 'answer.delete');
  }

  @ResolveField(() => String)
  bodyHtml(@Parent() a: Answer): string {
    return a.bodyHtmlValue ?? renderMarkdown(a.body);
  }

  @ResolveField(() => Post, { nullable: true })
  post(@Parent() a: Answer, @Ctx() ctx: GqlContext): Promise<Post | null> {
    return ctx.loaders.get<number, Post | null>('postById', (ids) => this.posts.byIds(ctx.viewer, ids)).load(Number(a.postId));
  }
}
