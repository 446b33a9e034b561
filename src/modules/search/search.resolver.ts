import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../core/auth/decorators';
import { Requires } from '../../core/policy/requires';
import { PostFilter } from '../posts/dto/post.inputs';
import { Post } from '../posts/post.model';
import { SearchDateRange } from './dto/search.args';
import { SearchConnection, SearchSynonymGroup } from './search.model';
import { SearchService } from './search.service';
import { SynonymsService } from './synonyms.service';
import type { GqlContext } from '../../core/auth/viewer';

@Resolver()
export class SearchResolver {
  constructor(
    private readonly search: SearchService,
    private readonly synonyms: SynonymsService,
  ) {}

  @Query(() => SearchConnection, { name: 'search', description: '全文検索（すべての語を含む投稿、関連度順）' })
  searchPosts(
    @Ctx() ctx: GqlContext,
    @Args('query') query: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Args('filter', { type: () => PostFilter, nullable: true }) filter?: PostFilter,
    @Args('createdAt', { type: () => SearchDateRange, nullable: true }) createdAt?: SearchDateRange,
  ): Promise<SearchConnection> {
    return this.search.search(ctx.viewer!, query, first, after, filter, createdAt);
  }

  @Query(() => [Post], { description: '入力中のタイトルに似た投稿（質問フォーム用）' })
  similarPosts(
    @Ctx() ctx: GqlContext,
    @Args('title') title: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 5, description: '0–100; outside is BAD_USER_INPUT' }) first: number,
    @Args('excludeId', { type: () => ID, nullable: true }) excludeId?: string,
  ): Promise<Post[]> {
    return this.search.similar(ctx.viewer!, title, first, excludeId);
  }

  @Query(() => [SearchSynonymGroup], { description: '検索の同義語辞書' })
  searchSynonyms(): SearchSynonymGroup[] {
    return this.synonyms.list();
  }

  @Requires('synonyms.edit')
  @Mutation(() => SearchSynonymGroup, { description: '同義語グループを追加（DX推進課）' })
  createSearchSynonymGroup(@Ctx() ctx: GqlContext, @Args('terms', { type: () => [String] }) terms: string[]): SearchSynonymGroup {
    return this.synonyms.create(ctx.viewer!, terms);
  }

  @Requires('synonyms.edit')
  @Mutation(() => SearchSynonymGroup, { description: '同義語グループを更新（DX推進課）' })
  updateSearchSynonymGroup(
    @Ctx() ctx: GqlContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('terms', { type: () => [String] }) terms: string[],
  ): SearchSynonymGroup {
    return this.synonyms.update(ctx.viewer!, id, terms);
  }

  @Requires('synonyms.edit')
  @Mutation(() => Boolean, { description: '同義語グループを削除（DX推進課）' })
  deleteSearchSynonymGroup(@Ctx() ctx: GqlContext, @Args('id', { type: () => ID }) id: string): boolean {
    return this.synonyms.delete(ctx.viewer!, id);
  }
}

@Resolver(() => Post)
export class RelatedPostsResolver {
  constructor(private readonly search: SearchService) {}

  @ResolveField(() => [Post], { description: '関連する投稿（タイトルが似ているもの）' })
  relatedPosts(
    @Parent() post: Post,
    @Ctx() ctx: GqlContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 5, description: '0–100; outside is BAD_USER_INPUT' }) first: number,
  ): Promise<Post[]> {
    return this.search.related(ctx.viewer!, post, first);
  }
}
