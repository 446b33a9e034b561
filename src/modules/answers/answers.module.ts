import { Module } from '@nestjs/common';
import { PostsModule } from '../posts/posts.module';
import { PostAnswersResolver, UserAnswersResolver } from './answer-fields.resolver';
import { AnswersResolver } from './answers.resolver';
import { AnswersService } from './answers.service';

/** Answers and acceptance (ベストアンサー); resolves `Post.answers`, `Post.acceptedAnswer`, `User.answers`. */
@Module({
  imports: [PostsModule],
  providers: [AnswersService, AnswersResolver, PostAnswersResolver, UserAnswersResolver],
  exports: [AnswersService],
})
export class AnswersModule {}
