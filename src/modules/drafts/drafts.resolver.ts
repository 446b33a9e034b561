import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../core/auth/decorators';
import { Draft, DraftInput } from './drafts.model';
import { DraftsService } from './drafts.service';
import type { GqlContext } from '../../core/auth/viewer';

@Resolver()
export class DraftsResolver {
  constructor(private readonly service: DraftsService) {}

  @Query(() => [Draft], { description: '自分の下書き（新しい順、最大50件）' })
  drafts(@Ctx() ctx: GqlContext): Draft[] {
    return this.service.list(ctx.viewer!);
  }

  @Query(() => Draft, { nullable: true, description: '自分の下書き1件: id で、または質問への回答の下書きを postId で' })
  draft(
    @Ctx() ctx: GqlContext,
    @Args('id', { type: () => ID, nullable: true }) id?: string,
    @Args('postId', { type: () => ID, nullable: true }) postId?: string,
  ): Draft | null {
    return this.service.find(ctx.viewer!, id, postId);
  }

  @Mutation(() => Draft, { description: '下書きを保存（個人情報のチェックは投稿時に行います）' })
  saveDraft(@Ctx() ctx: GqlContext, @Args('input') input: DraftInput): Draft {
    return this.service.save(ctx.viewer!, input);
  }

  @Mutation(() => Boolean)
  discardDraft(@Ctx() ctx: GqlContext, @Args('id', { type: () => ID }) id: string): boolean {
    return this.service.discard(ctx.viewer!, id);
  }
}
