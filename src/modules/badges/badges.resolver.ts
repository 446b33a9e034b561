import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../core/auth/decorators';
import { Requires } from '../../core/policy/requires';
import { User } from '../users/user.model';
import { Badge, BadgeAward, CreateBadgeInput, GrantBadgeInput } from './badge.model';
import { BadgesService } from './badges.service';
import type { GqlContext } from '../../core/auth/viewer';

@Resolver(() => Badge)
export class BadgesResolver {
  constructor(private readonly badgesService: BadgesService) {}

  @Query(() => [Badge], { description: 'バッジ一覧' })
  badges(): Badge[] {
    return this.badgesService.list();
  }

  @Query(() => Badge, { nullable: true })
  badge(@Args('code') code: string): Badge | null {
    return this.badgesService.byCode(code);
  }

  @ResolveField(() => [BadgeAward], { description: 'who holds it, newest first' })
  holders(
    @Parent() b: Badge,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20, description: '0–100; outside is BAD_USER_INPUT' }) first: number | null,
  ): BadgeAward[] {
    return this.badgesService.holders(Number(b.id), first);
  }

  @Query(() => [BadgeAward], { description: 'まだ見ていない獲得バッジ（通知用）' })
  myUnseenBadges(@Ctx() ctx: GqlContext): BadgeAward[] {
    return this.badgesService.unseen(ctx.viewer!);
  }

  @Mutation(() => Int, { description: '獲得バッジの通知を既読にする' })
  markBadgesSeen(@Ctx() ctx: GqlContext): number {
    return this.badgesService.markSeen(ctx.viewer!);
  }

  @Requires('badges.award')
  @Mutation(() => Badge, { description: '表彰バッジを作る（DX推進課）例: DXアワード 大賞' })
  createBadge(@Ctx() ctx: GqlContext, @Args('input') input: CreateBadgeInput): Badge {
    return this.badgesService.createManual(ctx.viewer!, input);
  }

  @Requires('badges.award')
  @Mutation(() => BadgeAward, { description: '表彰バッジを授与（DX推進課）' })
  grantBadge(@Ctx() ctx: GqlContext, @Args('input') input: GrantBadgeInput): BadgeAward {
    return this.badgesService.grant(ctx.viewer!, input);
  }

  @Requires('badges.award')
  @Mutation(() => Boolean, { description: '表彰バッジの授与を取り消す（DX推進課）' })
  revokeBadgeAward(@Ctx() ctx: GqlContext, @Args('awardId', { type: () => ID }) awardId: string): boolean {
    return this.badgesService.revokeManual(ctx.viewer!, awardId);
  }
}

@Resolver(() => User)
export class UserBadgesResolver {
  constructor(private readonly badgesService: BadgesService) {}

  @ResolveField(() => [BadgeAward], { description: 'badges held now, newest first' })
  badges(@Parent() u: User): BadgeAward[] {
    return this.badgesService.forUser(Number(u.id));
  }
}
