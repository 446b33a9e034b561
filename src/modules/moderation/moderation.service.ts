import { Injectable } from '@nestjs/common';
import { Viewer } from '../../core/auth/viewer';
import { DbService } from '../../core/database/db.service';
import { badInput, notFound } from '../../core/errors/app-error';
import { DomainEvents } from '../../core/events/domain-events.service';
import { idCursor } from '../../core/graphql/id-cursor';
import { requireCapability } from '../../core/policy/capabilities';
import { jstDayStartIso, jstDate } from '../../core/time/jst';
import { pageSize, requireId, requireText } from '../../core/validation/normalize';
import { AuditService } from '../audit/audit.service';
import { PostCloseReason, PostKind, ReactionTargetType } from '../posts/content.enums';
import { Post } from '../posts/post.model';
import { PostsService } from '../posts/posts.service';
import { UsersService } from '../users/users.service';
import {
  ClosePostInput,
  ModerationCounts,
  ModerationInput,
  MODERATION_LIMITS,
  Report,
  ReportAction,
  ReportConnection,
  ReportInput,
  ReportReason,
  ReportStatus,
} from './moderation.model';
import { ModerationRepository, ModerationTargetType, ReportRow, TargetRow } from './moderation.repository';

const CURSOR = idCursor('report');
/** One person's reports per JST day: enough for real use, not for flooding the queue. */
export const REPORTS_PER_DAY = 20;
const TARGET_LABEL: Record<ModerationTargetType, string> = { POST: '投稿', ANSWER: '回答', COMMENT: 'コメント' };

const excerpt = (s: string, n = 140) => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return [...flat].length > n ? `${[...flat].slice(0, n).join('')}…` : flat;
};

/**
 * Moderation (#10): any staff member reports (通報) a post, answer or comment; the DX office
 * (and admins) work the queue — hide (with a reason the author sees), dismiss, restore — and
 * close questions (重複 / 対象外 / 解決済み（他で）). Hiding withdraws the content's ledger facts
 * while hidden and restoring re-credits them (LedgerEvents.contentModerated, in the same
 * transaction). Every moderation act writes an audit row; reporters are never shown to the
 * reported person.
 */
@Injectable()
export class ModerationService {
  constructor(
    private readonly db: DbService,
    private readonly repo: ModerationRepository,
    private readonly posts: PostsService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
  ) {}

  private target(type: ReactionTargetType, idRaw: string): TargetRow & { type: ModerationTargetType } {
    const id = requireId(idRaw, 'targetId', TARGET_LABEL[type as ModerationTargetType] ?? '対象');
    const t = this.repo.target(type as ModerationTargetType, id);
    if (!t) throw notFound(TARGET_LABEL[type as ModerationTargetType] ?? '対象');
    return { ...t, type: type as ModerationTargetType };
  }

  // ---- reports ----------------------------------------------------------------------------

  report(viewer: Viewer, input: ReportInput, now = new Date()): Report {
    const t = this.target(input.targetType, input.targetId);
    if (t.author_id === viewer.id) throw badInput('自分の投稿は通報できません。編集または削除してください。', 'targetId');
    if (t.hidden_at || !t.live) throw badInput('この内容はすでに非表示になっています。', 'targetId');
    const note = (input.note ?? '').trim() === '' ? '' : requireText(input.note, '通報のメモ', MODERATION_LIMITS.note, 'note');
    if (input.reason === ReportReason.OTHER && note === '') throw badInput('「その他」のときは、どこが問題かをメモに書いてください。', 'note');
    const existing = this.repo.openReportBy(viewer.id, t.type, t.id);
    if (existing) return this.toReport(existing);
    if (this.repo.reportsTodayBy(viewer.id, jstDayStartIso(jstDate(now))!) >= REPORTS_PER_DAY) {
      throw badInput(`通報は1日${REPORTS_PER_DAY}件までです。急ぎの場合はDX推進課に直接連絡してください。`, 'targetId');
    }
    const at = now.toISOString();
    const id = this.db.tx(() => {
      const id = this.repo.insertReport({
        target_type: t.type,
        target_id: t.id,
        post_id: t.post_id,
        reporter_id: viewer.id,
        reason: input.reason,
        note,
        created_at: at,
      });
      this.events.emit('report.filed', { reportId: id, targetType: t.type, targetId: t.id, postId: t.post_id, reporterId: viewer.id, at });
      return id;
    });
    return this.toReport(this.repo.report(id)!);
  }

