import { Injectable } from '@nestjs/common';
import { Viewer } from '../../core/auth/viewer';
import { badInput, forbidden } from '../../core/errors/app-error';
import { can } from '../../core/policy/capabilities';
import { jstDayStartIso } from '../../core/time/jst';
import { requireJstDate } from '../../core/validation/normalize';
import { AuditLogEntity } from './audit-log.entity';
import { AuditRepository } from './audit.repository';
import { AuditAction, MODERATION_ACTIONS } from './audit.service';

/** Japanese names of the audit actions (screen and CSV). */
export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  ACCOUNT_CREATED: 'アカウント作成',
  ACCOUNT_UPDATED: 'アカウント編集',
  ROLE_CHANGED: '権限の変更',
  ACCOUNT_DEACTIVATED: '利用停止',
  ACCOUNT_REACTIVATED: '利用再開',
  PASSWORD_RESET: '仮パスワード発行',
  PASSWORD_CHANGED: 'パスワード変更',
  DEPARTMENT_CREATED: '部署の作成',
  DEPARTMENT_UPDATED: '部署の変更',
  USER_TRANSFERRED: '異動',
  MANAGER_SCOPE_SET: '管理範囲の設定',
  STAFF_IMPORTED: '職員データの取り込み',
  SSO_LINKED: 'SSO アカウントの連携',
  SSO_ACCOUNT_CREATED: 'SSO によるアカウント作成',
  SSO_LOGIN_REFUSED: 'SSO サインインの拒否',
  ANONYMOUS_AUTHOR_REVEALED: '匿名投稿者の表示',
  POST_DELETED: '投稿の削除（モデレーション）',
  LOGIN_SUCCEEDED: 'サインイン',
  LOGIN_FAILED: 'サインイン失敗',
  COMMENT_DELETED: 'コメントの削除（モデレーション）',
  ANSWER_DELETED: '回答の削除（モデレーション）',
  BADGE_CREATED: '表彰バッジの作成',
  BADGE_AWARDED: '表彰バッジの授与',
  BADGE_AWARD_REVOKED: '表彰バッジの取り消し',
  CERTIFICATION_GRANTED: 'DX人材認定の付与',
  CERTIFICATION_REVOKED: 'DX人材認定の取り消し',
  POST_FEATURED: '優良事例に選定',
  POST_UNFEATURED: '優良事例の取り消し',
  COLLECTION_CREATED: 'まとめの作成',
  COLLECTION_UPDATED: 'まとめの編集',
  COLLECTION_DELETED: 'まとめの削除',
  COLLECTION_POSTS_CHANGED: 'まとめの投稿の変更',
  ANSWER_MARKED_OFFICIAL: '公式見解に指定',
  ANSWER_UNMARKED_OFFICIAL: '公式見解の取り下げ',
  POST_REVIEWED: '内容の確認',
  TAG_RENAMED: 'タグ名の変更',
  TAG_MERGED: 'タグの統合',
  TAG_UPDATED: 'タグの説明・改正の記録',
  REPORT_RESOLVED: '通報の対応',
  CONTENT_HIDDEN: '非表示（モデレーション）',
  CONTENT_RESTORED: '再表示（モデレーション）',
  POST_CLOSED: '質問のクローズ',
  POST_REOPENED: '質問の再開',
  WEBHOOK_CREATED: 'Webhook の作成',
  WEBHOOK_UPDATED: 'Webhook の変更',
  WEBHOOK_DELETED: 'Webhook の削除',
  PERSONAL_INFO_WARNING_OVERRIDDEN: '個人情報の警告を確認して投稿',
  GUARD_WORDS_UPDATED: '注意語リストの変更',
  POSTING_GUIDELINES_UPDATED: '投稿ガイドラインの変更',
  POST_ROLLED_BACK: '投稿を以前の版に戻す',
  ANSWER_ROLLED_BACK: '回答を以前の版に戻す',
  IDEA_STATUS_CHANGED: 'アイデアの状況の変更',
};

export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_LABELS) as AuditAction[];

export interface AuditFilterInput {
  actions?: string[] | null;
  actorId?: number | null;
  targetType?: string | null;
  targetId?: number | null;
  /** JST dates YYYY-MM-DD, both inclusive. */
  from?: string | null;
  to?: string | null;
}

/**
 * Reading the audit log: admins everything, the DX office the moderation rows only. Rows are
 * never changed or deleted (the table refuses it). Newest first, keyset-paginated by id.
 */
@Injectable()
export class AuditLogService {
  constructor(private readonly repo: AuditRepository) {}

  /** The actions this viewer may read; FORBIDDEN for anyone who may read none. */
  visibleActions(viewer: Viewer | null, requested?: string[] | null): string[] | null {
    for (const a of requested ?? []) if (!(a in AUDIT_ACTION_LABELS)) throw badInput(`操作「${a}」はありません。`, 'filter.actions');
    if (can(viewer, 'audit.viewAll')) return requested && requested.length ? requested : null;
    if (can(viewer, 'audit.viewModeration')) {
      const allowed = requested && requested.length ? requested.filter((a) => (MODERATION_ACTIONS as string[]).includes(a)) : [...MODERATION_ACTIONS];
      return allowed.length ? allowed : ['__none__'];
    }
    throw forbidden('監査ログを見られるのは管理者（モデレーションの記録はDX推進課も）だけです。');
  }

  find(viewer: Viewer | null, filter: AuditFilterInput | null | undefined, beforeId: number | null, limit: number): AuditLogEntity[] {
    const actions = this.visibleActions(viewer, filter?.actions);
    // JST days, both inclusive: from the start of `from` to the start of the day after `to`.
    const until = filter?.to ? jstDayStartIso(requireJstDate(filter.to, 'filter.to'), 1) : null;
    return this.repo.find({
      actions,
      actorId: filter?.actorId ?? null,
      targetType: filter?.targetType ?? null,
      targetId: filter?.targetId ?? null,
      from: filter?.from ? jstDayStartIso(requireJstDate(filter.from, 'filter.from')) : null,
      until,
      beforeId,
      limit,
    });
  }

  /** The actions the viewer may filter by, with their Japanese names. */
  actionOptions(viewer: Viewer | null): { action: string; label: string }[] {
    const visible = this.visibleActions(viewer, null) ?? AUDIT_ACTIONS;
    return visible.map((action) => ({ action, label: this.label(action) }));
  }

  label(action: string): string {
    return AUDIT_ACTION_LABELS[action as AuditAction] ?? action;
  }
}
