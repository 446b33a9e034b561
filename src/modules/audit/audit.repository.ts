import { Injectable } from '@nestjs/common';
import { DbService } from '../../core/database/db.service';
import { namedIn } from '../../core/database/sql';
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
      where.push(namedIn('action', q.actions, params, 'a'));
    }
    const add = (clause: string, name: string, value: unknown) => {
      if (value === null || value === undefined || value === '') return;
      where.push(clause);
      params[name] = value;
    };
    add('actor_id = @actor', 'actor', q.actorId);
    add('target_type = @ttype', 'ttype', q.targetType);
    add('target_id = @tid', 'tid', q.targetId);
    add('occurred_at >= @from', 'from', q.from);
    add('occurred_at < @until', 'until', q.until);
    add('id < @before', 'before', q.beforeId);
    return this.db.all<AuditLogEntity>(`SELECT * FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT @limit`, params);
  }
}
