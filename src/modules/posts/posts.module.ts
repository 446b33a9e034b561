import { Module } from '@nestjs/common';
import { DraftsModule } from '../drafts/drafts.module';
import { GuardModule } from '../guard/guard.module';
import { PostsRepository } from './posts.repository';
import { PostConnectionResolver, PostsResolver } from './posts.resolver';
import { PostsService } from './posts.service';
import { UserPostsResolver } from './user-posts.resolver';

/** Posts (質問・事例・アイデア): the feed, tags, edits and deletes; `User.posts`. */
@Module({
  imports: [GuardModule, DraftsModule],
  providers: [PostsRepository, PostsService, PostsResolver, PostConnectionResolver, UserPostsResolver],
  exports: [PostsService],
})
export class PostsModule {}
