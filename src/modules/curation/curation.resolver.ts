import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../core/auth/decorators';
import { Answer } from '../answers/answer.model';
import { Post, PostConnection, Tag } from '../posts/post.model';
import { ReviewDue, TagDetail, TagUpdateInput } from './curation.model';
import { CurationService } from './curation.service';
import type { GqlContext } from '../../core/auth/viewer';

const asTag = (t: TagDetail): Tag => ({ id: t.id, name: t.name, postCount: t.postCount });

@Resolver()
export class CurationResolver {
  constructor(private readonly curation: CurationService) {}

  @Mutation(() => Answer, { description: '回答を「公式見解」にする（DX推進課・管理者）。出した課は今の所属の名称で記録されます' })
  markOfficialAnswer(
    @Ctx() ctx: GqlContext,
    @Args('answerId', { type: () => ID }) answerId: string,
    @Args('note', { type: () => String, nullable: true }) note?: string | null,
  ): Answer {
    return this.curation.markOfficialAnswer(ctx.viewer!, answerId, note);
  }

  @Mutation(() => Answer, { description: '公式見解を取り下げる（履歴は監査ログに残ります）' })
  unmarkOfficialAnswer(@Ctx() ctx: GqlContext, @Args('answerId', { type: () => ID }) answerId: string): Answer {
    return this.curation.unmarkOfficialAnswer(ctx.viewer!, answerId);
  }

  @Query(() => PostConnection, {
    description:
      '内容の確認待ち（DX推進課）：事例・ベストアンサーのある質問・公式見解のある投稿のうち、設定した月数（既定12か月）確認されていないもの、内容が変わったタグのもの。古い順',
  })
  contentReviewQueue(
    @Ctx() ctx: GqlContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20, description: '0–100' }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): PostConnection {
    return this.curation.contentReviewQueue(ctx.viewer!, first, after);
  }

  @Query(() => Int, { description: '内容の確認待ちの月数（CONTENT_REVIEW_MONTHS）' })
  contentReviewMonths(): number {
    return this.curation.reviewMonths;
  }

  @Mutation(() => Post, { description: '内容を確認した：確認済み（outdated: false）／古い情報（true。メモが読む人に表示されます）。DX推進課と投稿者' })
  markReviewed(
    @Ctx() ctx: GqlContext,
    @Args('postId', { type: () => ID }) postId: string,
    @Args('outdated') outdated: boolean,
    @Args('note', { type: () => String, nullable: true }) note?: string | null,
  ): Post {
    return this.curation.markReviewed(ctx.viewer!, postId, outdated, note);
  }

  @Query(() => TagDetail, { nullable: true, description: 'タグのページ' })
  tag(@Ctx() ctx: GqlContext, @Args('name') name: string): TagDetail | null {
    return this.curation.tag(ctx.viewer!, name);
  }

  @Mutation(() => Tag, { description: 'タグの名前を変える（DX推進課）。スキルの対応も引き継ぎます' })
  renameTag(@Ctx() ctx: GqlContext, @Args('from') from: string, @Args('to') to: string): Tag {
    return asTag(this.curation.renameTag(ctx.viewer!, from, to));
  }

  @Mutation(() => Tag, { description: 'タグを統合する（DX推進課）：from のすべての投稿を into に付け替え、バッジ・スキル・検索を作り直します' })
  mergeTags(@Ctx() ctx: GqlContext, @Args('from') from: string, @Args('into') into: string): Tag {
    return asTag(this.curation.mergeTags(ctx.viewer!, from, into));
  }

  @Mutation(() => TagDetail, { description: 'タグの説明、内容が変わった（法改正など）記録（DX推進課）' })
  updateTag(@Ctx() ctx: GqlContext, @Args('input') input: TagUpdateInput): TagDetail {
    return this.curation.updateTag(ctx.viewer!, input);
  }
}

@Resolver(() => Post)
export class PostReviewResolver {
  constructor(private readonly curation: CurationService) {}

  @ResolveField(() => ReviewDue, { nullable: true, description: '内容の確認待ちなら、その理由' })
  reviewDue(@Parent() p: Post, @Ctx() ctx: GqlContext): Promise<ReviewDue | null> {
    return ctx.loaders.get<number, ReviewDue | null>('reviewDueByPost', (ids) => this.curation.reviewDue(ids)).load(Number(p.id));
  }
}
