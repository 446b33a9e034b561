import { Injectable } from '@nestjs/common';
import { Viewer } from '../../core/auth/viewer';
import { DbService } from '../../core/database/db.service';
import { notFound } from '../../core/errors/app-error';
import { sortIdCursor } from '../../core/graphql/id-cursor';
import { can } from '../../core/policy/capabilities';
import { pageSize, requireId } from '../../core/validation/normalize';
import { PostConnection } from '../posts/post.model';
import { PostsService } from '../posts/posts.service';
import { BookmarksRepository } from './bookmarks.repository';

/**
 * Bookmarks (あとで読む, #13): private to the person. Nobody else can read who saved what or
 * how many people saved a post, and saving is not read tracking: no event, no ledger, no
 * notification. Hidden and deleted posts drop out of the list (and come back if restored).
 */
@Injectable()
export class BookmarksService {
  constructor(
    private readonly db: DbService,
    private readonly repo: BookmarksRepository,
    private readonly posts: PostsService,
  ) {}

  /** A live post the viewer may read (a hidden one only for its author and the moderators). */
  private readablePostId(viewer: Viewer, postIdRaw: string): number {
    const id = requireId(postIdRaw, 'postId', '投稿');
    const row = this.posts.row(id);
    if (!row || (row.hidden_at && row.author_id !== viewer.id && !can(viewer, 'moderation.resolve'))) throw notFound('投稿');
    return row.id;
  }

  bookmark(viewer: Viewer, postIdRaw: string, at: Date = new Date()): boolean {
    const postId = this.readablePostId(viewer, postIdRaw);
    this.db.tx(() => this.repo.add(viewer.id, postId, at.toISOString()));
    return true;
  }

  /** Idempotent: removing a bookmark that is not there (or of a post since deleted) is fine. */
  unbookmark(viewer: Viewer, postIdRaw: string): boolean {
    const postId = requireId(postIdRaw, 'postId', '投稿');
    this.db.tx(() => this.repo.remove(viewer.id, postId));
    return true;
  }

  bookmarkedAmong(viewer: Viewer | null, postIds: readonly number[]): boolean[] {
    if (!viewer) return postIds.map(() => false);
    const set = this.repo.bookmarkedAmong(viewer.id, postIds);
    return postIds.map((id) => set.has(id));
  }

  list(viewer: Viewer, first: number | null | undefined, after: string | null | undefined): PostConnection {
    const limit = pageSize(first);
    const rows = limit === 0 ? [] : this.repo.list(viewer.id, after ? sortIdCursor.decode(after) : null, limit + 1);
    const page = rows.slice(0, limit);
    const posts = this.posts.byIds(
      viewer,
      page.map((r) => r.post_id),
    );
    const edges = page.flatMap((r, i) => {
      const node = posts[i];
      return node ? [{ cursor: sortIdCursor.encode(r.created_at, r.post_id), node }] : [];
    });
    return {
      edges,
      pageInfo: {
        hasNextPage: rows.length > limit,
        endCursor: page.length ? sortIdCursor.encode(page[page.length - 1].created_at, page[page.length - 1].post_id) : null,
      },
      totalCountFn: () => this.repo.count(viewer.id),
    };
  }
}
