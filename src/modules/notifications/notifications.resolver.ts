import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription, registerEnumType } from '@nestjs/graphql';
import { Ctx } from '../../core/auth/decorators';
import { notFound } from '../../core/errors/app-error';
import { PubSubPort } from '../../core/pubsub/pubsub';
import { requireId } from '../../core/validation/normalize';
import { Post } from '../posts/post.model';
import { PostsService } from '../posts/posts.service';
import { User } from '../users/user.model';
import { Notification, NotificationConnection, NotificationSettings, NotificationSettingsInput, PostActivity } from './notifications.model';
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

  @Mutation(() => [User], {
    description: '回答の依頼：受付中の質問を、詳しい人（最大3人）に見てもらう（質問者・DX推進課）。依頼された人には理由つきで知らせます',
  })
  routeQuestion(@Ctx() ctx: GqlContext, @Args('postId', { type: () => ID }) postId: string, @Args('userIds', { type: () => [ID] }) userIds: string[]): User[] {
    return this.service.routeQuestion(ctx.viewer!, postId, userIds);
  }

  @Query(() => NotificationSettings, { description: '自分のお知らせの設定' })
  notificationSettings(@Ctx() ctx: GqlContext): NotificationSettings {
    return this.service.settings(ctx.viewer!);
  }

  @Mutation(() => NotificationSettings, { description: 'お知らせの設定を変える（メールの送り方、回答の依頼、種類ごとのメール）' })
  updateNotificationSettings(@Ctx() ctx: GqlContext, @Args('input') input: NotificationSettingsInput): NotificationSettings {
    return this.service.updateSettings(ctx.viewer!, input);
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

/** Live updates over graphql-ws (same origin, the session cookie): the bell and an open post page. */
@Resolver()
export class NotificationsSubscriptionResolver {
  constructor(
    private readonly service: NotificationsService,
    private readonly posts: PostsService,
    private readonly pubsub: PubSubPort,
  ) {}

  @Subscription(() => Notification, { description: '自分への新しいお知らせ（ベル）' })
  notificationAdded(@Ctx() ctx: GqlContext): AsyncIterableIterator<{ notificationAdded: Notification }> {
    const viewer = ctx.viewer!;
    return mapIterator(this.pubsub.subscribe<{ id: number }>(`notification:${viewer.id}`), (p) => {
      const n = this.service.one(viewer, p.id);
      return n ? { notificationAdded: n } : null;
    });
  }

  @Subscription(() => PostActivity, { description: '開いている投稿の新しい回答・コメント' })
  postActivity(@Ctx() ctx: GqlContext, @Args('postId', { type: () => ID }) postId: string): AsyncIterableIterator<{ postActivity: PostActivity }> {
    const id = requireId(postId, 'postId', '投稿');
    const post = this.posts.getVisible(ctx.viewer, id);
    if (!post || post.contentWithheld) throw notFound('投稿');
    return mapIterator(this.pubsub.subscribe<PostActivity>(`post:${id}`), (a) => ({ postActivity: a }));
  }
}

/** Maps an async iterator, skipping what maps to null; closing it closes the source. */
function mapIterator<A, B>(source: AsyncIterableIterator<A>, fn: (a: A) => B | null): AsyncIterableIterator<B> {
  const it: AsyncIterableIterator<B> = {
    async next() {
      for (;;) {
        const r = await source.next();
        if (r.done) return { value: undefined, done: true };
        const mapped = fn(r.value);
        if (mapped !== null) return { value: mapped, done: false };
      }
    },
    return: async () => {
      await source.return?.();
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]: () => it,
  };
  return it;
}

@Resolver(() => Post)
export class PostFollowResolver {
  constructor(private readonly notifications: NotificationsService) {}

  @ResolveField(() => Boolean, { description: 'この投稿をフォローしているか' })
  viewerFollows(@Parent() p: Post, @Ctx() ctx: GqlContext): boolean {
    return !!ctx.viewer && this.notifications.isFollowing(ctx.viewer, 'POST', Number(p.id));
  }
}
