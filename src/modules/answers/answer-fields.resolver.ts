import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../core/auth/decorators';
import { Post } from '../posts/post.model';
import { User } from '../users/user.model';
import { Answer } from './answer.model';
import { AnswersService } from './answers.service';
import type { GqlContext } from '../../core/auth/viewer';

const answersOf = (ctx: GqlContext, answers: AnswersService, postId: string) =>
  ctx.loaders.get<number, Answer[]>('answersByPost', (ids) => answers.forPosts(ctx.viewer, ids)).load(Number(postId));

/** `Post.answers` and `Post.acceptedAnswer`: resolved by the answers module, which owns answers. */
@Resolver(() => Post)
export class PostAnswersResolver {
  constructor(private readonly answersService: AnswersService) {}

  @ResolveField(() => [Answer], { description: 'accepted answer first, then oldest first' })
  answers(@Parent() p: Post, @Ctx() ctx: GqlContext): Promise<Answer[]> | Answer[] {
    if (p.contentWithheld) return [];
    return answersOf(ctx, this.answersService, p.id);
  }

  @ResolveField(() => Answer, { nullable: true })
  async acceptedAnswer(@Parent() p: Post, @Ctx() ctx: GqlContext): Promise<Answer | null> {
    if (!p.acceptedAnswerId || p.contentWithheld) return null;
    const list = await answersOf(ctx, this.answersService, p.id);
    return list.find((a) => a.accepted) ?? null;
  }
}

/** `User.answers`. */
@Resolver(() => User)
export class UserAnswersResolver {
  constructor(private readonly answersService: AnswersService) {}

  @ResolveField(() => [Answer])
  answers(@Parent() u: User, @Ctx() ctx: GqlContext, @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number): Answer[] {
    return this.answersService.byAuthor(ctx.viewer, Number(u.id), first);
  }
}
