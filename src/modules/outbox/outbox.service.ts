import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DbService } from '../../core/database/db.service';

export type OutboxTopic = 'post.changed' | 'post.deleted';
type Handler = (events: { id: number; topic: OutboxTopic; aggregateId: number; payload: unknown }[]) => Promise<void>;

/**
 * Transactional outbox: rows are written in the same transaction as the change; a poller
 * hands them to subscribers after commit (search indexing, notifications) with retries.
 * A crash between commit and delivery loses nothing: the row is still pending at restart.
 */
@Injectable()
export class OutboxService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Outbox');
  private readonly handlers: Handler[] = [];
  private timer: NodeJS.Timeout | null = null;
  private running = false;

  constructor(private readonly db: DbService) {}

  enqueue(topic: OutboxTopic, aggregateType: string, aggregateId: number, payload?: unknown): void {
    this.db.run(
      'INSERT INTO outbox (topic, aggregate_type, aggregate_id, payload, created_at) VALUES (?, ?, ?, ?, ?)',
      [topic, aggregateType, aggregateId, payload === undefined ? null : JSON.stringify(payload), new Date().toISOString()],
    );
  }

  subscribe(handler: Handler): void {
    this.handlers.push(handler);
  }

  onApplicationBootstrap(): void {
    if (process.env.OUTBOX_POLL === 'off') return;
    this.timer = setInterval(() => void this.drain(), 1000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Delivers pending rows in batches; a failing batch is retried on the next tick. */
  async drain(batchSize = 200): Promise<number> {
    if (this.running) return 0;
    this.running = true;
    let delivered = 0;
    try {
      for (;;) {
        const rows = this.db.all<{ id: number; topic: OutboxTopic; aggregate_id: number; payload: string | null }>(
          'SELECT id, topic, aggregate_id, payload FROM outbox WHERE processed_at IS NULL ORDER BY id LIMIT ?',
          [batchSize],
        );
        if (rows.length === 0) break;
        const events = rows.map((r) => ({ id: r.id, topic: r.topic, aggregateId: r.aggregate_id, payload: r.payload ? JSON.parse(r.payload) : null }));
        try {
          for (const h of this.handlers) await h(events);
        } catch (e) {
          const ids = rows.map((r) => r.id);
          this.db.run(
            `UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE id IN (${ids.map(() => '?').join(',')})`,
            [String((e as Error)?.message ?? e).slice(0, 500), ...ids],
          );
          this.logger.warn(`delivery failed, will retry: ${(e as Error)?.message}`);
          break;
        }
        const now = new Date().toISOString();
        const last = rows[rows.length - 1].id;
        this.db.run('UPDATE outbox SET processed_at = ? WHERE processed_at IS NULL AND id <= ?', [now, last]);
        delivered += rows.length;
        if (rows.length < batchSize) break;
      }
    } finally {
      this.running = false;
    }
    return delivered;
  }
}
