import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../core/auth/decorators';
import { badInput } from '../../core/errors/app-error';
import { excerpt, renderMarkdown } from '../../core/markdown/markdown';
import { Requires } from '../../core/policy/requires';
import { LIMITS } from '../../core/validation/limits';
import { User } from '../users/user.model';
import { CreatePostInput, PostFilter, UpdatePostInput } from './dto/post.inputs';
import { Post, PostConnection, Tag } from './post.model';
import { PostsService } from './posts.service';
import type { GqlContext } from '../../core/auth/viewer';

@Resolver(() => Post)
export class PostsResolver {
  constructor(private readonly postsService: PostsService) {}

  @Query(() => PostConnection, { description: 'フィード（Relay カーソル）' })
  posts(
    @Ctx() ctx: GqlContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Args('filter', { type: () => PostFilter, nullable: true }) filter?: PostFilter,
  ): PostConnection {
    return this.postsService.feed(ctx.viewer!, first, after, filter);
  }

  @Query(() => Post, { nullable: true })
  post(@Ctx() ctx: GqlContext, @Args('id', { type: () => ID }) id: string): Post | null {
    return this.postsService.getVisible(ctx.viewer, id);
  }

  @Query(() => [Tag], { description: 'タグの候補（よく使われる順）' })
  tags(
    @Args('prefix', { type: () => String, nullable: true }) prefix?: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 10 }) first?: number,
  ): Tag[] {
    return this.postsService.tags(prefix, first);
  }

  @Query(() => String, { description: 'Markdown を安全な HTML に変換（プレビュー用）' })
  markdownPreview(@Args('body') body: string): string {
    if (body.length > LIMITS.body) throw badInput(`本文は${LIMITS.body}文字以内で入力してください。`, 'body');
    return renderMarkdown(body);
  }

  @Mutation(() => Post)
  createPost(@Ctx() ctx: GqlContext, @Args('input') input: CreatePostInput): Post {
    return this.postsService.create(ctx.viewer!, input);
  }

  @Mutation(() => Post)
  updatePost(@Ctx() ctx: GqlContext, @Args('input') input: UpdatePostInput): Post {
    return this.postsService.update(ctx.viewer!, input);
  }

  @Requires('post.revealAuthor')
  @Mutation(() => User, { description: '匿名の質問の投稿者を表示（DX推進課・管理者、理由が必要・監査ログに記録）' })
  revealAnonymousAuthor(@Ctx() ctx: GqlContext, @Args('postId', { type: () => ID }) postId: string, @Args('reason') reason: string): User {
    return this.postsService.revealAuthor(ctx.viewer!, postId, reason);
  }

  @Mutation(() => Boolean)
  deletePost(@Ctx() ctx: GqlContext, @Args('id', { type: () => ID }) id: string): boolean {
    return this.postsService.delete(ctx.viewer!, id);
  }

  @ResolveField(() => String, { description: 'sanitised HTML rendered from the Markdown body (stored on write)' })
  bodyHtml(@Parent() p: Post): string {
    return p.bodyHtmlValue ?? renderMarkdown(p.body);
  }

  @ResolveField(() => String, { description: 'plain-text excerpt' })
  excerpt(@Parent() p: Post): string {
    return excerpt(p.body);
  }
}

@Resolver(() => PostConnection)
export class PostConnectionResolver {
  @ResolveField(() => Int)
  totalCount(@Parent() c: PostConnection): number {
    return c.totalCountFn();
  }
}
