import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../core/auth/decorators';
import { Answer } from '../answers/answer.model';
import { ReactionTargetType } from '../posts/content.enums';
import { Post } from '../posts/post.model';
import { Comment } from './comment.model';
import { commentTargetKey, CommentsService } from './comments.service';
import type { GqlContext } from '../../core/auth/viewer';

const commentsOf = (ctx: GqlContext, comments: CommentsService, key: string) =>
  ctx.loaders.get<string, Comment[]>('commentsByTarget', (keys) => comments.forTargets(ctx.viewer, keys)).load(key);

/** `Post.comments`: resolved by the comments module, which owns comments. */
@Resolver(() => Post)
export class PostCommentsResolver {
  constructor(private readonly commentsService: CommentsService) {}

  @ResolveField(() => [Comment])
  comments(@Parent() p: Post, @Ctx() ctx: GqlContext): Promise<Comment[]> | Comment[] {
    if (p.contentWithheld) return [];
    return commentsOf(ctx, this.commentsService, commentTargetKey(ReactionTargetType.POST, p.id));
  }
}

/** `Answer.comments`. */
@Resolver(() => Answer)
export class AnswerCommentsResolver {
  constructor(private readonly commentsService: CommentsService) {}

  @ResolveField(() => [Comment])
  comments(@Parent() a: Answer, @Ctx() ctx: GqlContext): Promise<Comment[]> {
    return commentsOf(ctx, this.commentsService, commentTargetKey(ReactionTargetType.ANSWER, a.id));
  }
}
