import { Module } from '@nestjs/common';
import { CertificationsRepository } from './certifications.repository';
import { CertificationsService } from './certifications.service';
import { SkillsExportController } from './skills-export.controller';
import { SkillsRepository } from './skills.repository';
import { SkillsResolver, UserSkillsResolver } from './skills.resolver';
import { SkillsService } from './skills.service';

/** The skill-visibility record and DX人材認定, derived from the ledger; the framework and tag mapping. */
@Module({
  controllers: [SkillsExportController],
  providers: [SkillsRepository, CertificationsRepository, SkillsService, CertificationsService, SkillsResolver, UserSkillsResolver],
  exports: [SkillsService, CertificationsService],
})
export class SkillsModule {}
