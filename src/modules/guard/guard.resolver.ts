import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../core/auth/decorators';
import { Requires } from '../../core/policy/requires';
import { GuardRules, PostingGuidelines } from './guard.model';
import { GuardService } from './guard.service';
import type { GqlContext } from '../../core/auth/viewer';

@Resolver()
export class GuardResolver {
  constructor(private readonly service: GuardService) {}

  @Query(() => GuardRules, { description: '個人情報チェックの規則（注意語と市のメールドメイン）' })
  guardRules(): GuardRules {
    return this.service.guardRules();
  }

  @Requires('guard.edit')
  @Mutation(() => GuardRules, { description: '注意語リストを置き換える（DX推進課、監査ログに記録）' })
  updateGuardWords(@Ctx() ctx: GqlContext, @Args('words', { type: () => [String] }) words: string[]): GuardRules {
    return this.service.updateWords(ctx.viewer!, words);
  }

  @Query(() => PostingGuidelines, { description: '投稿ガイドライン' })
  postingGuidelines(@Ctx() ctx: GqlContext): PostingGuidelines {
    return this.service.guidelines(ctx.viewer);
  }

  @Requires('guard.edit')
  @Mutation(() => PostingGuidelines, { description: '投稿ガイドラインを編集する（DX推進課、監査ログに記録）' })
  updatePostingGuidelines(@Ctx() ctx: GqlContext, @Args('body') body: string): PostingGuidelines {
    return this.service.updateGuidelines(ctx.viewer!, body);
  }

  @Mutation(() => PostingGuidelines, { description: '投稿ガイドラインを確認した（初めての投稿の前に一度だけ表示）' })
  acknowledgeGuidelines(@Ctx() ctx: GqlContext): PostingGuidelines {
    return this.service.acknowledgeGuidelines(ctx.viewer!);
  }
}
