import { BlockList, isIP } from 'node:net';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Viewer } from '../../core/auth/viewer';
import { APP_CONFIG, AppConfig } from '../../core/config/config';
import { DbService } from '../../core/database/db.service';
import { badInput, notFound } from '../../core/errors/app-error';
import { DurableEvent, EventMap } from '../../core/events/domain-events';
import { requireCapability } from '../../core/policy/capabilities';
import { normalizeTag, requireId, requireSingleLine } from '../../core/validation/normalize';
import { AuditService } from '../audit/audit.service';
import { PostKind } from '../posts/content.enums';
import { PostsService } from '../posts/posts.service';
import { signature, webhookBody, webhookPost } from './webhook-payload';
import { WebhookDeliveryEntity, WebhookEntity } from './webhook.entity';
import { Webhook, WebhookFormat, WebhookInput, WebhookTestResult } from './webhooks.model';
import { WebhooksRepository } from './webhooks.repository';

/** Back-off after a failed attempt (minutes); after the last the delivery is given up. */
const RETRY_MINUTES = [1, 5, 30, 120, 360];
const TIMEOUT_MS = 5000;

/**
 * Outgoing chat webhooks (#12): the DX office configures where new posts are announced
 * (all, or some tags/kinds). Every new post (`post.created`, from the outbox: the durable
 * consumer `webhooks`) becomes one delivery per matching webhook, recorded once (UNIQUE) and
 * sent by a worker with retries and back-off. Receivers are limited to WEBHOOK_ALLOWED_HOSTS
 * (host names, IP addresses, CIDRs — inside the closed network they are private addresses),
 * checked when a webhook is saved and again before every request; redirects are not followed.
 * An anonymous post goes out without author, department or body.
 */
