import { Injectable } from '@nestjs/common';
import { DbService } from '../../core/database/db.service';
import { DraftEntity } from './draft.entity';

export type DraftRow = DraftEntity & { post_title: string | null; post_kind: string | null };

// The kind of an answer draft's post is kept even when the post is gone, so that a reply to an idea is still called a comment.
const SELECT = `SELECT d.*, CASE WHEN p.id IS NOT NULL AND p.deleted_at IS NULL AND p.hidden_at IS NULL THEN p.title END AS post_title, p.kind AS post_kind
                  FROM draft d LEFT JOIN post p ON p.id = d.post_id`;

/** SQL of drafts. Every read is by owner: a draft is never read for anyone else. */
@Injectable()
export class DraftsRepository {
  constructor(private readonly db: DbService) {}

  list(ownerId: number, limit: number): DraftRow[] {
    return this.db.all<DraftRow>(`${SELECT} WHERE d.owner_id = ? ORDER BY d.updated_at DESC, d.id DESC LIMIT ?`, [ownerId, limit]);
  }

  count(ownerId: number): number {
    return this.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM draft WHERE owner_id = ?', [ownerId])!.n;
  }

  find(ownerId: number, id: number): DraftRow | undefined {
    return this.db.get<DraftRow>(`${SELECT} WHERE d.owner_id = ? AND d.id = ?`, [ownerId, id]);
  }

  findAnswerDraft(ownerId: number, postId: number): DraftRow | undefined {
    return this.db.get<DraftRow>(`${SELECT} WHERE d.owner_id = ? AND d.kind = 'ANSWER' AND d.post_id = ? ORDER BY d.updated_at DESC LIMIT 1`, [
      ownerId,
      postId,
    ]);
  }

  /** A post one may answer: exists, not deleted, not hidden. */
  answerablePost(postId: number): boolean {
    return !!this.db.get('SELECT 1 FROM post WHERE id = ? AND deleted_at IS NULL AND hidden_at IS NULL', [postId]);
  }

  insert(d: Omit<DraftEntity, 'id'>): number {
    return this.db.insert(
      `INSERT INTO draft (owner_id, kind, post_id, title, body, tags, case_details, anonymous, created_at, updated_at)
       VALUES (@owner_id, @kind, @post_id, @title, @body, @tags, @case_details, @anonymous, @created_at, @updated_at)`,
      d,
    );
  }

  update(id: number, d: Pick<DraftEntity, 'kind' | 'post_id' | 'title' | 'body' | 'tags' | 'case_details' | 'anonymous' | 'updated_at'>): void {
    this.db.run(
      `UPDATE draft SET kind = @kind, post_id = @post_id, title = @title, body = @body, tags = @tags, case_details = @case_details,
              anonymous = @anonymous, updated_at = @updated_at WHERE id = @id`,
      { ...d, id },
    );
  }

  remove(ownerId: number, id: number): boolean {
    return this.db.run('DELETE FROM draft WHERE owner_id = ? AND id = ?', [ownerId, id]).changes > 0;
  }

  removeAnswerDrafts(ownerId: number, postId: number): number {
    return this.db.run("DELETE FROM draft WHERE owner_id = ? AND kind = 'ANSWER' AND post_id = ?", [ownerId, postId]).changes;
  }
}
