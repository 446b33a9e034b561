import { Injectable } from '@nestjs/common';
import { DbService } from '../../core/database/db.service';
import { ReportEntity } from './report.entity';

export type ModerationTargetType = 'POST' | 'ANSWER' | 'COMMENT';
const TABLE: Record<ModerationTargetType, string> = { POST: 'post', ANSWER: 'answer', COMMENT: 'comment' };

/** A post, answer or comment as moderation sees it. */
export interface TargetRow {
  id: number;
  post_id: number;
  author_id: number;
  hidden_at: string | null;
  hidden_reason: string | null;
  text: string;
  /** the post and (for a comment on an answer) the answer are live */
  live: number;
}

export type ReportRow = ReportEntity;

/** SQL for reports, hiding and closing (the only place that knows it). */
@Injectable()
export class ModerationRepository {
  constructor(private readonly db: DbService) {}

  target(type: ModerationTargetType, id: number): TargetRow | undefined {
    switch (type) {
      case 'POST':
        return this.db.get<TargetRow>(
          `SELECT id, id AS post_id, author_id, hidden_at, hidden_reason, title || char(10) || body AS text, 1 AS live
             FROM post WHERE id = ? AND deleted_at IS NULL`,
          [id],
        );
      case 'ANSWER':
        return this.db.get<TargetRow>(
          `SELECT a.id, a.post_id, a.author_id, a.hidden_at, a.hidden_reason, a.body AS text, p.hidden_at IS NULL AS live
             FROM answer a JOIN post p ON p.id = a.post_id WHERE a.id = ? AND a.deleted_at IS NULL AND p.deleted_at IS NULL`,
          [id],
        );
      case 'COMMENT':
        return this.db.get<TargetRow>(
          `SELECT c.id, c.post_id, c.author_id, c.hidden_at, c.hidden_reason, c.body AS text,
                  (p.hidden_at IS NULL AND (c.answer_id IS NULL OR a.hidden_at IS NULL)) AS live
             FROM comment c JOIN post p ON p.id = c.post_id LEFT JOIN answer a ON a.id = c.answer_id
            WHERE c.id = ? AND c.deleted_at IS NULL AND p.deleted_at IS NULL AND (c.answer_id IS NULL OR a.deleted_at IS NULL)`,
          [id],
        );
    }
  }

  setHidden(type: ModerationTargetType, id: number, hidden: { at: string; reason: string; byId: number } | null): void {
    this.db.run(`UPDATE ${TABLE[type]} SET hidden_at = ?, hidden_reason = ?, hidden_by_id = ? WHERE id = ?`, [
      hidden?.at ?? null,
      hidden?.reason ?? null,
      hidden?.byId ?? null,
      id,
    ]);
  }

  insertReport(r: Pick<ReportRow, 'target_type' | 'target_id' | 'post_id' | 'reporter_id' | 'reason' | 'note' | 'created_at'>): number {
    return this.db.insert(
      `INSERT INTO report (target_type, target_id, post_id, reporter_id, reason, note, status, created_at)
       VALUES (@target_type, @target_id, @post_id, @reporter_id, @reason, @note, 'OPEN', @created_at)`,
      r,
    );
  }

  openReportBy(reporterId: number, type: string, targetId: number): ReportRow | undefined {
    return this.db.get<ReportRow>("SELECT * FROM report WHERE reporter_id = ? AND target_type = ? AND target_id = ? AND status = 'OPEN'", [
      reporterId,
      type,
      targetId,
    ]);
  }

  firstOpenReportOn(type: string, targetId: number): ReportRow | undefined {
    return this.db.get<ReportRow>("SELECT * FROM report WHERE target_type = ? AND target_id = ? AND status = 'OPEN' ORDER BY id LIMIT 1", [type, targetId]);
  }

  reportsTodayBy(reporterId: number, since: string): number {
    return this.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM report WHERE reporter_id = ? AND created_at >= ?', [reporterId, since])!.n;
  }

  report(id: number): ReportRow | undefined {
    return this.db.get<ReportRow>('SELECT * FROM report WHERE id = ?', [id]);
  }

