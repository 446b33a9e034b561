import { Injectable } from '@nestjs/common';
import { Args, Mutation, Parent, registerEnumType, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../core/auth/decorators';
import { GqlContext } from '../../core/auth/viewer';
import { DbService } from '../../core/database/db.service';
import { unauthenticated } from '../../core/errors/app-error';
import { User } from './user.model';
import { UserPreferenceEntity } from './user-preference.entity';

export enum FeedDensity {
  CARDS = 'CARDS',
  COMPACT = 'COMPACT',
}
registerEnumType(FeedDensity, { name: 'FeedDensity', description: 'フィードの表示：カード / 一覧（1〜2行）' });

/** A person's display preferences (user_preference), read and written by themselves only. */
@Injectable()
export class PreferencesRepository {
  constructor(private readonly db: DbService) {}

  feedDensity(userId: number): FeedDensity {
    const row = this.db.get<Pick<UserPreferenceEntity, 'feed_density'>>('SELECT feed_density FROM user_preference WHERE user_id = ?', [userId]);
    return (row?.feed_density as FeedDensity | undefined) ?? FeedDensity.CARDS;
  }

  setFeedDensity(userId: number, density: FeedDensity, at: string): void {
    this.db.run(
      `INSERT INTO user_preference (user_id, skills_public, leaderboard_opt_in, feed_density, updated_at) VALUES (?, 0, 0, ?, ?)
       ON CONFLICT(user_id) DO UPDATE SET feed_density = excluded.feed_density, updated_at = excluded.updated_at`,
      [userId, density, at],
    );
  }
}

@Resolver(() => User)
export class PreferencesResolver {
  constructor(
    private readonly repo: PreferencesRepository,
    private readonly db: DbService,
  ) {}

  @ResolveField(() => FeedDensity, { nullable: true, description: 'フィードの表示の好み（本人だけ。ほかの人には null）' })
  feedDensity(@Parent() u: User, @Ctx() ctx: GqlContext): FeedDensity | null {
    return ctx.viewer?.id === Number(u.id) ? this.repo.feedDensity(ctx.viewer.id) : null;
  }

  @Mutation(() => FeedDensity, { description: 'フィードの表示（カード / 一覧）を保存します（どのブラウザーでも同じになります）' })
  setFeedDensity(@Args('density', { type: () => FeedDensity }) density: FeedDensity, @Ctx() ctx: GqlContext): FeedDensity {
    if (!ctx.viewer) throw unauthenticated();
    const viewer = ctx.viewer;
    this.db.tx(() => this.repo.setFeedDensity(viewer.id, density, new Date().toISOString()));
    return density;
  }
}
