import { Injectable } from '@nestjs/common';
import { DbService } from '../../core/database/db.service';
import { EmailDeliveryEntity, NotificationEntity } from './notification.entity';

export type NotificationRow = NotificationEntity;
export type NewNotification = Omit<NotificationRow, 'id' | 'read_at'>;

/** SQL for notifications and follows (the only place that knows it). */
@Injectable()
export class NotificationsRepository {
  constructor(private readonly db: DbService) {}

  /** Inserts unless this fact already notified this person of this kind; returns the new id, or null. */
  insert(n: NewNotification): number | null {
    const r = this.db.run(
      `INSERT OR IGNORE INTO notification (recipient_id, kind, actor_id, post_id, answer_id, comment_id, detail, outbox_id, created_at)
       VALUES (@recipient_id, @kind, @actor_id, @post_id, @answer_id, @comment_id, @detail, @outbox_id, @created_at)`,
      n,
    );
    return r.changes > 0 ? Number(r.lastInsertRowid) : null;
  }

  byId(recipientId: number, id: number): NotificationRow | undefined {
    return this.db.get<NotificationRow>('SELECT * FROM notification WHERE id = ? AND recipient_id = ?', [id, recipientId]);
  }

  follow(userId: number, targetType: 'POST' | 'TAG', targetId: number, at: string): void {
    this.db.run('INSERT OR IGNORE INTO follow (user_id, target_type, target_id, created_at) VALUES (?, ?, ?, ?)', [userId, targetType, targetId, at]);
  }

  unfollow(userId: number, targetType: 'POST' | 'TAG', targetId: number): boolean {
    return this.db.run('DELETE FROM follow WHERE user_id = ? AND target_type = ? AND target_id = ?', [userId, targetType, targetId]).changes > 0;
  }

  isFollowing(userId: number, targetType: 'POST' | 'TAG', targetId: number): boolean {
    return !!this.db.get('SELECT 1 FROM follow WHERE user_id = ? AND target_type = ? AND target_id = ?', [userId, targetType, targetId]);
  }

  /** Active people following the post at `at` (and still): a re-derivation finds the same people. */
  followersOfPost(postId: number, at: string): number[] {
    return this.db
      .all<{ user_id: number }>(
        "SELECT f.user_id FROM follow f JOIN app_user u ON u.id = f.user_id WHERE f.target_type = 'POST' AND f.target_id = ? AND f.created_at <= ? AND u.disabled = 0",
        [postId, at],
      )
      .map((r) => r.user_id);
  }

  /** Active people following any of the post's tags since `at` or before. */
  followersOfPostTags(postId: number, at: string): number[] {
    return this.db
      .all<{ user_id: number }>(
        `SELECT DISTINCT f.user_id FROM post_tag pt JOIN follow f ON f.target_type = 'TAG' AND f.target_id = pt.tag_id
           JOIN app_user u ON u.id = f.user_id WHERE pt.post_id = ? AND f.created_at <= ? AND u.disabled = 0`,
        [postId, at],
      )
      .map((r) => r.user_id);
  }

  /** The Markdown a post, answer or comment was written with. */
  body(kind: 'post' | 'answer' | 'comment', id: number): string {
    return this.db.get<{ body: string }>(`SELECT body FROM ${kind} WHERE id = ?`, [id])?.body ?? '';
  }

  /** Active people whose e-mail local part is one of these (case-insensitive): who `@name` mentions. */
  usersByLocalPart(names: string[]): number[] {
    if (names.length === 0) return [];
    return this.db
      .all<{ id: number }>(
        `SELECT id FROM app_user WHERE disabled = 0 AND lower(substr(email, 1, instr(email, '@') - 1)) IN (${names.map(() => '?').join(', ')})`,
        names.map((n) => n.toLowerCase()),
      )
      .map((r) => r.id);
  }

  postFacts(postId: number): { author_id: number; anonymous: number; kind: string; title: string; hidden: number } | undefined {
    return this.db.get('SELECT author_id, anonymous, kind, title, hidden_at IS NOT NULL AS hidden FROM post WHERE id = ? AND deleted_at IS NULL', [postId]);
  }

  answerAuthor(answerId: number): number | undefined {
    return this.db.get<{ author_id: number }>('SELECT author_id FROM answer WHERE id = ?', [answerId])?.author_id;
  }

  departmentName(id: number): string | undefined {
    return this.db.get<{ name: string }>('SELECT name FROM department WHERE id = ?', [id])?.name;
  }

