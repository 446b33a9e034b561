import { Module } from '@nestjs/common';
import { QaModule } from '../qa.module';
import { SkillsModule } from '../skills/skills.module';
import { DemoSeeder } from './demo-seeder';
import { DemoResolver } from './demo.resolver';

@Module({ imports: [QaModule, SkillsModule], providers: [DemoSeeder, DemoResolver], exports: [DemoSeeder] })
export class DemoModule {}
