import { Injectable } from '@nestjs/common';
import { DbService } from '../../core/database/db.service';
import { placeholders } from '../../core/graphql/loaders';
import { AUTHOR_COLUMNS, AuthorColumns } from '../users/user-columns';
import { IdeaStatus, PostKind, PostOrder, PostStatus } from './content.enums';
import { PostRevisionEntity } from './post-revision.entity';
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
  /** 優良事例 only (true) or only the others (false) */
  featured?: boolean;
  /** ideas with this status (an idea without one is PROPOSED) */
  ideaStatus?: IdeaStatus;
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

/** The columns a new post is written with (status OPEN, counters and revision from their defaults). */
export type NewPost = Pick<
  PostEntity,
  | 'kind'
  | 'title'
  | 'body'
  | 'body_html'
  | 'anonymous'
  | 'author_id'
  | 'department_id'
  | 'case_problem'
  | 'case_solution'
  | 'case_effect'
  | 'case_hours_saved'
  | 'case_tools'
  | 'created_at'
>;

/** The case fields of an edit; `null` leaves all of them as they are. */
export type CaseFieldsChange = Pick<PostEntity, 'case_problem' | 'case_solution' | 'case_effect' | 'case_hours_saved' | 'case_tools'>;

/** What an edit writes: the new text, its rendering, the next revision and the case fields (absent ones kept). */
export type PostContentChange = Pick<PostEntity, 'id' | 'title' | 'body' | 'body_html' | 'revision' | 'updated_at'> & { case: CaseFieldsChange | null };

/** The fields a revision snapshots. */
export type RevisionSource = Pick<PostEntity, 'title' | 'body' | 'case_problem' | 'case_solution' | 'case_effect' | 'case_hours_saved' | 'case_tools'>;

/** Tables whose Markdown `body` is rendered once into `body_html` (content:rebake). */
export type RenderedTable = 'post' | 'answer';
/** `answer` declares the same three columns (AnswerEntity; not imported: answers depends on posts). */
export type RenderedBody = Pick<PostEntity, 'id' | 'body' | 'body_html'>;

const SELECT_POST = `SELECT p.*, ${AUTHOR_COLUMNS},
  (SELECT json_group_array(json_array(t.id, t.label, t.post_count))
     FROM post_tag pt JOIN tag t ON t.id = pt.tag_id WHERE pt.post_id = p.id) AS tags_json
  FROM post p JOIN app_user u ON u.id = p.author_id`;

/**
 * SQL for posts (the only place that knows it). The feed is one statement: posts with author,
 * tags and counts. Methods are synchronous: writes run inside the caller's `db.tx(...)` (a
 * better-sqlite3 IMMEDIATE transaction that never awaits, so no other request interleaves);
 * the repository never opens one itself (content:rebake, a batch job, opens one per batch).
 */
@Injectable()
export class PostsRepository {
  constructor(private readonly db: DbService) {}

  findById(id: number): PostRow | undefined {
    return this.db.get<PostRow>(`${SELECT_POST} WHERE p.id = ? AND p.deleted_at IS NULL`, [id]);
  }

  findByIds(ids: readonly number[]): PostRow[] {
    if (ids.length === 0) return [];
    return this.db.all<PostRow>(`${SELECT_POST} WHERE p.id IN (${placeholders(ids.length)}) AND p.deleted_at IS NULL`, [...ids]);
  }

