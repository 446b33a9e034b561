import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, AppConfig } from '../../core/config/config';
import { DbService } from '../../core/database/db.service';
import { jstDate, jstDayStartIso } from '../../core/time/jst';
import { digestMail, immediateMail, MailLinks } from './email-templates';
import { EmailMode, Notification } from './notifications.model';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';
import type { EmailDeliveryEntity } from './notification.entity';

/** Back-off after a failed attempt; after the last, the e-mail is given up (FAILED, with the error). */
const RETRY_MINUTES = [1, 5, 30, 120, 360];
/** Digests go out from this JST hour (a daily one every day, a weekly one on Mondays). */
const DIGEST_HOUR = 8;

/**
 * E-mail notifications over SMTP (SMTP_URL; inside LGWAN a relay of the city): one e-mail per
 * notification for people who chose "at once", a daily or weekly digest for the others, each
 * with a link back to the item and a one-click unsubscribe per kind (RFC 8058). What to send is
 * recorded in `email_delivery` in the same transaction as the notification; a worker sends it
 * with retries. Delivery is at least once: a crash between the SMTP server's acceptance and
 * the row's update can send an e-mail twice, never lose it. Without SMTP_URL nothing is sent.
 */
@Injectable()
export class MailerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Mailer');
  private transport: Transporter | null = null;
  private timers: NodeJS.Timeout[] = [];
  private flushing: Promise<number> | null = null;

  constructor(
    private readonly db: DbService,
    private readonly repo: NotificationsRepository,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get enabled(): boolean {
    return this.config.mail !== null;
  }

  onApplicationBootstrap(): void {
    if (!this.config.mail || process.env.OUTBOX_POLL === 'off') return;
    const send = setInterval(() => void this.flush().catch((e) => this.logger.warn(`sending failed: ${(e as Error).message}`)), 5000);
    const digests = setInterval(() => this.enqueueDueDigests(), 15 * 60_000);
    for (const t of [send, digests]) t.unref();
    this.timers = [send, digests];
  }

  onApplicationShutdown(): void {
    for (const t of this.timers) clearInterval(t);
    this.transport?.close();
  }

  private transporter(): Transporter {
    this.transport ??= createTransport(this.config.mail!.smtpUrl);
    return this.transport;
  }

  // ---- unsubscribe links ------------------------------------------------------------------

  private signature(userId: number, kind: string): string {
    return createHmac('sha256', this.config.sessionSecret).update(`unsubscribe:${userId}:${kind}`).digest('base64url');
  }

  unsubscribeUrl(userId: number, kind: string): string {
    return `${this.config.mail?.appUrl ?? ''}/email/unsubscribe?u=${userId}&k=${encodeURIComponent(kind)}&s=${this.signature(userId, kind)}`;
  }

  /** Checks a link's signature; the kind ALL stands for every e-mail. */
  verifyUnsubscribe(userId: number, kind: string, sig: string): boolean {
    const expected = Buffer.from(this.signature(userId, kind));
    const given = Buffer.from(sig);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  private links(userId: number, kind: string): MailLinks {
    const appUrl = this.config.mail!.appUrl;
    return { appUrl, unsubscribe: this.unsubscribeUrl(userId, kind), settings: `${appUrl}/notifications/settings` };
  }

  // ---- digests ----------------------------------------------------------------------------

  /** Records the digests due now (idempotent per person and period); returns how many. `npm run digest:send` calls it too. */
  enqueueDueDigests(now = new Date()): number {
    if (!this.config.mail) return 0;
    const today = jstDate(now);
    if (now.getTime() < Date.parse(jstDayStartIso(today)!) + DIGEST_HOUR * 3_600_000) return 0;
    const monday = new Date(`${today}T00:00:00Z`).getUTCDay() === 1;
    const daily = [...this.repo.usersByEmailMode(EmailMode.DAILY), ...this.repo.usersWithDefaultSettings()];
    const weekly = monday ? this.repo.usersByEmailMode(EmailMode.WEEKLY) : [];
    let n = 0;
    const at = now.toISOString();
    this.db.tx(() => {
      for (const [users, mode, days] of [
        [daily, 'DAILY', 1],
        [weekly, 'WEEKLY', 7],
      ] as const) {
        const until = new Date(Date.parse(jstDayStartIso(today)!) + DIGEST_HOUR * 3_600_000).toISOString();
        const from = new Date(Date.parse(until) - days * 86_400_000).toISOString();
        for (const u of users) {
          const items = this.repo.unreadBetween(u, from, until).filter((r) => this.notifications.wantsEmail(u, r.kind, mode as EmailMode));
          if (items.length && this.repo.enqueueEmail(u, { digestKey: `${mode}:${today}` }, at)) n++;
        }
      }
    });
    return n;
  }

  // ---- sending ----------------------------------------------------------------------------

  private compose(d: EmailDeliveryEntity): { to: string; body: ReturnType<typeof immediateMail>; kind: string } | null {
    const to = this.repo.recipient(d.user_id);
    if (!to || to.disabled) return null;
    if (d.notification_id) {
      const row = this.repo.notificationRow(d.notification_id);
      const n = row ? this.notifications.asRecipient(row) : null;
      return n ? { to: to.email, body: immediateMail(n, this.links(d.user_id, n.kind)), kind: n.kind } : null;
    }
    const [mode, day] = (d.digest_key ?? '').split(':');
    const days = mode === 'WEEKLY' ? 7 : 1;
    const until = new Date(Date.parse(jstDayStartIso(day)!) + DIGEST_HOUR * 3_600_000).toISOString();
    const from = new Date(Date.parse(until) - days * 86_400_000).toISOString();
    const items = this.repo
      .unreadBetween(d.user_id, from, until)
      .filter((r) => this.notifications.wantsEmail(d.user_id, r.kind, mode as EmailMode))
      .map((r) => this.notifications.asRecipient(r))
      .filter((n): n is Notification => !!n);
    return items.length ? { to: to.email, body: digestMail(items, days === 1 ? '日' : '週', this.links(d.user_id, 'ALL')), kind: 'ALL' } : null;
  }

  /** Sends what is due (one pass at a time); returns how many were sent. */
  flush(now = new Date()): Promise<number> {
    this.flushing ??= this.sendDue(now).finally(() => (this.flushing = null));
    return this.flushing;
  }

  private async sendDue(now: Date): Promise<number> {
    if (!this.config.mail) return 0;
    let sent = 0;
    for (const d of this.repo.pendingEmails(now.toISOString(), 50)) {
      const mail = this.compose(d);
      if (!mail) {
        this.db.tx(() => this.repo.emailFailed(d.id, null, '送る内容がありません（既読・削除・利用停止）'));
        continue;
      }
      try {
        await this.transporter().sendMail({
          from: this.config.mail.from,
          to: mail.to,
          subject: mail.body.subject,
          text: mail.body.text,
          html: mail.body.html,
          headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
          list: { unsubscribe: this.unsubscribeUrl(d.user_id, mail.kind) },
        });
        this.db.tx(() => this.repo.emailSent(d.id, new Date().toISOString()));
        sent++;
      } catch (e) {
        const wait = RETRY_MINUTES[d.attempts];
        const next = wait === undefined ? null : new Date(Date.now() + wait * 60_000).toISOString();
        this.db.tx(() => this.repo.emailFailed(d.id, next, (e as Error).message));
        this.logger.warn(`e-mail ${d.id} failed (attempt ${d.attempts + 1}): ${(e as Error).message}`);
      }
    }
    return sent;
  }
}
