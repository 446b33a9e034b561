import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../core/auth/decorators';
import { pageSize, requireId } from '../../core/validation/normalize';
import { User } from '../users/user.model';
import { UsersService } from '../users/users.service';
import { ContributionStats, LeaderboardEntry, StatsInput } from './stats.model';
import { StatsService } from './stats.service';
import type { GqlContext } from '../../core/auth/viewer';

@Resolver()
export class StatsResolver {
  constructor(
    private readonly stats: StatsService,
    private readonly users: UsersService,
  ) {}

  @Query(() => ContributionStats, {
    description:
      '年度・部署ごとの貢献の統計（台帳から）。職員は組織全体の合計だけ、管理職は管理範囲の部署、DX推進課・管理者はすべての部署と部署比較。少人数の集団は表示しません。',
  })
  contributionStats(@Ctx() ctx: GqlContext, @Args('input') input: StatsInput): ContributionStats {
    return this.stats.contributionStats(ctx.viewer!, {
      fiscalYear: input.fiscalYear,
      departmentId: input.departmentId ? requireId(input.departmentId, 'departmentId', '部署') : null,
      includeSubdepartments: input.includeSubdepartments,
      granularity: input.granularity,
    });
  }

  @Query(() => [LeaderboardEntry], { description: '年度のランキング（参加を選んだ人だけ。匿名の貢献は含みません）' })
  leaderboard(
    @Args('fiscalYear', { type: () => Int }) fiscalYear: number,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20, description: '0–100' }) first?: number | null,
  ): LeaderboardEntry[] {
    return this.stats.leaderboard(fiscalYear, pageSize(first, 20));
  }

  @Mutation(() => User, { description: '年度のランキングに参加する／やめる（初期値は参加しない）' })
  setLeaderboardOptIn(@Ctx() ctx: GqlContext, @Args('optIn') optIn: boolean): User {
    this.stats.setLeaderboardOptIn(ctx.viewer!, optIn);
    return this.users.findById(ctx.viewer!.id)!;
  }
}

@Resolver(() => User)
export class UserLeaderboardFieldResolver {
  constructor(private readonly stats: StatsService) {}

  @ResolveField(() => Boolean, { description: '年度のランキングに参加しているか（本人にだけ。ほかの人には false）' })
  leaderboardOptIn(@Parent() u: User, @Ctx() ctx: GqlContext): boolean {
    return ctx.viewer?.id === Number(u.id) ? this.stats.leaderboardOptIn(Number(u.id)) : false;
  }
}
