import { Module } from '@nestjs/common';
import { AnswersModule } from '../answers/answers.module';
import { BadgesModule } from '../badges/badges.module';
import { CommentsModule } from '../comments/comments.module';
import { IdeasModule } from '../ideas/ideas.module';
import { PostsModule } from '../posts/posts.module';
import { PracticesModule } from '../practices/practices.module';
import { ReactionsModule } from '../reactions/reactions.module';
import { SkillsModule } from '../skills/skills.module';
import { DemoSeeder } from './demo-seeder';
import { DemoRepository } from './demo.repository';
import { DemoResolver } from './demo.resolver';

@Module({
  imports: [PostsModule, AnswersModule, CommentsModule, ReactionsModule, SkillsModule, BadgesModule, PracticesModule, IdeasModule],
  providers: [DemoRepository, DemoSeeder, DemoResolver],
  exports: [DemoSeeder],
})
export class DemoModule {}
