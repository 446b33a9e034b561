import { Module } from '@nestjs/common';
import { AnswersModule } from '../answers/answers.module';
import { PostsModule } from '../posts/posts.module';
import { HistoryRepository } from './history.repository';
import { AnswerHistoryResolver, PostHistoryResolver } from './history.resolver';
import { HistoryService } from './history.service';

/** 編集履歴 (#13): `Post.revisions`, `Answer.revisions` and the DX office's rollback. */
@Module({
  imports: [PostsModule, AnswersModule],
  providers: [HistoryRepository, HistoryService, PostHistoryResolver, AnswerHistoryResolver],
})
export class HistoryModule {}