  private toReport(r: ReportRow, openCounts?: Map<string, number>): Report {
    const t = this.repo.target(r.target_type as ModerationTargetType, r.target_id);
    return {
      id: String(r.id),
      targetType: r.target_type as ReactionTargetType,
      targetId: String(r.target_id),
      post: null,
      postId: r.post_id,
      targetExcerpt: t ? excerpt(t.text) : '（削除された内容）',
      targetHidden: !!t?.hidden_at,
      openReportsOnTarget:
        openCounts?.get(`${r.target_type}:${r.target_id}`) ??
        this.repo.openCountsOn([{ type: r.target_type, id: r.target_id }]).get(`${r.target_type}:${r.target_id}`) ??
        0,
      reason: r.reason as ReportReason,
      note: r.note,
      status: r.status as ReportStatus,
      action: (r.action as ReportAction | null) ?? null,
      resolutionNote: r.resolution_note,
      // An asker reporting in their own anonymous thread stays anonymous, to moderators too.
      reporter: this.repo.isAnonymousAsker(r.post_id, r.reporter_id) ? null : this.users.findById(r.reporter_id),
      resolvedBy: r.resolved_by_id ? this.users.findById(r.resolved_by_id) : null,
      createdAt: r.created_at,
      resolvedAt: r.resolved_at,
    };
  }

