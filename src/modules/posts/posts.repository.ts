import { Injectable } from '@nestjs/common';
import { DbService } from '../../core/database/db.service';
import { AUTHOR_COLUMNS, AuthorColumns } from '../users/user-columns';
import { PostKind, PostOrder, PostStatus } from './content.enums';
import { PostEntity } from './post.entity';

/** A post as the feed reads it: the table's row (typed once, by its entity), its author's columns and its tags. */
export type PostRow = Omit<PostEntity, 'kind' | 'status'> &
  AuthorColumns & {
    kind: PostKind;
    status: PostStatus;
    /** [[id, label, postCount], …] */
    tags_json: string;
  };

/** What a PostFilter means once resolved (feed and search share it). */
export interface PostCriteria {
  kind?: PostKind;
  status?: PostStatus;
  unanswered?: boolean;
  /** normalised tag key (tag.name) */
  tagKey?: string;
  /** a department and everything below it */
  departmentIds?: number[];
  authorId?: number;
}

export interface FeedQuery extends PostCriteria {
  limit: number;
  order: PostOrder;
  after?: { sort: string; id: number } | null;
  /** author/department filters never return anonymous posts, except a person's own to themselves */
  viewerId: number;
}

const SELECT_POST = `SELECT p.*, ${AUTHOR_COLUMNS},
  (SELECT json_group_array(json_array(t.id, t.label, t.post_count))
     FROM post_tag pt JOIN tag t ON t.id = pt.tag_id WHERE pt.post_id = p.id) AS tags_json
  FROM post p JOIN app_user u ON u.id = p.author_id`;

/** SQL for posts. The feed is one statement: posts with author, tags and counts. */
@Injectable()
export class PostsRepository {
  constructor(private readonly db: DbService) {}

  findById(id: number): PostRow | undefined {
    return this.db.get<PostRow>(`${SELECT_POST} WHERE p.id = ? AND p.deleted_at IS NULL`, [id]);
  }

  findByIds(ids: readonly number[]): PostRow[] {
    if (ids.length === 0) return [];
    return this.db.all<PostRow>(`${SELECT_POST} WHERE p.id IN (${ids.map(() => '?').join(',')}) AND p.deleted_at IS NULL`, [...ids]);
  }

  private where(q: FeedQuery): { sql: string; params: unknown[] } {
    const conds = ['p.deleted_at IS NULL'];
    const params: unknown[] = [];
    if (q.kind) {
      conds.push('p.kind = ?');
      params.push(q.kind);
    }
    if (q.status) {
      conds.push('p.status = ?');
      params.push(q.status);
    }
    if (q.unanswered) conds.push("p.kind = 'QUESTION' AND p.answer_count = 0");
    if (q.tagKey !== undefined) {
      conds.push('p.id IN (SELECT pt.post_id FROM post_tag pt JOIN tag t ON t.id = pt.tag_id WHERE t.name = ?)');
      params.push(q.tagKey);
    }
    if (q.departmentIds) {
      conds.push(`p.department_id IN (${q.departmentIds.map(() => '?').join(',')})`);
      params.push(...q.departmentIds);
      conds.push('p.anonymous = 0');
    }
    if (q.authorId !== undefined) {
      conds.push('p.author_id = ?');
      params.push(q.authorId);
      if (q.authorId !== q.viewerId) conds.push('p.anonymous = 0');
    }
    return { sql: conds.join(' AND '), params };
  }

  feed(q: FeedQuery): PostRow[] {
    const col = q.order === PostOrder.ACTIVITY ? 'p.last_activity_at' : 'p.created_at';
    const { sql, params } = this.where(q);
    let cursor = '';
    if (q.after) {
      cursor = ` AND (${col} < ? OR (${col} = ? AND p.id < ?))`;
      params.push(q.after.sort, q.after.sort, q.after.id);
    }
    params.push(q.limit);
    return this.db.all<PostRow>(`${SELECT_POST} WHERE ${sql}${cursor} ORDER BY ${col} DESC, p.id DESC LIMIT ?`, params);
  }

  count(q: FeedQuery): number {
    const { sql, params } = this.where(q);
    return this.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM post p WHERE ${sql}`, params)!.n;
  }

  /** Upserts tags, links them to the post and keeps tag.post_count in step. Inside a tx. */
  setTags(postId: number, tags: { key: string; label: string }[], now: string): void {
    const current = this.db.all<{ tag_id: number; name: string }>(
      'SELECT pt.tag_id, t.name FROM post_tag pt JOIN tag t ON t.id = pt.tag_id WHERE pt.post_id = ?',
      [postId],
    );
    const wanted = new Set(tags.map((t) => t.key));
    for (const c of current) {
      if (!wanted.has(c.name)) {
        this.db.run('DELETE FROM post_tag WHERE post_id = ? AND tag_id = ?', [postId, c.tag_id]);
        this.db.run('UPDATE tag SET post_count = post_count - 1 WHERE id = ?', [c.tag_id]);
      }
    }
    const have = new Set(current.map((c) => c.name));
    for (const t of tags) {
      if (have.has(t.key)) continue;
      this.db.run('INSERT INTO tag (name, label, post_count, created_at) VALUES (?, ?, 0, ?) ON CONFLICT(name) DO NOTHING', [t.key, t.label, now]);
      const id = this.db.get<{ id: number }>('SELECT id FROM tag WHERE name = ?', [t.key])!.id;
      this.db.run('INSERT INTO post_tag (post_id, tag_id) VALUES (?, ?)', [postId, id]);
      this.db.run('UPDATE tag SET post_count = post_count + 1 WHERE id = ?', [id]);
    }
  }

  tagKeys(postId: number): { key: string; label: string }[] {
    return this.db.all<{ key: string; label: string }>(
      'SELECT t.name AS key, t.label FROM post_tag pt JOIN tag t ON t.id = pt.tag_id WHERE pt.post_id = ? ORDER BY t.label',
      [postId],
    );
  }

  searchTags(prefixKey: string, limit: number) {
    const like = prefixKey.replace(/[\\%_]/g, (c) => `\\${c}`);
    return this.db.all<{ id: number; label: string; post_count: number }>(
      `SELECT id, label, post_count FROM tag
        WHERE post_count > 0 AND name LIKE ? ESCAPE '\\'
        ORDER BY (name LIKE ? ESCAPE '\\') DESC, post_count DESC, name
        LIMIT ?`,
      [`%${like}%`, `${like}%`, limit],
    );
  }
}
