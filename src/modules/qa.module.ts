import { Module } from '@nestjs/common';
import { AnswersResolver } from './answers/answers.resolver';
import { AnswersService } from './answers/answers.service';
import { CommentsResolver } from './comments/comments.resolver';
import { CommentsService } from './comments/comments.service';
import { PostsRepository } from './posts/posts.repository';
import { PostConnectionResolver, PostsResolver } from './posts/posts.resolver';
import { PostsService } from './posts/posts.service';
import { ReactionsResolver } from './reactions/reactions.resolver';
import { ReactionsService } from './reactions/reactions.service';
import { UsersResolver } from './users/users.resolver';

/** The Q&A core: posts, answers, comments, stamps, and the people views that list them. */
@Module({
  providers: [
    PostsRepository,
    PostsService,
    PostsResolver,
    PostConnectionResolver,
    AnswersService,
    AnswersResolver,
    CommentsService,
    CommentsResolver,
    ReactionsService,
    ReactionsResolver,
    UsersResolver,
  ],
  exports: [PostsService, AnswersService, CommentsService, ReactionsService],
})
export class QaModule {}
