import { Injectable } from '@nestjs/common';
import { DbService } from '../database/db.service';

/** A repeat of the same key within this window returns the first result; later it creates anew. */
export const IDEMPOTENCY_WINDOW_MS = 24 * 3600_000;

export type IdempotentOperation = 'createPost' | 'createAnswer' | 'addComment';

/**
 * Double submit creates one thing. A create mutation passes the client's key and a `create`
 * callback; both run inside the caller's IMMEDIATE transaction, so two identical requests
 * arriving together are serialised and the second finds the first one's key.
 */
@Injectable()
export class IdempotencyService {
  constructor(private readonly db: DbService) {}

  /** Must be called inside `db.tx`. Returns the id created for this key, or creates it now. */
  once(userId: number, operation: IdempotentOperation, key: string | null | undefined, create: () => number, at: Date = new Date()): number {
    if (!key) return create();
    const since = new Date(at.getTime() - IDEMPOTENCY_WINDOW_MS).toISOString();
    const hit = this.db.get<{ result_id: number; created_at: string }>(
      'SELECT result_id, created_at FROM idempotency_key WHERE user_id = ? AND operation = ? AND key = ?',
      [userId, operation, key],
    );
    if (hit && hit.created_at > since) return hit.result_id;
    const id = create();
    // Keys live for the window only; each person's expired keys are dropped on their next create.
    this.db.run('DELETE FROM idempotency_key WHERE user_id = ? AND created_at <= ?', [userId, since]);
    this.db.run(
      `INSERT INTO idempotency_key (user_id, operation, key, result_id, created_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (user_id, operation, key) DO UPDATE SET result_id = excluded.result_id, created_at = excluded.created_at`,
      [userId, operation, key, id, at.toISOString()],
    );
    return id;
  }
}
