import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver, registerEnumType } from '@nestjs/graphql';
import { Ctx } from '../../core/auth/decorators';
import { requireId } from '../../core/validation/normalize';
import { Post } from '../posts/post.model';
import { NotificationConnection } from './notifications.model';
import { NotificationsService } from './notifications.service';
import type { GqlContext } from '../../core/auth/viewer';

export enum FollowTarget {
  POST = 'POST',
  TAG = 'TAG',
}
registerEnumType(FollowTarget, { name: 'FollowTarget', description: '投稿 / タグ' });

@Resolver()
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Query(() => NotificationConnection, { description: '自分へのお知らせ（新しい順）' })
  notifications(
    @Ctx() ctx: GqlContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20, description: '0–100' }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('unreadOnly', { type: () => Boolean, nullable: true }) unreadOnly?: boolean | null,
  ): NotificationConnection {
    return this.service.list(ctx.viewer!, first, after, unreadOnly);
  }

  @Query(() => Int, { description: '未読のお知らせの数' })
  unreadNotificationCount(@Ctx() ctx: GqlContext): number {
    return this.service.unreadCount(ctx.viewer!);
  }

  @Mutation(() => Int, { description: 'お知らせを既読にする（ids で指定、または all: true）。変わった数を返します' })
  markNotificationsRead(
    @Ctx() ctx: GqlContext,
    @Args('ids', { type: () => [ID], nullable: true }) ids?: string[] | null,
    @Args('all', { type: () => Boolean, nullable: true }) all?: boolean | null,
  ): number {
    return this.service.markRead(ctx.viewer!, ids, all);
  }

  @Mutation(() => Boolean, { description: '投稿・タグをフォローする（自分の投稿、回答・コメントした投稿は自動でフォロー）' })
  follow(
    @Ctx() ctx: GqlContext,
    @Args('targetType', { type: () => FollowTarget }) targetType: FollowTarget,
    @Args('targetId', { type: () => ID }) targetId: string,
  ): boolean {
    return this.service.follow(ctx.viewer!, targetType, requireId(targetId, 'targetId', targetType === FollowTarget.POST ? '投稿' : 'タグ'));
  }

  @Mutation(() => Boolean, { description: 'フォローをやめる（false を返します）' })
  unfollow(
    @Ctx() ctx: GqlContext,
    @Args('targetType', { type: () => FollowTarget }) targetType: FollowTarget,
    @Args('targetId', { type: () => ID }) targetId: string,
  ): boolean {
    return this.service.unfollow(ctx.viewer!, targetType, requireId(targetId, 'targetId', targetType === FollowTarget.POST ? '投稿' : 'タグ'));
  }
}

@Resolver(() => Post)
export class PostFollowResolver {
  constructor(private readonly notifications: NotificationsService) {}

  @ResolveField(() => Boolean, { description: 'この投稿をフォローしているか' })
  viewerFollows(@Parent() p: Post, @Ctx() ctx: GqlContext): boolean {
    return !!ctx.viewer && this.notifications.isFollowing(ctx.viewer, 'POST', Number(p.id));
  }
}