  /** Open reports oldest first (the queue); resolved ones newest first. */
  reports(status: 'OPEN' | 'RESOLVED' | null, afterId: number | null, limit: number): ReportRow[] {
    const params: unknown[] = [];
    const conds: string[] = [];
    if (status) {
      conds.push('status = ?');
      params.push(status);
    }
    const ascending = status === 'OPEN';
    if (afterId !== null) {
      conds.push(ascending ? 'id > ?' : 'id < ?');
      params.push(afterId);
    }
    params.push(limit);
    return this.db.all<ReportRow>(
      `SELECT * FROM report ${conds.length ? `WHERE ${conds.join(' AND ')}` : ''} ORDER BY id ${ascending ? 'ASC' : 'DESC'} LIMIT ?`,
      params,
    );
  }

  countReports(status: 'OPEN' | 'RESOLVED' | null): number {
    return this.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM report ${status ? 'WHERE status = ?' : ''}`, status ? [status] : [])!.n;
  }

  openCountsOn(keys: { type: string; id: number }[]): Map<string, number> {
    const m = new Map<string, number>();
    if (keys.length === 0) return m;
    const rows = this.db.all<{ target_type: string; target_id: number; n: number }>(
      `SELECT target_type, target_id, COUNT(*) AS n FROM report WHERE status = 'OPEN' AND (${keys.map(() => '(target_type = ? AND target_id = ?)').join(' OR ')})
        GROUP BY target_type, target_id`,
      keys.flatMap((k) => [k.type, k.id]),
    );
    for (const r of rows) m.set(`${r.target_type}:${r.target_id}`, r.n);
    return m;
  }

  /** Resolves the given report, or every open report on the target when `allOnTarget`. Returns the reports resolved. */
  resolve(r: ReportRow, action: 'HIDE' | 'DISMISS', byId: number, note: string | null, at: string, allOnTarget: boolean): ReportRow[] {
    const ids = allOnTarget
      ? this.db
          .all<{ id: number }>("SELECT id FROM report WHERE target_type = ? AND target_id = ? AND status = 'OPEN'", [r.target_type, r.target_id])
          .map((x) => x.id)
      : [r.id];
    for (const id of ids) {
      this.db.run("UPDATE report SET status = 'RESOLVED', action = ?, resolved_by_id = ?, resolution_note = ?, resolved_at = ? WHERE id = ?", [
        action,
        byId,
        note,
        at,
        id,
      ]);
    }
    return ids.map((id) => this.report(id)!);
  }

  isAnonymousAsker(postId: number, userId: number): boolean {
    return !!this.db.get('SELECT 1 FROM post WHERE id = ? AND anonymous = 1 AND author_id = ?', [postId, userId]);
  }

  countHidden(): number {
    return this.db.get<{ n: number }>(
      `SELECT (SELECT COUNT(*) FROM post WHERE hidden_at IS NOT NULL AND deleted_at IS NULL)
            + (SELECT COUNT(*) FROM answer WHERE hidden_at IS NOT NULL AND deleted_at IS NULL)
            + (SELECT COUNT(*) FROM comment WHERE hidden_at IS NOT NULL AND deleted_at IS NULL) AS n`,
    )!.n;
  }

  // ---- closing questions ------------------------------------------------------------------

  closePost(postId: number, reason: string, duplicateOfId: number | null, note: string | null, byId: number, at: string): void {
    this.db.run("UPDATE post SET status = 'CLOSED', closed_reason = ?, duplicate_of_id = ?, closed_note = ?, closed_by_id = ?, closed_at = ? WHERE id = ?", [
      reason,
      duplicateOfId,
      note,
      byId,
      at,
      postId,
    ]);
  }

  /** Back to RESOLVED when an answer is accepted, otherwise OPEN. */
  reopenPost(postId: number): void {
    this.db.run(
      `UPDATE post SET status = CASE WHEN accepted_answer_id IS NULL THEN 'OPEN' ELSE 'RESOLVED' END,
         closed_reason = NULL, duplicate_of_id = NULL, closed_note = NULL, closed_by_id = NULL, closed_at = NULL WHERE id = ?`,
      [postId],
    );
  }

  postState(postId: number): { id: number; kind: string; status: string; author_id: number; closed_reason: string | null } | undefined {
    return this.db.get('SELECT id, kind, status, author_id, closed_reason FROM post WHERE id = ? AND deleted_at IS NULL', [postId]);
  }
}
