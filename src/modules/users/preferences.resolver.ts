import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../core/auth/decorators';
import { GqlContext } from '../../core/auth/viewer';
import { DbService } from '../../core/database/db.service';
import { unauthenticated } from '../../core/errors/app-error';
import { FeedDensity } from './preferences.model';
import { PreferencesRepository } from './preferences.repository';
import { User } from './user.model';

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
