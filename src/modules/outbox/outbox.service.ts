import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DbService } from '../../core/database/db.service';
import { OutboxRepository } from './outbox.repository';

/** A domain-event name (src/core/events/domain-events.ts); rows written before it: post.changed / post.deleted. */
export type OutboxTopic = string;
export interface OutboxEvent {
  id: number;
  topic: OutboxTopic;
  aggregateId: number;
  payload: unknown;
}
type Handler = (events: OutboxEvent[]) => Promise<void>;

interface Subscriber {
  name: string;
  handler: Handler;
  /** earliest time of the next attempt after a failure (back-off) */
  retryAt: number;
  failures: number;
}

/**
 * Transactional outbox: rows are written in the same transaction as the change (by the
 * domain-event bus, for durable facts); a poller hands them to subscribers after commit
 * (the bus's durable consumers, e.g. Meilisearch) with retries.
 * Each subscriber has its own cursor, so one failing consumer (Meilisearch unreachable) is
 * retried with back-off without holding up the others. A crash between commit and delivery
 * loses nothing: the cursor only moves after a successful delivery. `processed_at` marks
 * rows every subscriber has received.
 */
@Injectable()
export class OutboxService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Outbox');
  private readonly subscribers: Subscriber[] = [];
  private timer: NodeJS.Timeout | null = null;
  private running = false;

  /** `db` only builds the repository when the service is made by hand (`new OutboxService(db)` in specs); Nest injects both. */
  constructor(
    db: DbService,
    private readonly repo: OutboxRepository = new OutboxRepository(db),
  ) {}

  enqueue(topic: OutboxTopic, aggregateType: string, aggregateId: number, payload?: unknown): void {
    this.repo.insert({
      topic,
      aggregate_type: aggregateType,
      aggregate_id: aggregateId,
      payload: payload === undefined ? null : JSON.stringify(payload),
      created_at: new Date().toISOString(),
    });
  }

  /**
   * A new subscriber starts after the rows every earlier subscriber already received, so it
   * sees everything still pending but does not replay history (rebuilds do that).
   */
  subscribe(name: string, handler: Handler): void {
    if (this.subscribers.some((s) => s.name === name)) throw new Error(`outbox subscriber ${name} registered twice`);
    if (!this.repo.hasCursor(name)) {
      const start = this.repo.lastProcessedId() ?? 0;
      this.setCursor(name, start);
    }
    this.subscribers.push({ name, handler, retryAt: 0, failures: 0 });
  }

  private cursor(name: string): number {
    return Number(this.repo.findCursor(name) ?? 0);
  }

  private setCursor(name: string, id: number): void {
    this.repo.saveCursor(name, id, new Date().toISOString());
  }

  onApplicationBootstrap(): void {
    if (process.env.OUTBOX_POLL === 'off') return;
    this.timer = setInterval(() => void this.drain(), 1000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** The last row every subscriber has received (with none, every row counts as received). */
  private receivedByAll(): number {
    if (this.subscribers.length === 0) return this.repo.lastId() ?? 0;
    return Math.min(...this.subscribers.map((s) => this.cursor(s.name)));
  }

  /** Rows some subscriber has not received yet. */
  pendingCount(): number {
    return this.repo.countAfter(this.receivedByAll());
  }

  /** Delivers pending rows to each subscriber in batches; returns how many deliveries succeeded. */
  async drain(batchSize = 200, now = Date.now()): Promise<number> {
    if (this.running) return 0;
    this.running = true;
    let delivered = 0;
    try {
      for (const s of this.subscribers) {
        if (s.retryAt > now) continue;
        for (;;) {
          const from = this.cursor(s.name);
          const rows = this.repo.findAfter(from, batchSize);
          if (rows.length === 0) break;
          const events = rows.map((r) => ({ id: r.id, topic: r.topic, aggregateId: r.aggregate_id, payload: r.payload ? JSON.parse(r.payload) : null }));
          try {
            await s.handler(events);
          } catch (e) {
            s.failures += 1;
            s.retryAt = now + Math.min(60_000, 1000 * 2 ** Math.min(s.failures, 6));
            const ids = rows.map((r) => r.id);
            this.repo.recordFailure(ids, `${s.name}: ${String((e as Error)?.message ?? e)}`.slice(0, 500));
            this.logger.warn(`${s.name}: delivery failed (${s.failures}×), retrying later: ${(e as Error)?.message}`);
            break;
          }
          s.failures = 0;
          s.retryAt = 0;
          this.setCursor(s.name, rows[rows.length - 1].id);
          delivered += rows.length;
          if (rows.length < batchSize) break;
        }
      }
      const at = new Date().toISOString();
      this.repo.markProcessedUpTo(this.receivedByAll(), at);
    } finally {
      this.running = false;
    }
    return delivered;
  }
}
