import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications (#12): in-app notifications derived from the outbox's durable facts (one row
 * per fact, recipient and kind — UNIQUE, so a redelivered fact never notifies twice), and what
 * people follow (posts: automatically their own, the ones they answered or commented on; tags).
 */
export class Notifications1764600000000 implements MigrationInterface {
  name = 'Notifications1764600000000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE notification (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        recipient_id INTEGER NOT NULL REFERENCES app_user(id),
        kind TEXT NOT NULL,
        actor_id INTEGER REFERENCES app_user(id),
        post_id INTEGER REFERENCES post(id),
        answer_id INTEGER,
        comment_id INTEGER,
        detail TEXT,
        outbox_id INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        read_at TEXT,
        UNIQUE (outbox_id, recipient_id, kind)
      )`,
      'CREATE INDEX idx_notification_recipient ON notification(recipient_id, id)',
      'CREATE INDEX idx_notification_unread ON notification(recipient_id) WHERE read_at IS NULL',
      `CREATE TABLE follow (
        user_id INTEGER NOT NULL REFERENCES app_user(id),
        target_type TEXT NOT NULL,
        target_id INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (user_id, target_type, target_id)
      )`,
      'CREATE INDEX idx_follow_target ON follow(target_type, target_id)',
      `CREATE TABLE question_route (
        post_id INTEGER NOT NULL REFERENCES post(id),
        user_id INTEGER NOT NULL REFERENCES app_user(id),
        routed_by_id INTEGER NOT NULL REFERENCES app_user(id),
        reason TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (post_id, user_id)
      )`,
      'CREATE INDEX idx_question_route_user ON question_route(user_id, created_at)',
      // One follow-up per unanswered question (the scheduled job is idempotent and survives restarts).
      `CREATE TABLE unanswered_followup (
        post_id INTEGER PRIMARY KEY REFERENCES post(id),
        business_days INTEGER NOT NULL,
        suggested TEXT NOT NULL,
        created_at TEXT NOT NULL
      )`,
      // E-mails to send (one per notification sent at once, one per person and digest period), with retries.
      `CREATE TABLE email_delivery (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id INTEGER NOT NULL REFERENCES app_user(id),
        notification_id INTEGER UNIQUE REFERENCES notification(id),
        digest_key TEXT,
        status TEXT NOT NULL DEFAULT 'PENDING',
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT NOT NULL,
        last_error TEXT,
        created_at TEXT NOT NULL,
        sent_at TEXT,
        UNIQUE (user_id, digest_key)
      )`,
      'CREATE INDEX idx_email_delivery_pending ON email_delivery(status, next_attempt_at)',
      `CREATE TABLE notification_setting (
        user_id INTEGER PRIMARY KEY REFERENCES app_user(id),
        email_mode TEXT NOT NULL DEFAULT 'DAILY',
        routing_requests INTEGER NOT NULL DEFAULT 1,
        email_kinds TEXT,
        updated_at TEXT NOT NULL
      )`,
    ];
    for (const s of statements) await q.query(s);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const s of [
      'DROP TABLE IF EXISTS notification_setting',
      'DROP TABLE IF EXISTS unanswered_followup',
      'DROP TABLE IF EXISTS email_delivery',
      'DROP TABLE IF EXISTS question_route',
      'DROP TABLE IF EXISTS follow',
      'DROP TABLE IF EXISTS notification',
    ])
      await q.query(s);
  }
}
