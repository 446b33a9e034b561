import { Injectable } from '@nestjs/common';
import { DbService } from '../../core/database/db.service';
import { placeholders } from '../../core/graphql/loaders';
import { AnswerRevisionEntity } from '../answers/answer-revision.entity';
import { PostRevisionEntity } from '../posts/post-revision.entity';
import { AUTHOR_COLUMNS, AuthorColumns } from '../users/user-columns';
import { RevisionRollbackEntity } from './revision-rollback.entity';

export type RevisionTarget = 'POST' | 'ANSWER';

/** A revision as the history lists it: the text, the editor's columns and, for a rollback, the version it restored. */
export type PostRevisionRow = PostRevisionEntity & AuthorColumns & { restored_revision: number | null };
export type AnswerRevisionRow = AnswerRevisionEntity & AuthorColumns & { restored_revision: number | null };

/**
 * SQL for the edit history: reads the revision tables the posts and answers modules append to
 * (never changes them) and the rollback marks. Synchronous; writes inside the caller's tx.
 */
@Injectable()
export class HistoryRepository {
  constructor(private readonly db: DbService) {}

  /** A post's revisions, newest first. */
  postRevisions(postId: number, limit: number): PostRevisionRow[] {
    return this.db.all<PostRevisionRow>(
      `SELECT r.*, ${AUTHOR_COLUMNS}, rb.restored_revision
         FROM post_revision r JOIN app_user u ON u.id = r.editor_id
         LEFT JOIN revision_rollback rb ON rb.target_type = 'POST' AND rb.target_id = r.post_id AND rb.revision = r.revision
        WHERE r.post_id = ? ORDER BY r.revision DESC, r.id DESC LIMIT ?`,
      [postId, limit],
    );
  }

  answerRevisions(answerId: number, limit: number): AnswerRevisionRow[] {
    return this.db.all<AnswerRevisionRow>(
      `SELECT r.*, ${AUTHOR_COLUMNS}, rb.restored_revision
         FROM answer_revision r JOIN app_user u ON u.id = r.editor_id
         LEFT JOIN revision_rollback rb ON rb.target_type = 'ANSWER' AND rb.target_id = r.answer_id AND rb.revision = r.revision
        WHERE r.answer_id = ? ORDER BY r.revision DESC, r.id DESC LIMIT ?`,
      [answerId, limit],
    );
  }

  postRevisionCounts(postIds: readonly number[]): Map<number, number> {
    if (postIds.length === 0) return new Map();
    const rows = this.db.all<{ id: number; n: number }>(
      `SELECT post_id AS id, COUNT(*) AS n FROM post_revision WHERE post_id IN (${placeholders(postIds.length)}) GROUP BY post_id`,
      [...postIds],
    );
    return new Map(rows.map((r) => [r.id, r.n]));
  }

  answerRevisionCounts(answerIds: readonly number[]): Map<number, number> {
    if (answerIds.length === 0) return new Map();
    const rows = this.db.all<{ id: number; n: number }>(
      `SELECT answer_id AS id, COUNT(*) AS n FROM answer_revision WHERE answer_id IN (${placeholders(answerIds.length)}) GROUP BY answer_id`,
      [...answerIds],
    );
    return new Map(rows.map((r) => [r.id, r.n]));
  }

  postRevision(id: number): PostRevisionEntity | undefined {
    return this.db.get<PostRevisionEntity>('SELECT * FROM post_revision WHERE id = ?', [id]);
  }

  answerRevision(id: number): AnswerRevisionEntity | undefined {
    return this.db.get<AnswerRevisionEntity>('SELECT * FROM answer_revision WHERE id = ?', [id]);
  }

  /** The newest revision number written for a post or an answer (inside the tx that wrote it). */
  latestRevision(target: RevisionTarget, id: number): number {
    const sql =
      target === 'POST'
        ? 'SELECT MAX(revision) AS n FROM post_revision WHERE post_id = ?'
        : 'SELECT MAX(revision) AS n FROM answer_revision WHERE answer_id = ?';
    return this.db.get<{ n: number | null }>(sql, [id])?.n ?? 0;
  }

  insertRollback(r: RevisionRollbackEntity): void {
    this.db.run('INSERT INTO revision_rollback (target_type, target_id, revision, restored_revision, by_id, created_at) VALUES (?, ?, ?, ?, ?, ?)', [
      r.target_type,
      r.target_id,
      r.revision,
      r.restored_revision,
      r.by_id,
      r.created_at,
    ]);
  }
}