  reports(viewer: Viewer, status: ReportStatus | null | undefined, first: number | null | undefined, after: string | null | undefined): ReportConnection {
    requireCapability(viewer, 'moderation.resolve');
    const limit = pageSize(first);
    const rows = this.repo.reports(status ?? null, after ? CURSOR.decode(after) : null, limit + 1);
    const page = rows.slice(0, limit);
    const counts = this.repo.openCountsOn(page.map((r) => ({ type: r.target_type, id: r.target_id })));
    const edges = page.map((r) => ({ cursor: CURSOR.encode(r.id), node: this.toReport(r, counts) }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
      totalCount: this.repo.countReports(status ?? null),
    };
  }

  counts(viewer: Viewer): ModerationCounts {
    requireCapability(viewer, 'moderation.resolve');
    return { openReports: this.repo.countReports('OPEN'), hiddenContent: this.repo.countHidden() };
  }

  /** HIDE hides the content and resolves every open report on it; DISMISS resolves this report. */
  resolveReport(viewer: Viewer, idRaw: string, action: ReportAction, noteRaw: string | null | undefined, now = new Date()): Report {
    requireCapability(viewer, 'moderation.resolve');
    const r = this.repo.report(requireId(idRaw, 'id', '通報'));
    if (!r) throw notFound('通報');
    if (r.status !== 'OPEN') throw badInput('この通報はすでに対応済みです。', 'id');
    const note = (noteRaw ?? '').trim() === '' ? null : requireText(noteRaw, '対応のメモ', MODERATION_LIMITS.reason, 'note');
    if (action === ReportAction.HIDE && !note) throw badInput('非表示にする理由を書いてください（投稿者に示されます）。', 'note');
    const at = now.toISOString();
    this.db.tx(() => {
      if (action === ReportAction.HIDE) {
        const t = this.repo.target(r.target_type as ModerationTargetType, r.target_id);
        if (t && !t.hidden_at) this.hide(viewer, { ...t, type: r.target_type as ModerationTargetType }, note!, at, r.id);
      }
      for (const done of this.repo.resolve(r, action, viewer.id, note, at, action === ReportAction.HIDE)) {
        this.audit.record(
          viewer.id,
          'REPORT_RESOLVED',
          'REPORT',
          done.id,
          { action, target: `${done.target_type}:${done.target_id}`, reason: done.reason },
          { after: { note } },
        );
        this.events.emit('report.resolved', { reportId: done.id, postId: done.post_id, reporterId: done.reporter_id, action, byId: viewer.id, at });
      }
    });
    return this.toReport(this.repo.report(r.id)!);
  }

  // ---- hide / restore ---------------------------------------------------------------------

  private hide(viewer: Viewer, t: TargetRow & { type: ModerationTargetType }, reason: string, at: string, reportId: number | null): void {
    this.repo.setHidden(t.type, t.id, { at, reason, byId: viewer.id });
    this.audit.record(viewer.id, 'CONTENT_HIDDEN', t.type, t.id, { postId: t.post_id, reportId }, { after: { hidden: true, reason } });
    this.events.emit('content.hidden', { targetType: t.type, targetId: t.id, postId: t.post_id, authorId: t.author_id, byId: viewer.id, reason, at });
  }

  hideContent(viewer: Viewer, input: ModerationInput, now = new Date()): boolean {
    requireCapability(viewer, 'moderation.resolve');
    const t = this.target(input.targetType, input.targetId);
    if (t.hidden_at) throw badInput('すでに非表示です。', 'targetId');
    const reason = requireText(input.reason, '非表示にする理由', MODERATION_LIMITS.reason, 'reason');
    const at = now.toISOString();
    this.db.tx(() => {
      this.hide(viewer, t, reason, at, null);
      // Open reports on it are settled by the same act.
      const open = this.repo.firstOpenReportOn(t.type, t.id);
      if (open) {
        for (const done of this.repo.resolve(open, 'HIDE', viewer.id, reason, at, true)) {
          this.audit.record(
            viewer.id,
            'REPORT_RESOLVED',
            'REPORT',
            done.id,
            { action: 'HIDE', target: `${done.target_type}:${done.target_id}` },
            { after: { note: reason } },
          );
          this.events.emit('report.resolved', { reportId: done.id, postId: done.post_id, reporterId: done.reporter_id, action: 'HIDE', byId: viewer.id, at });
        }
      }
    });
    return true;
  }

  restoreContent(viewer: Viewer, input: ModerationInput, now = new Date()): boolean {
    requireCapability(viewer, 'moderation.resolve');
    const t = this.target(input.targetType, input.targetId);
    if (!t.hidden_at) throw badInput('非表示になっていません。', 'targetId');
    const note = (input.reason ?? '').trim() === '' ? null : requireText(input.reason, '再表示の理由', MODERATION_LIMITS.reason, 'reason');
    const at = now.toISOString();
    this.db.tx(() => {
      this.repo.setHidden(t.type, t.id, null);
      this.audit.record(viewer.id, 'CONTENT_RESTORED', t.type, t.id, { postId: t.post_id, note }, { before: { hidden: true, reason: t.hidden_reason } });
      this.events.emit('content.restored', { targetType: t.type, targetId: t.id, postId: t.post_id, authorId: t.author_id, byId: viewer.id, at });
    });
    return true;
  }

  // ---- closing questions ----------------------------------------------------------------

  closePost(viewer: Viewer, input: ClosePostInput, now = new Date()): Post {
    requireCapability(viewer, 'moderation.resolve');
    const postId = requireId(input.postId, 'postId', '投稿');
    const p = this.repo.postState(postId);
    if (!p) throw notFound('投稿');
    if (p.kind !== PostKind.QUESTION) throw badInput('クローズできるのは質問だけです。', 'postId');
    if (p.status === 'CLOSED') throw badInput('この質問はすでにクローズされています。', 'postId');
    let duplicateOf: number | null = null;
    if (input.reason === PostCloseReason.DUPLICATE) {
      duplicateOf = requireId(input.duplicateOfId ?? null, 'duplicateOfId', '元の質問');
      const original = this.repo.postState(duplicateOf);
      if (!original || duplicateOf === postId) throw badInput('重複の元になる質問を指定してください（この質問以外）。', 'duplicateOfId');
    } else if (input.duplicateOfId) {
      throw badInput('元の質問は「重複」のときだけ指定します。', 'duplicateOfId');
    }
    const note = (input.note ?? '').trim() === '' ? null : requireText(input.note, 'ひとこと', MODERATION_LIMITS.reason, 'note');
    const at = now.toISOString();
    this.db.tx(() => {
      this.repo.closePost(postId, input.reason, duplicateOf, note, viewer.id, at);
      this.audit.record(viewer.id, 'POST_CLOSED', 'POST', postId, { reason: input.reason, duplicateOfId: duplicateOf, note }, { before: { status: p.status } });
      this.events.emit('post.closed', { postId, authorId: p.author_id, reason: input.reason, duplicateOfId: duplicateOf, byId: viewer.id, at });
    });
    return this.posts.getVisible(viewer, postId)!;
  }

  reopenPost(viewer: Viewer, postIdRaw: string, now = new Date()): Post {
    requireCapability(viewer, 'moderation.resolve');
    const postId = requireId(postIdRaw, 'postId', '投稿');
    const p = this.repo.postState(postId);
    if (!p) throw notFound('投稿');
    if (p.status !== 'CLOSED') throw badInput('この質問はクローズされていません。', 'postId');
    const at = now.toISOString();
    this.db.tx(() => {
      this.repo.reopenPost(postId);
      this.audit.record(viewer.id, 'POST_REOPENED', 'POST', postId, { reason: p.closed_reason });
      this.events.emit('post.reopened', { postId, authorId: p.author_id, byId: viewer.id, at });
    });
    return this.posts.getVisible(viewer, postId)!;
  }
}
