import { Module } from '@nestjs/common';
import { PostsModule } from '../posts/posts.module';
import { BookmarksRepository } from './bookmarks.repository';
import { BookmarksResolver } from './bookmarks.resolver';
import { BookmarksService } from './bookmarks.service';

/** Bookmarks (あとで読む, #13): private to the person. */
@Module({
  imports: [PostsModule],
  providers: [BookmarksRepository, BookmarksService, BookmarksResolver],
})
export class BookmarksModule {}
