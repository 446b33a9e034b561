import { Module } from '@nestjs/common';
import { StatsRepository } from './stats.repository';
import { StatsResolver, UserLeaderboardFieldResolver } from './stats.resolver';
import { StatsService } from './stats.service';

/** Contribution statistics by 年度 and department, response times, the opt-in leaderboard. */
@Module({ providers: [StatsRepository, StatsService, StatsResolver, UserLeaderboardFieldResolver], exports: [StatsService] })
export class StatsModule {}
