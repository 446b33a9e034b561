import { Module } from '@nestjs/common';
import { BadgeEvents } from '../badges/badges.events';
import { BadgesResolver, UserBadgesResolver } from '../badges/badges.resolver';
import { BadgesService } from '../badges/badges.service';
import { CertificationsService } from './certifications.service';
import { SkillsExportController } from './skills-export.controller';
import { SkillsResolver, UserSkillsResolver } from './skills.resolver';
import { SkillsService } from './skills.service';

/** The skill-visibility record, DX人材認定 and badges: all derived from the ledger. */
@Module({
  controllers: [SkillsExportController],
  providers: [SkillsService, CertificationsService, SkillsResolver, UserSkillsResolver, BadgesService, BadgeEvents, BadgesResolver, UserBadgesResolver],
  exports: [SkillsService, BadgesService, CertificationsService],
})
export class SkillsModule {}
