import { Injectable } from '@nestjs/common';
import { DbService } from '../../core/database/db.service';

export type AuditAction = 'ANONYMOUS_AUTHOR_REVEALED' | 'POST_DELETED' | 'LOGIN_SUCCEEDED' | 'LOGIN_FAILED' | 'COMMENT_DELETED' | 'ANSWER_DELETED';

/** Who did what that someone may later need to account for (moderators' views of anonymous authors). */
@Injectable()
export class AuditService {
  constructor(private readonly db: DbService) {}

  record(actorId: number | null, action: AuditAction, targetType: string | null, targetId: number | null, detail?: object): void {
    this.db.run('INSERT INTO audit_log (occurred_at, actor_id, action, target_type, target_id, detail) VALUES (?, ?, ?, ?, ?, ?)', [
      new Date().toISOString(),
      actorId,
      action,
      targetType,
      targetId,
      detail ? JSON.stringify(detail) : null,
    ]);
  }
}
