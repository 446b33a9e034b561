import { Injectable } from '@nestjs/common';
import { DbService } from '../../core/database/db.service';
import { AUTHOR_COLUMNS, AuthorColumns } from '../users/user-columns';
import { IdeaStatusChangeEntity } from './idea-status-change.entity';

export type IdeaStatusChangeRow = IdeaStatusChangeEntity & AuthorColumns;

/** SQL for ideas' status: the current one on the post, every change appended to `idea_status_change`. Writes inside the caller's tx. */
@Injectable()
export class IdeasRepository {
  constructor(private readonly db: DbService) {}

  setStatus(postId: number, status: string, note: string | null, byId: number, at: string): void {
    this.db.run('UPDATE post SET idea_status = ?, idea_status_note = ?, idea_status_changed_at = ?, idea_status_changed_by_id = ? WHERE id = ?', [
      status,
      note,
      at,
      byId,
      postId,
    ]);
  }

  insertChange(c: Omit<IdeaStatusChangeEntity, 'id'>): number {
    return this.db.insert('INSERT INTO idea_status_change (post_id, status, previous_status, note, changed_by_id, created_at) VALUES (?, ?, ?, ?, ?, ?)', [
      c.post_id,
      c.status,
      c.previous_status,
      c.note,
      c.changed_by_id,
      c.created_at,
    ]);
  }

  /** The changes of an idea, newest first. */
  changes(postId: number, limit: number): IdeaStatusChangeRow[] {
    return this.db.all<IdeaStatusChangeRow>(
      `SELECT c.*, ${AUTHOR_COLUMNS} FROM idea_status_change c JOIN app_user u ON u.id = c.changed_by_id
        WHERE c.post_id = ? ORDER BY c.id DESC LIMIT ?`,
      [postId, limit],
    );
  }
}
