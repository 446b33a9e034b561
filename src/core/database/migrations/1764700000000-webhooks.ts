import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Chat webhooks (#12): the DX office's outgoing webhooks (Microsoft Teams, Slack-compatible,
 * generic JSON with an HMAC signature) and their deliveries — one per webhook and fact, sent
 * with retries by a worker (UNIQUE, so a redelivered fact is never posted twice).
 */
export class Webhooks1764700000000 implements MigrationInterface {
  name = 'Webhooks1764700000000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE webhook (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL,
        url TEXT NOT NULL,
        format TEXT NOT NULL,
        tags TEXT NOT NULL DEFAULT '[]',
        kinds TEXT NOT NULL DEFAULT '[]',
        secret TEXT,
        active INTEGER NOT NULL DEFAULT 1,
        created_by_id INTEGER NOT NULL REFERENCES app_user(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      )`,
      `CREATE TABLE webhook_delivery (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        webhook_id INTEGER NOT NULL REFERENCES webhook(id),
        outbox_id INTEGER,
        post_id INTEGER,
        test INTEGER NOT NULL DEFAULT 0,
        status TEXT NOT NULL DEFAULT 'PENDING',
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT NOT NULL,
        last_status INTEGER,
        last_error TEXT,
        created_at TEXT NOT NULL,
        delivered_at TEXT,
        UNIQUE (webhook_id, outbox_id)
      )`,
      'CREATE INDEX idx_webhook_delivery_pending ON webhook_delivery(status, next_attempt_at)',
    ];
    for (const s of statements) await q.query(s);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const s of ['DROP TABLE IF EXISTS webhook_delivery', 'DROP TABLE IF EXISTS webhook']) await q.query(s);
  }
}
