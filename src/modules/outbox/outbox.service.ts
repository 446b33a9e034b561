import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DbService } from '../../core/database/db.service';

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

const CURSOR_KEY = (name: string) => `outbox.cursor.${name}`;

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

  constructor(private readonly db: DbService) {}

  enqueue(topic: OutboxTopic, aggregateType: string, aggregateId: number, payload?: unknown): void {
    this.db.run('INSERT INTO outbox (topic, aggregate_type, aggregate_id, payload, created_at) VALUES (?, ?, ?, ?, ?)', [
      topic,
      aggregateType,
      aggregateId,
      payload === undefined ? null : JSON.stringify(payload),
      new Date().toISOString(),
    ]);
  }

  /**
   * A new subscriber starts after the rows every earlier subscriber already received, so it
   * sees everything still pending but does not replay history (rebuilds do that).
   */
  subscribe(name: string, handler: Handler): void {
    if (this.subscribers.some((s) => s.name === name)) throw new Error(`outbox subscriber ${name} registered twice`);
    if (!this.db.get('SELECT 1 FROM app_setting WHERE key = ?', [CURSOR_KEY(name)])) {
      const start = this.db.get<{ id: number | null }>('SELECT MAX(id) AS id FROM outbox WHERE processed_at IS NOT NULL')!.id ?? 0;
      this.setCursor(name, start);
    }
    this.subscribers.push({ name, handler, retryAt: 0, failures: 0 });
  }

  private cursor(name: string): number {
    return Number(this.db.get<{ value: string }>('SELECT value FROM app_setting WHERE key = ?', [CURSOR_KEY(name)])?.value ?? 0);
  }

  private setCursor(name: string, id: number): void {
    this.db.run(
      `INSERT INTO app_setting (key, value, updated_at) VALUES (?, ?, ?)
       ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
      [CURSOR_KEY(name), String(id), new Date().toISOString()],
    );
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
    if (this.subscribers.length === 0) return this.db.get<{ id: number | null }>('SELECT MAX(id) AS id FROM outbox')!.id ?? 0;
    return Math.min(...this.subscribers.map((s) => this.cursor(s.name)));
  }

  /** Rows some subscriber has not received yet. */
  pendingCount(): number {
    return this.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM outbox WHERE id > ?', [this.receivedByAll()])!.n;
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
          const rows = this.db.all<{ id: number; topic: OutboxTopic; aggregate_id: number; payload: string | null }>(
            'SELECT id, topic, aggregate_id, payload FROM outbox WHERE id > ? ORDER BY id LIMIT ?',
            [from, batchSize],
          );
          if (rows.length === 0) break;
          const events = rows.map((r) => ({ id: r.id, topic: r.topic, aggregateId: r.aggregate_id, payload: r.payload ? JSON.parse(r.payload) : null }));
          try {
            await s.handler(events);
          } catch (e) {
            s.failures += 1;
            s.retryAt = now + Math.min(60_000, 1000 * 2 ** Math.min(s.failures, 6));
            const ids = rows.map((r) => r.id);
            this.db.run(`UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE id IN (${ids.map(() => '?').join(',')})`, [
              `${s.name}: ${String((e as Error)?.message ?? e)}`.slice(0, 500),
              ...ids,
            ]);
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
      this.db.run('UPDATE outbox SET processed_at = ? WHERE processed_at IS NULL AND id <= ?', [new Date().toISOString(), this.receivedByAll()]);
    } finally {
      this.running = false;
    }
    return delivered;
  }
}
