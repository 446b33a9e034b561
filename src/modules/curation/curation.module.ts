import { Module } from '@nestjs/common';
import { AnswersModule } from '../answers/answers.module';
import { PostsModule } from '../posts/posts.module';
import { CurationRepository } from './curation.repository';
import { CurationResolver, PostReviewResolver } from './curation.resolver';
import { CurationService } from './curation.service';

/** Official answers (公式見解), content health (確認済み / 古い情報) and tags (rename, merge, describe). */
@Module({
  imports: [PostsModule, AnswersModule],
  providers: [CurationRepository, CurationService, CurationResolver, PostReviewResolver],
  exports: [CurationService],
})
export class CurationModule {}