  /** A badge award as its holder's notification names it (revoked: the rule no longer holds). */
  badgeAward(awardId: number): { code: string; name: string; reason: string | null; revoked: boolean } | undefined {
    const r = this.db.get<{ code: string; name: string; reason: string | null; revoked_at: string | null }>(
      'SELECT b.code, b.name, a.reason, a.revoked_at FROM badge_award a JOIN badge b ON b.id = a.badge_id WHERE a.id = ?',
      [awardId],
    );
    return r && { code: r.code, name: r.name, reason: r.reason, revoked: r.revoked_at !== null };
  }

  list(recipientId: number, beforeId: number | null, limit: number, unreadOnly: boolean): NotificationRow[] {
    return this.db.all<NotificationRow>(
      `SELECT * FROM notification WHERE recipient_id = ? ${unreadOnly ? 'AND read_at IS NULL' : ''} ${beforeId ? 'AND id < ?' : ''}
        ORDER BY id DESC LIMIT ?`,
      [recipientId, ...(beforeId ? [beforeId] : []), limit],
    );
  }

  countUnread(recipientId: number): number {
    return this.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM notification WHERE recipient_id = ? AND read_at IS NULL', [recipientId])!.n;
  }

  markRead(recipientId: number, ids: number[] | null, at: string): number {
    if (ids === null) return this.db.run('UPDATE notification SET read_at = ? WHERE recipient_id = ? AND read_at IS NULL', [at, recipientId]).changes;
    if (ids.length === 0) return 0;
    return this.db.run(`UPDATE notification SET read_at = ? WHERE recipient_id = ? AND read_at IS NULL AND id IN (${ids.map(() => '?').join(', ')})`, [
      at,
      recipientId,
      ...ids,
    ]).changes;
  }

  // ---- routing and settings -----------------------------------------------------------------

  questionForRouting(postId: number): { id: number; kind: string; status: string; author_id: number; hidden: number } | undefined {
    return this.db.get('SELECT id, kind, status, author_id, hidden_at IS NOT NULL AS hidden FROM post WHERE id = ? AND deleted_at IS NULL', [postId]);
  }

  routedOn(postId: number): number[] {
    return this.db.all<{ user_id: number }>('SELECT user_id FROM question_route WHERE post_id = ?', [postId]).map((r) => r.user_id);
  }

  routesToday(userId: number, since: string): number {
    return this.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM question_route WHERE user_id = ? AND created_at >= ?', [userId, since])!.n;
  }

  insertRoute(postId: number, userId: number, byId: number, reason: string, at: string): void {
    this.db.run('INSERT INTO question_route (post_id, user_id, routed_by_id, reason, created_at) VALUES (?, ?, ?, ?, ?)', [postId, userId, byId, reason, at]);
  }

  /** The question's tags this person has answered under before (live answers): why they were asked. */
  answeredTags(userId: number, postId: number): string[] {
    return this.db
      .all<{ label: string }>(
        `SELECT DISTINCT t.label FROM post_tag mine JOIN tag t ON t.id = mine.tag_id
          WHERE mine.post_id = @post AND EXISTS (
            SELECT 1 FROM answer a JOIN post_tag pt ON pt.post_id = a.post_id
             WHERE a.author_id = @user AND a.deleted_at IS NULL AND a.hidden_at IS NULL AND pt.tag_id = mine.tag_id AND a.post_id <> @post)
          ORDER BY t.label LIMIT 3`,
        { user: userId, post: postId },
      )
      .map((r) => r.label);
  }

  setting(userId: number): { email_mode: string; routing_requests: number; email_kinds: string | null } | undefined {
    return this.db.get('SELECT email_mode, routing_requests, email_kinds FROM notification_setting WHERE user_id = ?', [userId]);
  }

  saveSetting(userId: number, s: { email_mode: string; routing_requests: number; email_kinds: string | null }, at: string): void {
    this.db.run(
      `INSERT INTO notification_setting (user_id, email_mode, routing_requests, email_kinds, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(user_id) DO UPDATE SET email_mode = excluded.email_mode, routing_requests = excluded.routing_requests,
         email_kinds = excluded.email_kinds, updated_at = excluded.updated_at`,
      [userId, s.email_mode, s.routing_requests, s.email_kinds, at],
    );
  }

  // ---- the unanswered follow-up ------------------------------------------------------------

  /** Open questions without an answer, posted since `since`, not yet followed up. */
  unansweredCandidates(since: string): { id: number; author_id: number; created_at: string }[] {
    return this.db.all(
      `SELECT p.id, p.author_id, p.created_at FROM post p
        WHERE p.kind = 'QUESTION' AND p.status = 'OPEN' AND p.answer_count = 0 AND p.deleted_at IS NULL AND p.hidden_at IS NULL
          AND p.created_at >= ? AND NOT EXISTS (SELECT 1 FROM unanswered_followup f WHERE f.post_id = p.id)
        ORDER BY p.id LIMIT 500`,
      [since],
    );
  }

