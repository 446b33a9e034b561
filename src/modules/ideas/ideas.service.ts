import { Injectable } from '@nestjs/common';
import { Viewer } from '../../core/auth/viewer';
import { DbService } from '../../core/database/db.service';
import { badInput, notFound } from '../../core/errors/app-error';
import { DomainEvents } from '../../core/events/domain-events.service';
import { can } from '../../core/policy/capabilities';
import { ideaCan, ideaDenial, IdeaFacts, requireAllowed } from '../../core/policy/object-policy';
import { requireId, requireText } from '../../core/validation/normalize';
import { AuditService } from '../audit/audit.service';
import { IdeaStatus, PostKind } from '../posts/content.enums';
import { Post } from '../posts/post.model';
import { PostsService } from '../posts/posts.service';
import { userFromColumns } from '../users/user-columns';
import { UsersService } from '../users/users.service';
import { IdeaStatusChange } from './ideas.model';
import { IdeasRepository } from './ideas.repository';

export const IDEA_LIMITS = { note: 500, changes: 20 } as const;
export const IDEA_STATUS_LABELS: Record<IdeaStatus, string> = {
  PROPOSED: '提案',
  UNDER_REVIEW: '検討中',
  ADOPTED: '採用',
  DECLINED: '見送り',
};

/**
 * Ideas have a life (#13): 提案 → 検討中 → 採用 / 見送り, set by the DX office or a manager of
 * the idea's owning department (the author's department when it was posted), with a note.
 * Every change is appended to the history, audited and emitted as `idea.statusChanged`
 * (durable: the author is notified).
 */
@Injectable()
export class IdeasService {
  constructor(
    private readonly db: DbService,
    private readonly repo: IdeasRepository,
    private readonly posts: PostsService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
  ) {}

  /** The facts the idea rule decides on; the manager scope is read only when the rule asks. */
  private facts(viewer: Viewer, departmentId: number | null): IdeaFacts {
    return { managedByViewer: () => departmentId !== null && this.users.managedScope(viewer.id).has(departmentId) };
  }

  /** The `viewerCanSetIdeaStatus` flag: an idea the viewer may decide on (the same rule the mutation enforces). */
  canSetStatus(viewer: Viewer | null, post: Post): boolean {
    if (!viewer || post.kind !== PostKind.IDEA || post.contentWithheld) return false;
    return ideaCan(viewer, this.facts(viewer, post.departmentId), 'idea.setStatus');
  }

  setStatus(viewer: Viewer, postIdRaw: string, status: IdeaStatus, noteRaw: string | null | undefined, at: Date = new Date()): Post {
    const postId = requireId(postIdRaw, 'postId', '投稿');
    const row = this.posts.row(postId);
    // A hidden idea is out of sight for everyone but its author and the moderators.
    if (!row || (row.hidden_at && !can(viewer, 'moderation.resolve'))) throw notFound('投稿');
    if (row.kind !== PostKind.IDEA) throw badInput('状況を設定できるのはアイデアだけです。', 'postId');
    requireAllowed(ideaDenial(viewer, this.facts(viewer, row.department_id), 'idea.setStatus'));
    const trimmed = (noteRaw ?? '').trim();
    const note = trimmed === '' ? null : requireText(trimmed, 'メモ', IDEA_LIMITS.note, 'note');
    const previous = (row.idea_status as IdeaStatus | null) ?? IdeaStatus.PROPOSED;
    // Nothing changed: no history row, no notification.
    if (previous === status && (row.idea_status_note ?? null) === note) return this.posts.getVisible(viewer, row.id)!;
    const now = at.toISOString();
    this.db.tx(() => {
      this.repo.setStatus(row.id, status, note, viewer.id, now);
      this.repo.insertChange({ post_id: row.id, status, previous_status: previous, note, changed_by_id: viewer.id, created_at: now });
      this.audit.record(viewer.id, 'IDEA_STATUS_CHANGED', 'POST', row.id, { note }, { before: { status: previous }, after: { status } });
      this.events.emit('idea.statusChanged', { postId: row.id, authorId: row.author_id, status, previousStatus: previous, note, byId: viewer.id, at: now });
    });
    return this.posts.getVisible(viewer, row.id)!;
  }

  /** The idea's status changes, newest first (none for other kinds or when the idea is withheld from the viewer). */
  changes(post: Post): IdeaStatusChange[] {
    if (post.kind !== PostKind.IDEA || post.contentWithheld) return [];
    return this.repo.changes(Number(post.id), IDEA_LIMITS.changes).map((c) => ({
      id: String(c.id),
      status: c.status as IdeaStatus,
      previousStatus: c.previous_status as IdeaStatus,
      note: c.note,
      changedAt: c.created_at,
      changedBy: userFromColumns(c.changed_by_id, c),
    }));
  }
}
