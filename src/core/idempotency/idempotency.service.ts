import { Injectable } from '@nestjs/common';
import { IdempotencyRepository } from './idempotency.repository';

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
  constructor(private readonly repo: IdempotencyRepository) {}

  /** Must be called inside `db.tx`. Returns the id created for this key, or creates it now. */
  once(userId: number, operation: IdempotentOperation, key: string | null | undefined, create: () => number, at: Date = new Date()): number {
    if (!key) return create();
    const since = new Date(at.getTime() - IDEMPOTENCY_WINDOW_MS).toISOString();
    const hit = this.repo.find(userId, operation, key);
    if (hit && hit.created_at > since) return hit.result_id;
    const id = create();
    // Keys live for the window only; each person's expired keys are dropped on their next create.
    this.repo.deleteExpired(userId, since);
    this.repo.save({ user_id: userId, operation, key, result_id: id, created_at: at.toISOString() });
    return id;
  }
}
