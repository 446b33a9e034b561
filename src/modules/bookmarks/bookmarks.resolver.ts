import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../core/auth/decorators';
import { Post, PostConnection } from '../posts/post.model';
import { BookmarksService } from './bookmarks.service';
import type { GqlContext } from '../../core/auth/viewer';

/** `bookmark`, `unbookmark`, `bookmarks` and `Post.bookmarked`: all about the viewer only. */
@Resolver(() => Post)
export class BookmarksResolver {
  constructor(private readonly service: BookmarksService) {}

  @Mutation(() => Boolean, { description: 'あとで読む に保存（本人だけが見られます）' })
  bookmark(@Ctx() ctx: GqlContext, @Args('postId', { type: () => ID }) postId: string): boolean {
    return this.service.bookmark(ctx.viewer!, postId);
  }

  @Mutation(() => Boolean, { description: 'あとで読む から外す' })
  unbookmark(@Ctx() ctx: GqlContext, @Args('postId', { type: () => ID }) postId: string): boolean {
    return this.service.unbookmark(ctx.viewer!, postId);
  }

  @Query(() => PostConnection, { description: '自分の「あとで読む」（保存した新しい順。非表示・削除された投稿は除く）' })
  bookmarks(
    @Ctx() ctx: GqlContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): PostConnection {
    return this.service.list(ctx.viewer!, first, after);
  }

  @ResolveField(() => Boolean, { description: '自分が「あとで読む」に保存している' })
  bookmarked(@Parent() p: Post, @Ctx() ctx: GqlContext): Promise<boolean> {
    return ctx.loaders.get<number, boolean>('bookmarkedByViewer', (ids) => this.service.bookmarkedAmong(ctx.viewer, ids)).load(Number(p.id));
  }
}
