import { Injectable } from '@nestjs/common';
import { DbService } from '../../core/database/db.service';
import { placeholders } from '../../core/graphql/loaders';
import { AnswerEntity } from '../answers/answer.entity';
import { PostEntity } from '../posts/post.entity';
import { AUTHOR_COLUMNS, AuthorColumns } from '../users/user-columns';
import { CommentEntity } from './comment.entity';

/** A comment as the thread reads it: the table's row (typed once, by its entity), its thread's anonymity and its author. */
export type CommentRow = CommentEntity &
  AuthorColumns & {
    post_anonymous: PostEntity['anonymous'];
    post_author_id: PostEntity['author_id'];
  };

/** The answer a comment is written on. */
export type CommentedAnswer = Pick<AnswerEntity, 'id' | 'post_id'>;

/** What writing a comment stores (on a post when `answerId` is null, else on that answer). */
export interface NewComment {
  postId: number;
  answerId: number | null;
  authorId: number;
  departmentId: number | null;
  body: string;
  at: string;
}

const SELECT_COMMENT = `SELECT c.*, p.anonymous AS post_anonymous, p.author_id AS post_author_id, ${AUTHOR_COLUMNS}
  FROM comment c JOIN post p ON p.id = c.post_id JOIN app_user u ON u.id = c.author_id`;

/**
 * SQL for comments and what they keep on their thread: the comment_count of their post or
 * answer and the post's last_activity_at.
 *
 * Every method is synchronous on purpose: the service calls the writes inside `DbService.tx`, a
 * better-sqlite3 IMMEDIATE transaction whose callback never awaits, so a comment, its counter
 * and its ledger/outbox facts commit together and no other request interleaves.
 */
@Injectable()
export class CommentsRepository {
  constructor(private readonly db: DbService) {}

  /** Live comments written on the posts themselves (not on their answers), oldest first. */
  findLiveOnPosts(postIds: readonly number[]): CommentRow[] {
    return this.db.all<CommentRow>(
      `${SELECT_COMMENT} WHERE c.deleted_at IS NULL AND c.answer_id IS NULL AND c.post_id IN (${placeholders(postIds.length)}) ORDER BY c.created_at, c.id`,
      [...postIds],
    );
  }

  /** Live comments on the answers, oldest first. */
  findLiveOnAnswers(answerIds: readonly number[]): CommentRow[] {
    return this.db.all<CommentRow>(
      `${SELECT_COMMENT} WHERE c.deleted_at IS NULL AND c.answer_id IN (${placeholders(answerIds.length)}) ORDER BY c.created_at, c.id`,
      [...answerIds],
    );
  }

  /** A live comment on a live post. */
  findLiveById(id: number): CommentRow | undefined {
    return this.db.get<CommentRow>(`${SELECT_COMMENT} WHERE c.id = ? AND c.deleted_at IS NULL AND p.deleted_at IS NULL`, [id]);
  }

  /** A live answer on a live post, as a comment target. */
  findLiveAnswer(answerId: number): CommentedAnswer | undefined {
    return this.db.get<CommentedAnswer>(
      'SELECT a.id, a.post_id FROM answer a JOIN post p ON p.id = a.post_id WHERE a.id = ? AND a.deleted_at IS NULL AND p.deleted_at IS NULL',
      [answerId],
    );
  }

  /** Inserts the comment and returns its id. */
  insert(c: NewComment): number {
    return this.db.insert('INSERT INTO comment (post_id, answer_id, author_id, department_id, body, created_at) VALUES (?, ?, ?, ?, ?, ?)', [
      c.postId,
      c.answerId,
      c.authorId,
      c.departmentId,
      c.body,
      c.at,
    ]);
  }

  /** Soft delete. */
  markDeleted(commentId: number, at: string): void {
    this.db.run('UPDATE comment SET deleted_at = ? WHERE id = ?', [at, commentId]);
  }

  incrementAnswerCommentCount(answerId: number): void {
    this.db.run('UPDATE answer SET comment_count = comment_count + 1 WHERE id = ?', [answerId]);
  }

  incrementPostCommentCount(postId: number): void {
    this.db.run('UPDATE post SET comment_count = comment_count + 1 WHERE id = ?', [postId]);
  }

  /** A comment is activity on its thread. */
  touchPost(postId: number, at: string): void {
    this.db.run('UPDATE post SET last_activity_at = ? WHERE id = ?', [at, postId]);
  }

  decrementAnswerCommentCount(answerId: number): void {
    this.db.run('UPDATE answer SET comment_count = comment_count - 1 WHERE id = ?', [answerId]);
  }

  decrementPostCommentCount(postId: number): void {
    this.db.run('UPDATE post SET comment_count = comment_count - 1 WHERE id = ?', [postId]);
  }
}
