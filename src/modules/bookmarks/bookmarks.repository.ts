import { Injectable } from '@nestjs/common';
import { DbService } from '../../core/database/db.service';
import { placeholders } from '../../core/graphql/loaders';
import { BookmarkEntity } from './bookmark.entity';

/** SQL for bookmarks (あとで読む). Only ever read for the person who saved them. Writes inside the caller's tx. */
@Injectable()
export class BookmarksRepository {
  constructor(private readonly db: DbService) {}

  /** Saves a bookmark; a repeat keeps the first one (and its place in the list). */
  add(userId: number, postId: number, at: string): void {
    this.db.run('INSERT INTO bookmark (user_id, post_id, created_at) VALUES (?, ?, ?) ON CONFLICT(user_id, post_id) DO NOTHING', [userId, postId, at]);
  }

  remove(userId: number, postId: number): void {
    this.db.run('DELETE FROM bookmark WHERE user_id = ? AND post_id = ?', [userId, postId]);
  }

  /** Which of these posts the person has bookmarked. */
  bookmarkedAmong(userId: number, postIds: readonly number[]): Set<number> {
    if (postIds.length === 0) return new Set();
    const rows = this.db.all<Pick<BookmarkEntity, 'post_id'>>(
      `SELECT post_id FROM bookmark WHERE user_id = ? AND post_id IN (${placeholders(postIds.length)})`,
      [userId, ...postIds],
    );
    return new Set(rows.map((r) => r.post_id));
  }

  /** The person's bookmarks of live, visible posts, newest bookmark first (keyset on created_at, post_id). */
  list(userId: number, after: { sort: string; id: number } | null, limit: number): Pick<BookmarkEntity, 'post_id' | 'created_at'>[] {
    const cursor = after ? ' AND (b.created_at < ? OR (b.created_at = ? AND b.post_id < ?))' : '';
    const params: unknown[] = [userId, ...(after ? [after.sort, after.sort, after.id] : []), limit];
    return this.db.all(
      `SELECT b.post_id, b.created_at FROM bookmark b JOIN post p ON p.id = b.post_id
        WHERE b.user_id = ? AND p.deleted_at IS NULL AND p.hidden_at IS NULL${cursor}
        ORDER BY b.created_at DESC, b.post_id DESC LIMIT ?`,
      params,
    );
  }

  count(userId: number): number {
    return this.db.get<{ n: number }>(
      'SELECT COUNT(*) AS n FROM bookmark b JOIN post p ON p.id = b.post_id WHERE b.user_id = ? AND p.deleted_at IS NULL AND p.hidden_at IS NULL',
      [userId],
    )!.n;
  }
}
