import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../core/auth/decorators';
import { renderMarkdown } from '../../core/markdown/markdown';
import { Comment } from './comment.model';
import { CommentsService } from './comments.service';
import { AddCommentInput } from './dto/comment.inputs';
import type { GqlContext } from '../../core/auth/viewer';

@Resolver(() => Comment)
export class CommentsResolver {
  constructor(private readonly comments: CommentsService) {}

  @Mutation(() => Comment)
  addComment(@Ctx() ctx: GqlContext, @Args('input') input: AddCommentInput): Comment {
    return this.comments.add(ctx.viewer!, input);
  }

  @Mutation(() => Boolean, { description: 'コメントを削除（本人・DX推進課・管理者）' })
  deleteComment(@Ctx() ctx: GqlContext, @Args('id', { type: () => ID }) id: string): boolean {
    return this.comments.delete(ctx.viewer!, id);
  }

  @ResolveField(() => String)
  bodyHtml(@Parent() c: Comment): string {
    return renderMarkdown(c.body);
  }
}
