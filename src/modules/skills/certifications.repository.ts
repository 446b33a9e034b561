import { Injectable } from '@nestjs/common';
import { DbService } from '../../core/database/db.service';
import { CertificationEventEntity } from './certification-event.entity';
import { CertificationTier } from './skill.model';

export type CertificationAction = 'GRANT' | 'REVOKE';

/** A `certification_event` row with its enumerations typed. */
export type CertificationEventRow = Omit<CertificationEventEntity, 'action' | 'tier'> & { action: CertificationAction; tier: CertificationTier };

/**
 * SQL for DX人材認定: an append-only history of grants and revocations (never updated or
 * deleted). Synchronous (better-sqlite3), so it can run inside a service's `db.tx` without
 * awaiting.
 */
@Injectable()
export class CertificationsRepository {
  constructor(private readonly db: DbService) {}

  /** A person's events, newest first. */
  historyOf(userId: number): CertificationEventRow[] {
    return this.db.all<CertificationEventRow>('SELECT * FROM certification_event WHERE user_id = ? ORDER BY id DESC', [userId]);
  }

  /** A person's events, oldest first (the last one per tier decides whether it is held). */
  eventsOf(userId: number): CertificationEventRow[] {
    return this.db.all<CertificationEventRow>('SELECT * FROM certification_event WHERE user_id = ? ORDER BY id', [userId]);
  }

  append(e: Omit<CertificationEventRow, 'id'>): void {
    this.db.run(
      `INSERT INTO certification_event (user_id, action, tier, fiscal_year, note, evidence, acted_by_id, acted_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      [e.user_id, e.action, e.tier, e.fiscal_year, e.note, e.evidence, e.acted_by_id, e.acted_at],
    );
  }
}
