import { Module } from '@nestjs/common';
import { PostsModule } from '../posts/posts.module';
import { PostAnswersResolver, UserAnswersResolver } from './answer-fields.resolver';
import { AnswersRepository } from './answers.repository';
import { AnswersResolver } from './answers.resolver';
import { AnswersService } from './answers.service';

/** Answers and acceptance (ベストアンサー); resolves `Post.answers`, `Post.acceptedAnswer`, `User.answers`. */
@Module({
  imports: [PostsModule],
  providers: [AnswersRepository, AnswersService, AnswersResolver, PostAnswersResolver, UserAnswersResolver],
  exports: [AnswersService],
})
export class AnswersModule {}
