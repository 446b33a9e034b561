import { Injectable } from '@nestjs/common';
import { DbService } from '../../core/database/db.service';
import { WebhookDeliveryEntity, WebhookEntity } from './webhook.entity';

/** SQL for webhooks and their deliveries (the only place that knows it). */
@Injectable()
export class WebhooksRepository {
  constructor(private readonly db: DbService) {}

  list(): WebhookEntity[] {
    return this.db.all<WebhookEntity>('SELECT * FROM webhook WHERE deleted_at IS NULL ORDER BY id');
  }

  find(id: number): WebhookEntity | undefined {
    return this.db.get<WebhookEntity>('SELECT * FROM webhook WHERE id = ? AND deleted_at IS NULL', [id]);
  }

  insert(w: Omit<WebhookEntity, 'id' | 'deleted_at'>): number {
    return this.db.insert(
      `INSERT INTO webhook (name, url, format, tags, kinds, secret, active, created_by_id, created_at, updated_at)
       VALUES (@name, @url, @format, @tags, @kinds, @secret, @active, @created_by_id, @created_at, @updated_at)`,
      w,
    );
  }

  update(id: number, w: Pick<WebhookEntity, 'name' | 'url' | 'format' | 'tags' | 'kinds' | 'secret' | 'active' | 'updated_at'>): void {
    this.db.run(
      'UPDATE webhook SET name = @name, url = @url, format = @format, tags = @tags, kinds = @kinds, secret = @secret, active = @active, updated_at = @updated_at WHERE id = @id',
      { ...w, id },
    );
  }

  remove(id: number, at: string): void {
    this.db.run('UPDATE webhook SET deleted_at = ?, active = 0 WHERE id = ?', [at, id]);
  }

  /** Active webhooks matching a post (no tag/kind filter, or one that matches). */
  matching(kind: string, tagKeys: string[]): WebhookEntity[] {
    return this.list().filter((w) => {
      if (!w.active) return false;
      const kinds = JSON.parse(w.kinds) as string[];
      const tags = JSON.parse(w.tags) as string[];
      return (kinds.length === 0 || kinds.includes(kind)) && (tags.length === 0 || tags.some((t) => tagKeys.includes(t)));
    });
  }

  postForWebhook(postId: number): { kind: string; hidden: number; tag_keys: string | null } | undefined {
    return this.db.get(
      `SELECT p.kind, p.hidden_at IS NOT NULL AS hidden, (SELECT json_group_array(t.name) FROM post_tag pt JOIN tag t ON t.id = pt.tag_id WHERE pt.post_id = p.id) AS tag_keys
         FROM post p WHERE p.id = ? AND p.deleted_at IS NULL`,
      [postId],
    );
  }

  enqueue(webhookId: number, ref: { outboxId: number | null; postId: number | null; test: boolean }, at: string): number | null {
    const r = this.db.run(
      'INSERT OR IGNORE INTO webhook_delivery (webhook_id, outbox_id, post_id, test, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      [webhookId, ref.outboxId, ref.postId, ref.test ? 1 : 0, at, at],
    );
    return r.changes > 0 ? Number(r.lastInsertRowid) : null;
  }

  pending(now: string, limit: number): WebhookDeliveryEntity[] {
    return this.db.all<WebhookDeliveryEntity>("SELECT * FROM webhook_delivery WHERE status = 'PENDING' AND next_attempt_at <= ? ORDER BY id LIMIT ?", [
      now,
      limit,
    ]);
  }

  delivery(id: number): WebhookDeliveryEntity | undefined {
    return this.db.get<WebhookDeliveryEntity>('SELECT * FROM webhook_delivery WHERE id = ?', [id]);
  }

  delivered(id: number, httpStatus: number, at: string): void {
    this.db.run(
      "UPDATE webhook_delivery SET status = 'DELIVERED', attempts = attempts + 1, last_status = ?, last_error = NULL, delivered_at = ? WHERE id = ?",
      [httpStatus, at, id],
    );
  }

  failed(id: number, httpStatus: number | null, error: string, nextAttemptAt: string | null): void {
    this.db.run(
      'UPDATE webhook_delivery SET attempts = attempts + 1, last_status = ?, last_error = ?, status = ?, next_attempt_at = COALESCE(?, next_attempt_at) WHERE id = ?',
      [httpStatus, error.slice(0, 500), nextAttemptAt ? 'PENDING' : 'FAILED', nextAttemptAt, id],
    );
  }

  lastDelivery(webhookId: number): WebhookDeliveryEntity | undefined {
    return this.db.get<WebhookDeliveryEntity>('SELECT * FROM webhook_delivery WHERE webhook_id = ? AND attempts > 0 ORDER BY id DESC LIMIT 1', [webhookId]);
  }
}