  private where(q: FeedQuery): { sql: string; params: unknown[] } {
    // Hidden (moderated) posts leave the feed; moderators find them through the report queue.
    const conds = ['p.deleted_at IS NULL', 'p.hidden_at IS NULL'];
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
    if (q.featured !== undefined) conds.push(q.featured ? 'p.featured_at IS NOT NULL' : 'p.featured_at IS NULL');
    if (q.ideaStatus) {
      conds.push("p.kind = 'IDEA' AND COALESCE(p.idea_status, 'PROPOSED') = ?");
      params.push(q.ideaStatus);
    }
    if (q.tagKey !== undefined) {
      conds.push('p.id IN (SELECT pt.post_id FROM post_tag pt JOIN tag t ON t.id = pt.tag_id WHERE t.name = ?)');
      params.push(q.tagKey);
    }
    if (q.departmentIds) {
      conds.push(`p.department_id IN (${placeholders(q.departmentIds.length)})`);
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

  // ------------------------------------------------------------------ writes (inside the caller's tx)

  /** Inserts an OPEN post; last_activity_at and updated_at start at created_at. Returns the id. */
  insert(p: NewPost): number {
    return this.db.insert(
      `INSERT INTO post (kind, title, body, body_html, status, anonymous, author_id, department_id, case_problem, case_solution,
             case_effect, case_hours_saved, case_tools, created_at, updated_at, last_activity_at)
           VALUES (?, ?, ?, ?, 'OPEN', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        p.kind,
        p.title,
        p.body,
        p.body_html,
        p.anonymous,
        p.author_id,
        p.department_id,
        p.case_problem,
        p.case_solution,
        p.case_effect,
        p.case_hours_saved,
        p.case_tools,
        p.created_at,
        p.created_at,
        p.created_at,
      ],
    );
  }

  /** Writes an edit; case fields that are null in `change.case` (or all, without it) stay as they are. */
  updateContent(change: PostContentChange): void {
    const c = change.case;
    this.db.run(
      `UPDATE post SET title = ?, body = ?, body_html = ?, revision = ?, updated_at = ?,
           case_problem = COALESCE(?, case_problem), case_solution = COALESCE(?, case_solution),
           case_effect = COALESCE(?, case_effect), case_hours_saved = CASE WHEN ? THEN ? ELSE case_hours_saved END,
           case_tools = COALESCE(?, case_tools)
         WHERE id = ?`,
      [
        change.title,
        change.body,
        change.body_html,
        change.revision,
        change.updated_at,
        c?.case_problem ?? null,
        c?.case_solution ?? null,
        c?.case_effect ?? null,
        c ? 1 : 0,
        c?.case_hours_saved ?? null,
        c?.case_tools ?? null,
        change.id,
      ],
    );
  }

  /** The stored fields a revision snapshots (deleted or not). */
  revisionSource(postId: number): RevisionSource | undefined {
    return this.db.get<RevisionSource>('SELECT title, body, case_problem, case_solution, case_effect, case_hours_saved, case_tools FROM post WHERE id = ?', [
      postId,
    ]);
  }

  insertRevision(r: Omit<PostRevisionEntity, 'id'>): void {
    this.db.run('INSERT INTO post_revision (post_id, revision, editor_id, title, body, tags, case_details, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [
      r.post_id,
      r.revision,
      r.editor_id,
      r.title,
      r.body,
      r.tags,
      r.case_details,
      r.created_at,
    ]);
  }

  /** Soft delete (a post already deleted keeps its first deletion). */
  markDeleted(postId: number, at: string, deletedById: number): void {
    this.db.run('UPDATE post SET deleted_at = ?, deleted_by_id = ? WHERE id = ? AND deleted_at IS NULL', [at, deletedById, postId]);
  }

  /** A deleted post no longer counts for its tags (its post_tag rows stay, for history). */
  decrementTagCounts(postId: number): void {
    this.db.run('UPDATE tag SET post_count = post_count - 1 WHERE id IN (SELECT tag_id FROM post_tag WHERE post_id = ?)', [postId]);
  }

  // ------------------------------------------------------------------ content:rebake (batch job)

  countRendered(table: RenderedTable): number {
    return this.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`)!.n;
  }

  /** The next `limit` rows after `lastId`, in id order (deleted ones too). */
  renderedAfter(table: RenderedTable, lastId: number, limit: number): RenderedBody[] {
    return this.db.all<RenderedBody>(`SELECT id, body, body_html FROM ${table} WHERE id > ? ORDER BY id LIMIT ?`, [lastId, limit]);
  }

  setBodyHtml(table: RenderedTable, id: number, html: string): void {
    this.db.run(`UPDATE ${table} SET body_html = ? WHERE id = ?`, [html, id]);
  }
}
