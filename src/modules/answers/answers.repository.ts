import { Injectable } from '@nestjs/common';
import { DbService } from '../../core/database/db.service';
import { placeholders } from '../../core/graphql/loaders';
import { PostEntity } from '../posts/post.entity';
import { AUTHOR_COLUMNS, AuthorColumns } from '../users/user-columns';
import { AnswerEntity } from './answer.entity';

/** An answer as the thread reads it: the table's row (typed once, by its entity), its thread's anonymity and its author. */
export type AnswerRow = AnswerEntity &
  AuthorColumns & {
    post_anonymous: PostEntity['anonymous'];
    post_author_id: PostEntity['author_id'];
  };

/** What writing an answer stores (the row's own columns; counters, revision and timestamps are the table's). */
export interface NewAnswer {
  postId: number;
  authorId: number;
  departmentId: number | null;
  body: string;
  bodyHtml: string;
  at: string;
}

/** An answer with its thread's anonymity and its author, in one row. */
const SELECT_ANSWER = `SELECT a.*, p.anonymous AS post_anonymous, p.author_id AS post_author_id, ${AUTHOR_COLUMNS}
  FROM answer a JOIN post p ON p.id = a.post_id JOIN app_user u ON u.id = a.author_id`;

/**
 * SQL for answers, their revisions and the counters an answer keeps on its post
 * (answer_count, last_activity_at, accepted_answer_id/status).
 *
 * Every method is synchronous on purpose: the service calls the writes inside `DbService.tx`, a
 * better-sqlite3 IMMEDIATE transaction whose callback never awaits, so no other request can
 * interleave between reading an answer, writing it and emitting its ledger/outbox facts.
 */
@Injectable()
export class AnswersRepository {
  constructor(private readonly db: DbService) {}

  /** Live answers of the posts: per post, the accepted one first, then oldest first. */
  findLiveByPostIds(postIds: readonly number[]): AnswerRow[] {
    if (postIds.length === 0) return [];
    return this.db.all<AnswerRow>(
      `${SELECT_ANSWER}
        WHERE a.post_id IN (${placeholders(postIds.length)}) AND a.deleted_at IS NULL
        ORDER BY a.post_id, a.accepted_at IS NULL, a.created_at, a.id`,
      [...postIds],
    );
  }

  /**
   * A person's live answers on live posts, newest first. Their answers in their own anonymous
   * threads are left out unless `includeOwnAnonymous`.
   */
  findLiveByAuthor(authorId: number, includeOwnAnonymous: boolean, limit: number): AnswerRow[] {
    return this.db.all<AnswerRow>(
      `${SELECT_ANSWER}
          WHERE a.author_id = ? AND a.deleted_at IS NULL AND p.deleted_at IS NULL
            AND (? = 1 OR p.anonymous = 0 OR p.author_id <> a.author_id)
          ORDER BY a.created_at DESC, a.id DESC LIMIT ?`,
      [authorId, includeOwnAnonymous ? 1 : 0, limit],
    );
  }

  /** A live answer on a live post. */
  findLiveById(id: number): AnswerRow | undefined {
    return this.db.get<AnswerRow>(
      `${SELECT_ANSWER}
        WHERE a.id = ? AND a.deleted_at IS NULL AND p.deleted_at IS NULL`,
      [id],
    );
  }

  /** Inserts the answer and returns its id. */
  insert(a: NewAnswer): number {
    return this.db.insert(`INSERT INTO answer (post_id, author_id, department_id, body, body_html, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`, [
      a.postId,
      a.authorId,
      a.departmentId,
      a.body,
      a.bodyHtml,
      a.at,
      a.at,
    ]);
  }

  /** The answer's current revision number (deleted or not). */
  revision(answerId: number): AnswerEntity['revision'] {
    return this.db.get<Pick<AnswerEntity, 'revision'>>('SELECT revision FROM answer WHERE id = ?', [answerId])!.revision;
  }

  updateBody(answerId: number, body: string, bodyHtml: string, revision: number, at: string): void {
    this.db.run('UPDATE answer SET body = ?, body_html = ?, revision = ?, updated_at = ? WHERE id = ?', [body, bodyHtml, revision, at, answerId]);
  }

  /** Keeps the text of every revision (the first one too). */
  insertRevision(answerId: number, revision: number, editorId: number, body: string, at: string): void {
    this.db.run('INSERT INTO answer_revision (answer_id, revision, editor_id, body, created_at) VALUES (?, ?, ?, ?, ?)', [
      answerId,
      revision,
      editorId,
      body,
      at,
    ]);
  }

  /** Soft delete; a deleted answer is no longer accepted. */
  markDeleted(answerId: number, deletedById: number, at: string): void {
    this.db.run('UPDATE answer SET deleted_at = ?, deleted_by_id = ?, accepted_at = NULL WHERE id = ?', [at, deletedById, answerId]);
  }

  markAccepted(answerId: number, at: string): void {
    this.db.run('UPDATE answer SET accepted_at = ? WHERE id = ?', [at, answerId]);
  }

  clearAccepted(answerId: number): void {
    this.db.run('UPDATE answer SET accepted_at = NULL WHERE id = ?', [answerId]);
  }

  /** A new answer counts on its post and is activity on it. */
  incrementPostAnswerCount(postId: number, at: string): void {
    this.db.run('UPDATE post SET answer_count = answer_count + 1, last_activity_at = ? WHERE id = ?', [at, postId]);
  }

  decrementPostAnswerCount(postId: number): void {
    this.db.run('UPDATE post SET answer_count = answer_count - 1 WHERE id = ?', [postId]);
  }

  /** The question is resolved by this answer (and that is activity on it). */
  markPostResolved(postId: number, answerId: number, at: string): void {
    this.db.run(`UPDATE post SET accepted_answer_id = ?, status = 'RESOLVED', last_activity_at = ? WHERE id = ?`, [answerId, at, postId]);
  }

  /** The question has no accepted answer any more and is open again. */
  reopenPost(postId: number): void {
    this.db.run(`UPDATE post SET accepted_answer_id = NULL, status = 'OPEN' WHERE id = ?`, [postId]);
  }

  /** Reopens the question only if this answer was its accepted one. */
  reopenPostIfAccepted(postId: number, answerId: number): void {
    this.db.run(`UPDATE post SET accepted_answer_id = NULL, status = 'OPEN' WHERE id = ? AND accepted_answer_id = ?`, [postId, answerId]);
  }
}
