import { Module } from '@nestjs/common';
import { DraftsModule } from '../drafts/drafts.module';
import { GuardModule } from '../guard/guard.module';
import { PostsModule } from '../posts/posts.module';
import { PostAnswersResolver, UserAnswersResolver } from './answer-fields.resolver';
import { AnswersRepository } from './answers.repository';
import { AnswersResolver } from './answers.resolver';
import { AnswersService } from './answers.service';

/** Answers and acceptance (ベストアンサー); resolves `Post.answers`, `Post.acceptedAnswer`, `User.answers`. */
@Module({
  imports: [PostsModule, GuardModule, DraftsModule],
  providers: [AnswersRepository, AnswersService, AnswersResolver, PostAnswersResolver, UserAnswersResolver],
  exports: [AnswersService],
})
export class AnswersModule {}
