import { Injectable } from '@nestjs/common';
import { DbService } from '../../core/database/db.service';
import { AuditLogEntity } from './audit-log.entity';

export interface AuditQuery {
  actions?: readonly string[] | null;
  actorId?: number | null;
  targetType?: string | null;
  targetId?: number | null;
  /** ISO instants, inclusive / exclusive. */
  from?: string | null;
  until?: string | null;
  /** Rows with an id below this (keyset pagination, newest first). */
  beforeId?: number | null;
  limit: number;
}

/** SQL for the audit log. Synchronous: a row is written in the caller's transaction (DbService.tx), so it commits with the action it records. */
@Injectable()
export class AuditRepository {
  constructor(private readonly db: DbService) {}

  insert(row: Omit<AuditLogEntity, 'id'>): void {
    this.db.run(
      `INSERT INTO audit_log (occurred_at, actor_id, action, target_type, target_id, detail, ip, before_json, after_json)
       VALUES (@occurred_at, @actor_id, @action, @target_type, @target_id, @detail, @ip, @before_json, @after_json)`,
      row,
    );
  }

  /** Newest first. */
  find(q: AuditQuery): AuditLogEntity[] {
    const where: string[] = [];
    const params: Record<string, unknown> = { limit: q.limit };
    if (q.actions && q.actions.length) {
      where.push(`action IN (${q.actions.map((_, i) => `@a${i}`).join(', ')})`);
      q.actions.forEach((a, i) => (params[`a${i}`] = a));
    }
    if (q.actorId != null) (where.push('actor_id = @actor'), (params.actor = q.actorId));
    if (q.targetType) (where.push('target_type = @ttype'), (params.ttype = q.targetType));
    if (q.targetId != null) (where.push('target_id = @tid'), (params.tid = q.targetId));
    if (q.from) (where.push('occurred_at >= @from'), (params.from = q.from));
    if (q.until) (where.push('occurred_at < @until'), (params.until = q.until));
    if (q.beforeId != null) (where.push('id < @before'), (params.before = q.beforeId));
    return this.db.all<AuditLogEntity>(
      `SELECT * FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT @limit`,
      params,
    );
  }
}
