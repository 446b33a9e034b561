import { Module } from '@nestjs/common';
import { PostsModule } from '../posts/posts.module';
import { ModerationRepository } from './moderation.repository';
import { ModerationResolver, ReportFieldsResolver } from './moderation.resolver';
import { ModerationService } from './moderation.service';

/** Reports (通報), the DX office's queue, hiding and restoring content, closing questions. */
@Module({
  imports: [PostsModule],
  providers: [ModerationRepository, ModerationService, ModerationResolver, ReportFieldsResolver],
  exports: [ModerationService],
})
export class ModerationModule {}
