import { Module } from '@nestjs/common';
import { PostsModule } from '../posts/posts.module';
import { IdeasRepository } from './ideas.repository';
import { IdeasResolver } from './ideas.resolver';
import { IdeasService } from './ideas.service';

/** Ideas have a life (#13): 提案 → 検討中 → 採用 / 見送り, with notes and history. */
@Module({
  imports: [PostsModule],
  providers: [IdeasRepository, IdeasService, IdeasResolver],
  exports: [IdeasService],
})
export class IdeasModule {}
