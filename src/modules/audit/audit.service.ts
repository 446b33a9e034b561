import { Injectable } from '@nestjs/common';
import { currentRequestIp } from '../../core/http/request-context';
import { AuditRepository } from './audit.repository';

export type AuditAction =
  | 'ACCOUNT_CREATED'
  | 'ACCOUNT_UPDATED'
  | 'ROLE_CHANGED'
  | 'ACCOUNT_DEACTIVATED'
  | 'ACCOUNT_REACTIVATED'
  | 'PASSWORD_RESET'
  | 'PASSWORD_CHANGED'
  | 'DEPARTMENT_CREATED'
  | 'DEPARTMENT_UPDATED'
  | 'USER_TRANSFERRED'
  | 'MANAGER_SCOPE_SET'
  | 'STAFF_IMPORTED'
  | 'SSO_LINKED'
  | 'SSO_ACCOUNT_CREATED'
  | 'SSO_LOGIN_REFUSED'
  | 'ANONYMOUS_AUTHOR_REVEALED'
  | 'POST_DELETED'
  | 'LOGIN_SUCCEEDED'
  | 'LOGIN_FAILED'
  | 'COMMENT_DELETED'
  | 'ANSWER_DELETED'
  | 'BADGE_CREATED'
  | 'BADGE_AWARDED'
  | 'BADGE_AWARD_REVOKED'
  | 'CERTIFICATION_GRANTED'
  | 'CERTIFICATION_REVOKED'
  | 'POST_FEATURED'
  | 'POST_UNFEATURED'
  | 'COLLECTION_CREATED'
  | 'COLLECTION_UPDATED'
  | 'COLLECTION_DELETED'
  | 'COLLECTION_POSTS_CHANGED'
  | 'ANSWER_MARKED_OFFICIAL'
  | 'ANSWER_UNMARKED_OFFICIAL'
  | 'POST_REVIEWED'
  | 'TAG_RENAMED'
  | 'TAG_MERGED'
  | 'TAG_UPDATED'
  | 'REPORT_RESOLVED'
  | 'CONTENT_HIDDEN'
  | 'CONTENT_RESTORED'
  | 'POST_CLOSED'
  | 'POST_REOPENED'
  | 'WEBHOOK_CREATED'
  | 'WEBHOOK_UPDATED'
  | 'WEBHOOK_DELETED'
  | 'PERSONAL_INFO_WARNING_OVERRIDDEN'
  | 'GUARD_WORDS_UPDATED'
  | 'POSTING_GUIDELINES_UPDATED'
  | 'POST_ROLLED_BACK'
  | 'ANSWER_ROLLED_BACK'
  | 'IDEA_STATUS_CHANGED';

/** Actions that belong to moderation: the DX office may browse these rows of the audit log. */
export const MODERATION_ACTIONS: readonly AuditAction[] = [
  'ANONYMOUS_AUTHOR_REVEALED',
  'POST_DELETED',
  'COMMENT_DELETED',
  'ANSWER_DELETED',
  'POST_FEATURED',
  'POST_UNFEATURED',
  'COLLECTION_CREATED',
  'COLLECTION_UPDATED',
  'COLLECTION_DELETED',
  'COLLECTION_POSTS_CHANGED',
  'ANSWER_MARKED_OFFICIAL',
  'ANSWER_UNMARKED_OFFICIAL',
  'POST_REVIEWED',
  'TAG_RENAMED',
  'TAG_MERGED',
  'TAG_UPDATED',
  'REPORT_RESOLVED',
  'CONTENT_HIDDEN',
  'CONTENT_RESTORED',
  'POST_CLOSED',
  'POST_REOPENED',
  'POST_ROLLED_BACK',
  'ANSWER_ROLLED_BACK',
  'IDEA_STATUS_CHANGED',
  'PERSONAL_INFO_WARNING_OVERRIDDEN',
  'GUARD_WORDS_UPDATED',
  'POSTING_GUIDELINES_UPDATED',
];

export interface AuditChange {
  /** The state before the act (only the fields it changed). */
  before?: object | null;
  /** The state after the act. */
  after?: object | null;
}

/**
 * Who did what that someone may later need to account for: every administrative and
 * moderation act. Written in the caller's transaction, so the row commits with the act; the
 * table is append-only (triggers refuse UPDATE and DELETE). The client IP comes from the
 * request being served (none for command-line tools).
 */
@Injectable()
export class AuditService {
  constructor(private readonly repo: AuditRepository) {}

  record(actorId: number | null, action: AuditAction, targetType: string | null, targetId: number | null, detail?: object, change: AuditChange = {}): void {
    this.repo.insert({
      occurred_at: new Date().toISOString(),
      actor_id: actorId,
      action,
      target_type: targetType,
      target_id: targetId,
      detail: detail ? JSON.stringify(detail) : null,
      ip: currentRequestIp(),
      before_json: change.before ? JSON.stringify(change.before) : null,
      after_json: change.after ? JSON.stringify(change.after) : null,
    });
  }
}
