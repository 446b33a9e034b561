import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { BadgesResolver, UserBadgesResolver } from '../badges/badges.resolver';
import { BadgesService } from '../badges/badges.service';
import { CertificationsService } from './certifications.service';
import { SkillsExportController } from './skills-export.controller';
import { SkillsResolver, UserSkillsResolver } from './skills.resolver';
import { SkillsService } from './skills.service';

/** The skill-visibility record, DX人材認定 and badges: all derived from the ledger. */
@Module({
  imports: [AuthModule],
  controllers: [SkillsExportController],
  providers: [SkillsService, CertificationsService, SkillsResolver, UserSkillsResolver, BadgesService, BadgesResolver, UserBadgesResolver],
  exports: [SkillsService, BadgesService, CertificationsService],
})
export class SkillsModule {}