@Injectable()
export class WebhooksService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Webhooks');
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<number> | null = null;
  private readonly allowedIps = new BlockList();
  private readonly allowedNames = new Set<string>();

  constructor(
    private readonly db: DbService,
    private readonly repo: WebhooksRepository,
    private readonly posts: PostsService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    for (const entry of config.webhookAllowedHosts) {
      const [ip, bits] = entry.split('/');
      const family = isIP(ip);
      if (family && bits !== undefined) this.allowedIps.addSubnet(ip, Number(bits), family === 6 ? 'ipv6' : 'ipv4');
      else if (family) this.allowedIps.addAddress(ip, family === 6 ? 'ipv6' : 'ipv4');
      else this.allowedNames.add(entry);
    }
  }

  onApplicationBootstrap(): void {
    if (process.env.OUTBOX_POLL === 'off') return;
    this.timer = setInterval(() => void this.flush().catch((e) => this.logger.warn((e as Error).message)), 5000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Is this URL's host on WEBHOOK_ALLOWED_HOSTS? */
  allowed(url: URL): boolean {
    const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
    const family = isIP(host);
    if (family) return this.allowedIps.check(host, family === 6 ? 'ipv6' : 'ipv4');
    return this.allowedNames.has(host);
  }

  private toWebhook(w: WebhookEntity): Webhook {
    const last = this.repo.lastDelivery(w.id);
    return {
      id: String(w.id),
      name: w.name,
      url: w.url,
      format: w.format as WebhookFormat,
      tags: JSON.parse(w.tags) as string[],
      kinds: JSON.parse(w.kinds) as PostKind[],
      hasSecret: !!w.secret,
      active: !!w.active,
      createdAt: w.created_at,
      lastDelivery: last ? { status: last.status, httpStatus: last.last_status, error: last.last_error, at: last.delivered_at ?? last.created_at } : null,
    };
  }

  list(viewer: Viewer): Webhook[] {
    requireCapability(viewer, 'webhooks.manage');
    return this.repo.list().map((w) => this.toWebhook(w));
  }

  private fields(input: WebhookInput, previous?: WebhookEntity) {
    const name = requireSingleLine(input.name, 'Webhook の名前', 100, 'name');
    let url: URL;
    try {
      url = new URL(input.url.trim());
    } catch {
      throw badInput('URL の形式が正しくありません（例: https://chat.city.example.lg.jp/hooks/xxxx）。', 'url');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw badInput('URL は http:// か https:// で始めてください。', 'url');
    if (url.username || url.password) throw badInput('URL にユーザー名・パスワードを含めないでください。', 'url');
    if (this.config.webhookAllowedHosts.length === 0) {
      throw badInput(
        '送信先が許可されていません。管理者が環境変数 WEBHOOK_ALLOWED_HOSTS に送信先のホスト名または IP アドレス（CIDR）を設定してください。',
        'url',
      );
    }
    if (!this.allowed(url)) throw badInput(`「${url.hostname}」は WEBHOOK_ALLOWED_HOSTS にない送信先です。`, 'url');
    const tags = [...new Set((input.tags ?? []).map((t) => normalizeTag(t)).filter(Boolean))];
    const kinds = [...new Set(input.kinds ?? [])];
    const secret = input.secret === undefined || input.secret === null ? (previous?.secret ?? null) : input.secret.trim() || null;
    return {
      name,
      url: url.toString(),
      format: input.format,
      tags: JSON.stringify(tags),
      kinds: JSON.stringify(kinds),
      secret,
      active: input.active === false ? 0 : 1,
    };
  }

  create(viewer: Viewer, input: WebhookInput, now = new Date()): Webhook {
    requireCapability(viewer, 'webhooks.manage');
    const f = this.fields(input);
    const at = now.toISOString();
    const id = this.db.tx(() => {
      const id = this.repo.insert({ ...f, created_by_id: viewer.id, created_at: at, updated_at: at });
      this.audit.record(viewer.id, 'WEBHOOK_CREATED', 'WEBHOOK', id, undefined, { after: { ...f, secret: f.secret ? '（設定あり）' : null } });
      return id;
    });
    return this.toWebhook(this.repo.find(id)!);
  }

  update(viewer: Viewer, idRaw: string, input: WebhookInput, now = new Date()): Webhook {
    requireCapability(viewer, 'webhooks.manage');
    const w = this.repo.find(requireId(idRaw, 'id', 'Webhook'));
    if (!w) throw notFound('Webhook');
    const f = this.fields(input, w);
    this.db.tx(() => {
      this.repo.update(w.id, { ...f, updated_at: now.toISOString() });
      this.audit.record(viewer.id, 'WEBHOOK_UPDATED', 'WEBHOOK', w.id, undefined, {
        before: { name: w.name, url: w.url, format: w.format, tags: w.tags, kinds: w.kinds, active: w.active },
        after: { ...f, secret: f.secret ? '（設定あり）' : null },
      });
    });
    return this.toWebhook(this.repo.find(w.id)!);
  }

  remove(viewer: Viewer, idRaw: string, now = new Date()): boolean {
    requireCapability(viewer, 'webhooks.manage');
    const w = this.repo.find(requireId(idRaw, 'id', 'Webhook'));
    if (!w) throw notFound('Webhook');
    this.db.tx(() => {
      this.repo.remove(w.id, now.toISOString());
      this.audit.record(viewer.id, 'WEBHOOK_DELETED', 'WEBHOOK', w.id, { name: w.name, url: w.url });
    });
    return true;
  }

  /** The test-send button: posts a sample (the newest visible post, or a placeholder) now and reports what the receiver said. */
  async test(viewer: Viewer, idRaw: string): Promise<WebhookTestResult> {
    requireCapability(viewer, 'webhooks.manage');
    const w = this.repo.find(requireId(idRaw, 'id', 'Webhook'));
    if (!w) throw notFound('Webhook');
    const id = this.db.tx(() => this.repo.enqueue(w.id, { outboxId: null, postId: null, test: true }, new Date().toISOString()))!;
    await this.send(this.repo.delivery(id)!, false);
    const d = this.repo.delivery(id)!;
    return { ok: d.status === 'DELIVERED', httpStatus: d.last_status, error: d.last_error };
  }

  /** The durable consumer: one delivery per new post and matching webhook (idempotent). */
  enqueueForPosts(batch: DurableEvent[]): void {
    this.db.tx(() => {
      for (const e of batch) {
        const p = e.payload as EventMap['post.created'] | null;
        if (!p) continue;
        const post = this.repo.postForWebhook(p.postId);
        if (!post || post.hidden) continue;
        for (const w of this.repo.matching(post.kind, JSON.parse(post.tag_keys ?? '[]') as string[])) {
          this.repo.enqueue(w.id, { outboxId: e.outboxId, postId: p.postId, test: false }, new Date().toISOString());
        }
      }
    });
  }

  flush(now = new Date()): Promise<number> {
    this.flushing ??= (async () => {
      let sent = 0;
      for (const d of this.repo.pending(now.toISOString(), 50)) if (await this.send(d, true)) sent++;
      return sent;
    })().finally(() => (this.flushing = null));
    return this.flushing;
  }

  private async send(d: WebhookDeliveryEntity, retry: boolean): Promise<boolean> {
    const w = this.repo.find(d.webhook_id);
    const fail = (status: number | null, error: string) => {
      const wait = retry ? RETRY_MINUTES[d.attempts] : undefined;
      this.db.tx(() => this.repo.failed(d.id, status, error, wait === undefined ? null : new Date(Date.now() + wait * 60_000).toISOString()));
      return false;
    };
    if (!w || !w.active) return fail(null, 'Webhook が削除または停止されています');
    const url = new URL(w.url);
    if (!this.allowed(url)) return fail(null, `「${url.hostname}」は WEBHOOK_ALLOWED_HOSTS にない送信先です`);
    const appUrl = this.config.mail?.appUrl ?? `http://localhost:${this.config.port}`;
    const post = d.post_id ? this.posts.getVisible(null, d.post_id) : null;
    if (d.post_id && (!post || post.hidden)) return fail(null, '投稿が削除または非表示になっています');
    const sample = post
      ? webhookPost(post, appUrl)
      : {
          id: '0',
          kind: PostKind.QUESTION,
          title: 'テスト送信です',
          url: `${appUrl}/`,
          tags: [],
          author: null,
          department: null,
          excerpt: '伴走からのテスト送信です。',
        };
    const body = JSON.stringify(webhookBody(w.format as WebhookFormat, sample, d.test === 1));
    const headers: Record<string, string> = {
      'content-type': 'application/json; charset=utf-8',
      'user-agent': 'Banso-Webhook/1',
      'x-banso-delivery': String(d.id),
    };
    if (w.format === WebhookFormat.GENERIC) {
      headers['x-banso-event'] = d.test ? 'test' : 'post.created';
      if (w.secret) headers['x-banso-signature'] = signature(w.secret, body);
    }
    try {
      const res = await fetch(url, { method: 'POST', headers, body, redirect: 'manual', signal: AbortSignal.timeout(TIMEOUT_MS) });
      await res.arrayBuffer().catch(() => undefined);
      if (res.status >= 200 && res.status < 300) {
        this.db.tx(() => this.repo.delivered(d.id, res.status, new Date().toISOString()));
        return true;
      }
      return fail(res.status, `受信側が HTTP ${res.status} を返しました`);
    } catch (e) {
      return fail(null, (e as Error).name === 'TimeoutError' ? '5秒以内に応答がありませんでした' : `送れませんでした: ${(e as Error).message}`);
    }
  }
}
