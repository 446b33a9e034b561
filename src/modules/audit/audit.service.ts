import { Injectable } from '@nestjs/common';
import { AuditRepository } from './audit.repository';

export type AuditAction =
  | 'ACCOUNT_CREATED'
  | 'PASSWORD_CHANGED'
  | 'ANONYMOUS_AUTHOR_REVEALED'
  | 'POST_DELETED'
  | 'LOGIN_SUCCEEDED'
  | 'LOGIN_FAILED'
  | 'COMMENT_DELETED'
  | 'ANSWER_DELETED';

/** Who did what that someone may later need to account for (moderators' views of anonymous authors). */
@Injectable()
export class AuditService {
  constructor(private readonly repo: AuditRepository) {}

  record(actorId: number | null, action: AuditAction, targetType: string | null, targetId: number | null, detail?: object): void {
    this.repo.insert({
      occurred_at: new Date().toISOString(),
      actor_id: actorId,
      action,
      target_type: targetType,
      target_id: targetId,
      detail: detail ? JSON.stringify(detail) : null,
    });
  }
}
