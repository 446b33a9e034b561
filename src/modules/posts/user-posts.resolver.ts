import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../core/auth/decorators';
import { User } from '../users/user.model';
import { PostConnection } from './post.model';
import { PostsService } from './posts.service';
import type { GqlContext } from '../../core/auth/viewer';

/** `User.posts`: resolved by the posts module, which owns posts (users know nothing of them). */
@Resolver(() => User)
export class UserPostsResolver {
  constructor(private readonly postsService: PostsService) {}

  @ResolveField(() => PostConnection, { description: 'posts by this person (anonymous ones only to the person themselves)' })
  posts(
    @Parent() u: User,
    @Ctx() ctx: GqlContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): PostConnection {
    return this.postsService.feed(ctx.viewer!, first, after, { authorId: u.id });
  }
}
