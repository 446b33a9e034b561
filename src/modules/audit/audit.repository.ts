import { Injectable } from '@nestjs/common';
import { DbService } from '../../core/database/db.service';
import { AuditLogEntity } from './audit-log.entity';

/** SQL for the audit log. Synchronous: a row is written in the caller's transaction (DbService.tx), so it commits with the action it records. */
@Injectable()
export class AuditRepository {
  constructor(private readonly db: DbService) {}

  insert(row: Omit<AuditLogEntity, 'id'>): void {
    this.db.run('INSERT INTO audit_log (occurred_at, actor_id, action, target_type, target_id, detail) VALUES (?, ?, ?, ?, ?, ?)', [
      row.occurred_at,
      row.actor_id,
      row.action,
      row.target_type,
      row.target_id,
      row.detail,
    ]);
  }
}
