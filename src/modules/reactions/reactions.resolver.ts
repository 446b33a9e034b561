import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../core/auth/decorators';
import { Stamp } from '../posts/content.enums';
import { ReactionSummary } from '../posts/post.model';
import { ReactInput } from './dto/react.input';
import { reactionKey, ReactionsService } from './reactions.service';
import type { GqlContext } from '../../core/auth/viewer';

@Resolver(() => ReactionSummary)
export class ReactionsResolver {
  constructor(private readonly reactions: ReactionsService) {}

  @Mutation(() => ReactionSummary, { description: 'スタンプを押す（同じスタンプは1人1回）' })
  react(@Ctx() ctx: GqlContext, @Args('input') input: ReactInput): ReactionSummary {
    return this.reactions.react(ctx.viewer!, input);
  }

  @Mutation(() => ReactionSummary, { description: 'スタンプを取り消す' })
  unreact(@Ctx() ctx: GqlContext, @Args('input') input: ReactInput): ReactionSummary {
    return this.reactions.unreact(ctx.viewer!, input);
  }

  @ResolveField(() => [Stamp], { description: 'stamps the signed-in user gave to this target' })
  viewerStamps(@Parent() s: ReactionSummary, @Ctx() ctx: GqlContext): Stamp[] | Promise<Stamp[]> {
    if (s.viewerStampsValue) return s.viewerStampsValue;
    const viewerId = ctx.viewer!.id;
    return ctx.loaders.get<string, Stamp[]>('viewerStamps', (keys) => this.reactions.viewerStamps(viewerId, keys)).load(reactionKey(s.targetType, s.targetId));
  }
}
