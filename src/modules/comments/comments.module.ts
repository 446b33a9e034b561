import { Module } from '@nestjs/common';
import { GuardModule } from '../guard/guard.module';
import { PostsModule } from '../posts/posts.module';
import { AnswerCommentsResolver, PostCommentsResolver } from './comment-fields.resolver';
import { CommentsRepository } from './comments.repository';
import { CommentsResolver } from './comments.resolver';
import { CommentsService } from './comments.service';

/** Comments on posts and answers; resolves `Post.comments` and `Answer.comments`. */
@Module({
  imports: [PostsModule, GuardModule],
  providers: [CommentsRepository, CommentsService, CommentsResolver, PostCommentsResolver, AnswerCommentsResolver],
  exports: [CommentsService],
})
export class CommentsModule {}
