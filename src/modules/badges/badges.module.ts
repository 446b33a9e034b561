import { Module } from '@nestjs/common';
import { BadgeEvents } from './badges.events';
import { BadgesRepository } from './badges.repository';
import { BadgesResolver, UserBadgesResolver } from './badges.resolver';
import { BadgesService } from './badges.service';

/** Badges: rules over ledger facts, evaluated after commit (BadgeEvents); manual awards; `User.badges`. */
@Module({
  providers: [BadgesRepository, BadgesService, BadgeEvents, BadgesResolver, UserBadgesResolver],
  exports: [BadgesService],
})
export class BadgesModule {}
