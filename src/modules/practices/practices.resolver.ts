import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../core/auth/decorators';
import { Post } from '../posts/post.model';
import { PostsService } from '../posts/posts.service';
import { Adoption, AdoptionInput, Collection, CollectionInput, CollectionRef, ImpactSummary } from './practices.model';
import { PracticesService } from './practices.service';
import type { GqlContext } from '../../core/auth/viewer';

const postById = (ctx: GqlContext, posts: PostsService, id: number) =>
  ctx.loaders.get<number, Post | null>('postById', (ids) => posts.byIds(ctx.viewer, ids)).load(id);

@Resolver()
export class PracticesResolver {
  constructor(private readonly practices: PracticesService) {}

  @Mutation(() => Post, { description: '優良事例にする（DX推進課）。投稿者に台帳の記録（POST_FEATURED）。選定済みならひとことだけ変更' })
  featurePost(
    @Ctx() ctx: GqlContext,
    @Args('postId', { type: () => ID }) postId: string,
    @Args('note', { type: () => String, nullable: true }) note?: string | null,
  ): Post {
    return this.practices.featurePost(ctx.viewer!, postId, note);
  }

  @Mutation(() => Post, { description: '優良事例から外す（DX推進課）。投稿者の記録は取り消されます' })
  unfeaturePost(@Ctx() ctx: GqlContext, @Args('postId', { type: () => ID }) postId: string): Post {
    return this.practices.unfeaturePost(ctx.viewer!, postId);
  }

  @Query(() => [Collection], { description: 'まとめの一覧（新しく更新された順）' })
  collections(@Ctx() ctx: GqlContext): Collection[] {
    return this.practices.collections(ctx.viewer!);
  }

  @Query(() => Collection, { nullable: true })
  collection(@Ctx() ctx: GqlContext, @Args('id', { type: () => ID }) id: string): Collection | null {
    return this.practices.collection(ctx.viewer!, id);
  }

  @Mutation(() => Collection, { description: 'まとめを作る（DX推進課）' })
  createCollection(@Ctx() ctx: GqlContext, @Args('input') input: CollectionInput): Collection {
    return this.practices.createCollection(ctx.viewer!, input);
  }

  @Mutation(() => Collection, { description: 'まとめの題名・説明を変える（DX推進課）' })
  updateCollection(@Ctx() ctx: GqlContext, @Args('id', { type: () => ID }) id: string, @Args('input') input: CollectionInput): Collection {
    return this.practices.updateCollection(ctx.viewer!, id, input);
  }

  @Mutation(() => Boolean, { description: 'まとめを削除する（DX推進課）。投稿は残ります' })
  deleteCollection(@Ctx() ctx: GqlContext, @Args('id', { type: () => ID }) id: string): boolean {
    return this.practices.deleteCollection(ctx.viewer!, id);
  }

  @Mutation(() => Collection, { description: 'まとめに投稿を入れる（位置は1から。省略すると最後。入っていれば移動）' })
  addToCollection(
    @Ctx() ctx: GqlContext,
    @Args('collectionId', { type: () => ID }) collectionId: string,
    @Args('postId', { type: () => ID }) postId: string,
    @Args('position', { type: () => Int, nullable: true }) position?: number | null,
  ): Collection {
    return this.practices.addToCollection(ctx.viewer!, collectionId, postId, position);
  }

  @Mutation(() => Collection, { description: 'まとめから投稿を外す' })
  removeFromCollection(
    @Ctx() ctx: GqlContext,
    @Args('collectionId', { type: () => ID }) collectionId: string,
    @Args('postId', { type: () => ID }) postId: string,
  ): Collection {
    return this.practices.removeFromCollection(ctx.viewer!, collectionId, postId);
  }

  @Mutation(() => Adoption, {
    description:
      '横展開：ほかの部署の事例を自分の部署で導入した（検討中・導入中・導入済み・見送り）と記録する。部署ごとに1件で、記録し直すと更新されます。導入中・導入済みで事例の投稿者に台帳の記録（CASE_ADOPTED）',
  })
  recordAdoption(@Ctx() ctx: GqlContext, @Args('input') input: AdoptionInput): Adoption {
    return this.practices.recordAdoption(ctx.viewer!, input);
  }

  @Query(() => ImpactSummary, { description: '効果：年度の年間削減時間（その年度に投稿された事例＋その年度に導入済みになった横展開）、部署別と事例別' })
  impactSummary(@Ctx() ctx: GqlContext, @Args('fiscalYear', { type: () => Int }) fiscalYear: number): ImpactSummary {
    return this.practices.impactSummary(ctx.viewer!, fiscalYear);
  }
}

/** `Post.adoptions`, `Post.collections`, `Post.viewerCanRecordAdoption`: owned by the practices module. */
@Resolver(() => Post)
export class PostPracticesResolver {
  constructor(private readonly practices: PracticesService) {}

  @ResolveField(() => [Adoption], { description: '横展開：この事例を導入した（しようとしている）部署' })
  adoptions(@Parent() p: Post, @Ctx() ctx: GqlContext): Promise<Adoption[]> {
    return ctx.loaders.get<number, Adoption[]>('adoptionsByPost', (ids) => this.practices.adoptionsOfPosts(ctx.viewer, ids)).load(Number(p.id));
  }

  @ResolveField(() => [CollectionRef], { description: 'この投稿が入っているまとめ' })
  collections(@Parent() p: Post, @Ctx() ctx: GqlContext): Promise<CollectionRef[]> {
    return ctx.loaders.get<number, CollectionRef[]>('collectionsByPost', (ids) => this.practices.collectionsOfPosts(ids)).load(Number(p.id));
  }

  @ResolveField(() => Boolean, { description: 'この事例の導入を記録できるか（ほかの部署の職員・DX推進課）' })
  viewerCanRecordAdoption(@Parent() p: Post, @Ctx() ctx: GqlContext): boolean {
    return this.practices.viewerCanRecordAdoption(ctx.viewer, p);
  }
}

@Resolver(() => Collection)
export class CollectionFieldsResolver {
  constructor(private readonly postsService: PostsService) {}

  @ResolveField(() => [Post], { description: 'まとめの投稿（順番どおり。削除・非表示の投稿は除く）' })
  async posts(@Parent() c: Collection, @Ctx() ctx: GqlContext): Promise<Post[]> {
    const list = await Promise.all(c.postIds.map((id) => postById(ctx, this.postsService, id)));
    return list.filter((p): p is Post => !!p);
  }
}

@Resolver(() => Adoption)
export class AdoptionFieldsResolver {
  constructor(private readonly posts: PostsService) {}

  @ResolveField(() => Post, { nullable: true, description: 'この導入について書いた続きの事例' })
  followUpPost(@Parent() a: Adoption, @Ctx() ctx: GqlContext): Promise<Post | null> | null {
    return a.followUpPostId ? postById(ctx, this.posts, a.followUpPostId) : null;
  }

  @ResolveField(() => Post, { nullable: true, description: '導入した事例' })
  post(@Parent() a: Adoption, @Ctx() ctx: GqlContext): Promise<Post | null> {
    return postById(ctx, this.posts, a.postId);
  }
}