  insertFollowup(postId: number, businessDays: number, suggested: number[], at: string): boolean {
    return (
      this.db.run('INSERT OR IGNORE INTO unanswered_followup (post_id, business_days, suggested, created_at) VALUES (?, ?, ?, ?)', [
        postId,
        businessDays,
        JSON.stringify(suggested),
        at,
      ]).changes > 0
    );
  }

  tagLabels(postId: number): string[] {
    return this.db
      .all<{ label: string }>('SELECT t.label FROM post_tag pt JOIN tag t ON t.id = pt.tag_id WHERE pt.post_id = ? ORDER BY t.label', [postId])
      .map((r) => r.label);
  }

  activeUsersWithRoles(roles: string[]): number[] {
    if (roles.length === 0) return [];
    return this.db.all<{ id: number }>(`SELECT id FROM app_user WHERE disabled = 0 AND role IN (${roles.map(() => '?').join(', ')})`, roles).map((r) => r.id);
  }

  // ---- e-mail ------------------------------------------------------------------------------

  enqueueEmail(userId: number, ref: { notificationId: number } | { digestKey: string }, at: string): boolean {
    return (
      this.db.run('INSERT OR IGNORE INTO email_delivery (user_id, notification_id, digest_key, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?)', [
        userId,
        'notificationId' in ref ? ref.notificationId : null,
        'digestKey' in ref ? ref.digestKey : null,
        at,
        at,
      ]).changes > 0
    );
  }

  pendingEmails(now: string, limit: number): EmailDeliveryEntity[] {
    return this.db.all<EmailDeliveryEntity>("SELECT * FROM email_delivery WHERE status = 'PENDING' AND next_attempt_at <= ? ORDER BY id LIMIT ?", [now, limit]);
  }

  emailSent(id: number, at: string): void {
    this.db.run("UPDATE email_delivery SET status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?", [at, id]);
  }

  emailFailed(id: number, nextAttemptAt: string | null, error: string): void {
    this.db.run(`UPDATE email_delivery SET attempts = attempts + 1, last_error = ?, status = ?, next_attempt_at = COALESCE(?, next_attempt_at) WHERE id = ?`, [
      error.slice(0, 500),
      nextAttemptAt ? 'PENDING' : 'FAILED',
      nextAttemptAt,
      id,
    ]);
  }

  recipient(userId: number): { email: string; display_name: string; disabled: number } | undefined {
    return this.db.get('SELECT email, display_name, disabled FROM app_user WHERE id = ?', [userId]);
  }

  notificationRow(id: number): NotificationRow | undefined {
    return this.db.get<NotificationRow>('SELECT * FROM notification WHERE id = ?', [id]);
  }

  /** People whose e-mail mode is one of these (with a setting row; the default DAILY is handled by the caller). */
  usersByEmailMode(mode: string): number[] {
    return this.db.all<{ user_id: number }>('SELECT user_id FROM notification_setting WHERE email_mode = ?', [mode]).map((r) => r.user_id);
  }

  /** Active people without a setting row (they have the default mode). */
  usersWithDefaultSettings(): number[] {
    return this.db
      .all<{ id: number }>('SELECT u.id FROM app_user u WHERE u.disabled = 0 AND NOT EXISTS (SELECT 1 FROM notification_setting s WHERE s.user_id = u.id)')
      .map((r) => r.id);
  }

  /** A person's unread notifications in [from, until), oldest first, not already e-mailed one by one. */
  unreadBetween(userId: number, from: string, until: string): NotificationRow[] {
    return this.db.all<NotificationRow>(
      `SELECT n.* FROM notification n WHERE n.recipient_id = ? AND n.read_at IS NULL AND n.created_at >= ? AND n.created_at < ?
         AND NOT EXISTS (SELECT 1 FROM email_delivery d WHERE d.notification_id = n.id) ORDER BY n.id LIMIT 50`,
      [userId, from, until],
    );
  }

  /** Outbox rows in [from, until) (ISO instants), oldest first: the facts a rebuild re-derives from. */
  outboxRows(
    from: string,
    until: string,
    afterId: number,
    limit: number,
  ): { id: number; topic: string; aggregate_id: number; payload: string | null; created_at: string }[] {
    return this.db.all(
      'SELECT id, topic, aggregate_id, payload, created_at FROM outbox WHERE created_at >= ? AND created_at < ? AND id > ? ORDER BY id LIMIT ?',
      [from, until, afterId, limit],
    );
  }
}
