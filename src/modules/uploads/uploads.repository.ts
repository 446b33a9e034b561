import { Injectable } from '@nestjs/common';
import { DbService } from '../../core/database/db.service';
import { placeholders } from '../../core/graphql/loaders';
import { AttachmentEntity } from './attachment.entity';

export type AttachmentTarget = 'POST' | 'ANSWER' | 'COMMENT' | 'AVATAR';

/** Is the attachment referenced, and is any of what references it live (not deleted, not hidden)? */
export interface AttachmentReach {
  referenced: boolean;
  visible: boolean;
}

const LIVE_POST = 'p.deleted_at IS NULL AND p.hidden_at IS NULL';

/** SQL for attachments and their references (the only place that knows it). */
@Injectable()
export class UploadsRepository {
  constructor(private readonly db: DbService) {}

  insert(a: AttachmentEntity): void {
    this.db.run(
      `INSERT INTO attachment (id, uploader_id, sha256, name, size, content_type, inline, width, height, created_at)
       VALUES (@id, @uploader_id, @sha256, @name, @size, @content_type, @inline, @width, @height, @created_at)`,
      { ...a },
    );
  }

  find(id: string): AttachmentEntity | undefined {
    return this.db.get<AttachmentEntity>('SELECT * FROM attachment WHERE id = ?', [id]);
  }

  findMany(ids: readonly string[]): AttachmentEntity[] {
    if (ids.length === 0) return [];
    return this.db.all<AttachmentEntity>(`SELECT * FROM attachment WHERE id IN (${placeholders(ids.length)})`, [...ids]);
  }

  /** Uploads by the person since `since` (the JST day's start): the daily limit. */
  countSince(uploaderId: number, since: string): number {
    return this.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM attachment WHERE uploader_id = ? AND created_at >= ?', [uploaderId, since])!.n;
  }

  /** Of these ids, the ones that are referenced by anything already. */
  referencedIds(ids: readonly string[]): Set<string> {
    if (ids.length === 0) return new Set();
    const rows = this.db.all<{ attachment_id: string }>(
      `SELECT DISTINCT attachment_id FROM attachment_ref WHERE attachment_id IN (${placeholders(ids.length)})`,
      [...ids],
    );
    return new Set(rows.map((r) => r.attachment_id));
  }

  refsOf(targetType: AttachmentTarget, targetId: number): string[] {
    return this.db
      .all<{ attachment_id: string }>('SELECT attachment_id FROM attachment_ref WHERE target_type = ? AND target_id = ?', [targetType, targetId])
      .map((r) => r.attachment_id);
  }

  /** Replaces what a post, answer, comment or profile references. */
  replaceRefs(targetType: AttachmentTarget, targetId: number, attachmentIds: readonly string[], at: string): void {
    this.db.run('DELETE FROM attachment_ref WHERE target_type = ? AND target_id = ?', [targetType, targetId]);
    for (const id of attachmentIds) {
      this.db.run('INSERT OR IGNORE INTO attachment_ref (attachment_id, target_type, target_id, created_at) VALUES (?, ?, ?, ?)', [
        id,
        targetType,
        targetId,
        at,
      ]);
    }
  }

  /** The Markdown a post, answer or comment holds now (null when it does not exist). */
  markdownOf(targetType: Exclude<AttachmentTarget, 'AVATAR'>, targetId: number): string | null {
    if (targetType === 'POST') {
      const r = this.db.get<{ body: string; case_problem: string | null; case_solution: string | null; case_effect: string | null }>(
        'SELECT body, case_problem, case_solution, case_effect FROM post WHERE id = ?',
        [targetId],
      );
      return r ? [r.body, r.case_problem, r.case_solution, r.case_effect].filter(Boolean).join('\n') : null;
    }
    const table = targetType === 'ANSWER' ? 'answer' : 'comment';
    return this.db.get<{ body: string }>(`SELECT body FROM ${table} WHERE id = ?`, [targetId])?.body ?? null;
  }

  /**
   * Whether anything references the attachment, and whether any of it is live: a post that is
   * neither deleted nor hidden; an answer or comment that is not, on such a post (and a
   * comment's answer likewise); a profile's avatar.
   */
  reach(id: string): AttachmentReach {
    const r = this.db.get<{ referenced: number; visible: number }>(
      `SELECT
         EXISTS (SELECT 1 FROM attachment_ref WHERE attachment_id = @id) AS referenced,
         (EXISTS (SELECT 1 FROM attachment_ref r WHERE r.attachment_id = @id AND r.target_type = 'AVATAR')
          OR EXISTS (SELECT 1 FROM attachment_ref r JOIN post p ON p.id = r.target_id
                     WHERE r.attachment_id = @id AND r.target_type = 'POST' AND ${LIVE_POST})
          OR EXISTS (SELECT 1 FROM attachment_ref r JOIN answer a ON a.id = r.target_id JOIN post p ON p.id = a.post_id
                     WHERE r.attachment_id = @id AND r.target_type = 'ANSWER' AND a.deleted_at IS NULL AND a.hidden_at IS NULL AND ${LIVE_POST})
          OR EXISTS (SELECT 1 FROM attachment_ref r JOIN comment c ON c.id = r.target_id JOIN post p ON p.id = c.post_id
                     LEFT JOIN answer a ON a.id = c.answer_id
                     WHERE r.attachment_id = @id AND r.target_type = 'COMMENT' AND c.deleted_at IS NULL AND c.hidden_at IS NULL AND ${LIVE_POST}
                       AND (c.answer_id IS NULL OR (a.deleted_at IS NULL AND a.hidden_at IS NULL)))) AS visible`,
      { id },
    )!;
    return { referenced: r.referenced === 1, visible: r.visible === 1 };
  }
}
