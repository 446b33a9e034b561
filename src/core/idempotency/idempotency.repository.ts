import { Injectable } from '@nestjs/common';
import { DbService } from '../database/db.service';
import { IdempotencyKeyEntity } from './idempotency-key.entity';

/** What a repeated key returns, and since when. */
export type IdempotencyHit = Pick<IdempotencyKeyEntity, 'result_id' | 'created_at'>;

/**
 * SQL for idempotency keys. Synchronous statements in the caller's IMMEDIATE transaction
 * (DbService.tx): the lookup and the write of a key cannot be interleaved by another request.
 */
@Injectable()
export class IdempotencyRepository {
  constructor(private readonly db: DbService) {}

  find(userId: number, operation: string, key: string): IdempotencyHit | undefined {
    return this.db.get<IdempotencyHit>('SELECT result_id, created_at FROM idempotency_key WHERE user_id = ? AND operation = ? AND key = ?', [
      userId,
      operation,
      key,
    ]);
  }

  /** Drops the person's keys created at or before `since`. */
  deleteExpired(userId: number, since: string): void {
    this.db.run('DELETE FROM idempotency_key WHERE user_id = ? AND created_at <= ?', [userId, since]);
  }

  /** Stores the key's result, replacing an expired row for the same key. */
  save(row: IdempotencyKeyEntity): void {
    this.db.run(
      `INSERT INTO idempotency_key (user_id, operation, key, result_id, created_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (user_id, operation, key) DO UPDATE SET result_id = excluded.result_id, created_at = excluded.created_at`,
      [row.user_id, row.operation, row.key, row.result_id, row.created_at],
    );
  }
}
