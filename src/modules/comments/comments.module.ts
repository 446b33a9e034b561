import { Module } from '@nestjs/common';
import { PostsModule } from '../posts/posts.module';
import { AnswerCommentsResolver, PostCommentsResolver } from './comment-fields.resolver';
import { CommentsRepository } from './comments.repository';
import { CommentsResolver } from './comments.resolver';
import { CommentsService } from './comments.service';

/** Comments on posts and answers; resolves `Post.comments` and `Answer.comments`. */
@Module({
  imports: [PostsModule],
  providers: [CommentsRepository, CommentsService, CommentsResolver, PostCommentsResolver, AnswerCommentsResolver],
  exports: [CommentsService],
})
export class CommentsModule {}
