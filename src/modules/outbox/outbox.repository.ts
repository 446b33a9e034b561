import { Injectable } from '@nestjs/common';
import { AppSettingEntity } from '../../core/database/app-setting.entity';
import { DbService } from '../../core/database/db.service';
import { placeholders } from '../../core/graphql/loaders';
import { OutboxEntity } from './outbox.entity';

/** A row as a subscriber receives it. */
export type PendingRow = Pick<OutboxEntity, 'id' | 'topic' | 'aggregate_id' | 'payload'>;

/** Each subscriber's cursor (the last row it received) is an app_setting row. */
const CURSOR_KEY = (subscriber: string) => `outbox.cursor.${subscriber}`;

/**
 * SQL for the outbox and its subscribers' cursors. Synchronous: `insert` runs in the caller's
 * transaction (DbService.tx), so the row commits with the change it announces; the poller's
 * statements run between deliveries, outside any transaction.
 */
@Injectable()
export class OutboxRepository {
  constructor(private readonly db: DbService) {}

  insert(row: Pick<OutboxEntity, 'topic' | 'aggregate_type' | 'aggregate_id' | 'payload' | 'created_at'>): void {
    this.db.run('INSERT INTO outbox (topic, aggregate_type, aggregate_id, payload, created_at) VALUES (?, ?, ?, ?, ?)', [
      row.topic,
      row.aggregate_type,
      row.aggregate_id,
      row.payload,
      row.created_at,
    ]);
  }

  hasCursor(subscriber: string): boolean {
    return !!this.db.get('SELECT 1 FROM app_setting WHERE key = ?', [CURSOR_KEY(subscriber)]);
  }

  /** The subscriber's stored cursor, as stored (a decimal string). */
  findCursor(subscriber: string): string | undefined {
    return this.db.get<Pick<AppSettingEntity, 'value'>>('SELECT value FROM app_setting WHERE key = ?', [CURSOR_KEY(subscriber)])?.value;
  }

  saveCursor(subscriber: string, id: number, updatedAt: string): void {
    this.db.run(
      `INSERT INTO app_setting (key, value, updated_at) VALUES (?, ?, ?)
       ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
      [CURSOR_KEY(subscriber), String(id), updatedAt],
    );
  }

  /** The newest row every subscriber had received (`processed_at` set); null when there is none. */
  lastProcessedId(): number | null {
    return this.db.get<{ id: number | null }>('SELECT MAX(id) AS id FROM outbox WHERE processed_at IS NOT NULL')!.id;
  }

  /** The newest row; null when the outbox is empty. */
  lastId(): number | null {
    return this.db.get<{ id: number | null }>('SELECT MAX(id) AS id FROM outbox')!.id;
  }

  countAfter(id: number): number {
    return this.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM outbox WHERE id > ?', [id])!.n;
  }

  /** The next `limit` rows after `id`, oldest first. */
  findAfter(id: number, limit: number): PendingRow[] {
    return this.db.all<PendingRow>('SELECT id, topic, aggregate_id, payload FROM outbox WHERE id > ? ORDER BY id LIMIT ?', [id, limit]);
  }

  /** Counts a failed delivery attempt on these rows and keeps the error. */
  recordFailure(ids: readonly number[], error: string): void {
    this.db.run(`UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE id IN (${placeholders(ids.length)})`, [error, ...ids]);
  }

  /** Marks every row up to `id` not yet marked as received by every subscriber. */
  markProcessedUpTo(id: number, at: string): void {
    this.db.run('UPDATE outbox SET processed_at = ? WHERE processed_at IS NULL AND id <= ?', [at, id]);
  }
}
