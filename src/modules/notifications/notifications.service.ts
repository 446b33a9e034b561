import { Inject, Injectable } from '@nestjs/common';
import { Viewer } from '../../core/auth/viewer';
import { APP_CONFIG, AppConfig } from '../../core/config/config';
import { DbService } from '../../core/database/db.service';
import { badInput, forbidden, notFound } from '../../core/errors/app-error';
import { DurableEvent, DurableEventName, EventMap } from '../../core/events/domain-events';
import { DomainEvents } from '../../core/events/domain-events.service';
import { idCursor } from '../../core/graphql/id-cursor';
import { can, GLOBAL_CAPABILITIES } from '../../core/policy/capabilities';
import { PubSubPort } from '../../core/pubsub/pubsub';
import { jstDate, jstDayStartIso } from '../../core/time/jst';
import { pageSize, parseId, requireId } from '../../core/validation/normalize';
import { PostKind } from '../posts/content.enums';
import { PostsService } from '../posts/posts.service';
import { User } from '../users/user.model';
import { UsersService } from '../users/users.service';
import {
  DEFAULT_EMAIL_KINDS,
  EmailMode,
  Notification,
  NotificationConnection,
  NotificationKind as K,
  NotificationSettings,
  NotificationSettingsInput,
} from './notifications.model';
import { NewNotification, NotificationRow, NotificationsRepository } from './notifications.repository';

const CURSOR = idCursor('notification');
/** People one question may be routed to, and routing requests one person receives per JST day. */
export const ROUTE_MAX = 3;
export const ROUTES_PER_DAY = 5;
const TARGET: Record<string, string> = { POST: '投稿', ANSWER: '回答', COMMENT: 'コメント' };
const CLOSE_REASON: Record<string, string> = { DUPLICATE: '重複', OFF_TOPIC: '対象外', RESOLVED_ELSEWHERE: '解決済み（他で）' };
const ADOPTION: Record<string, string> = { IN_PROGRESS: '導入中', ADOPTED: '導入済み' };
const IDEA_STATUS: Record<string, string> = { PROPOSED: '提案', UNDER_REVIEW: '検討中', ADOPTED: '採用', DECLINED: '見送り' };

type Draft = Omit<NewNotification, 'outbox_id' | 'created_at' | 'detail'> & { detail?: object };

/**
 * In-app notifications (#12), derived from the durable facts in the outbox by the consumer
 * `notifications` (NotificationsEvents): after commit, never for a rolled-back action, never
 * twice (UNIQUE fact × recipient × kind), never to the person who acted. The text is written
 * when read, from the post as the reader may see it now (a hidden post's title is not
 * repeated; an anonymous asker is 「匿名の質問者」).
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly db: DbService,
    private readonly repo: NotificationsRepository,
    private readonly posts: PostsService,
    private readonly users: UsersService,
    private readonly pubsub: PubSubPort,
    private readonly events: DomainEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // ---- derivation -------------------------------------------------------------------------

  /** The notifications one fact produces (before "never to the actor"). */
  private draftsFor(e: DurableEvent): Draft[] {
    if (!e.payload) return [];
    const n = (recipient: number | undefined | null, kind: K, actor: number | null, more: Partial<Draft> = {}): Draft[] =>
      recipient ? [{ recipient_id: recipient, kind, actor_id: actor, post_id: e.aggregateId, answer_id: null, comment_id: null, ...more }] : [];
    const name = e.name as DurableEventName;
    switch (name) {
      case 'post.created': {
        const p = e.payload as EventMap['post.created'];
        const followers = this.repo.followersOfPostTags(p.postId, p.at).filter((u) => u !== p.authorId);
        return [...this.mentions('post', p.postId, p.authorId, p.postId), ...followers.flatMap((u) => n(u, K.FOLLOWED_TAG_POST, p.authorId))];
      }
      case 'answer.created': {
        const p = e.payload as EventMap['answer.created'];
        const post = this.repo.postFacts(p.postId);
        if (!post) return [];
        const refs = { answer_id: p.answerId };
        const followers = this.repo.followersOfPost(p.postId, p.at).filter((u) => u !== post.author_id);
        return [
          ...this.mentions('answer', p.answerId, p.authorId, p.postId, refs),
          ...n(post.author_id, K.ANSWER_ON_MY_POST, p.authorId, refs),
          ...followers.flatMap((u) => n(u, K.FOLLOWED_POST_ANSWER, p.authorId, refs)),
        ];
      }
      case 'comment.added': {
        const p = e.payload as EventMap['comment.added'];
        const owner = p.answerId ? this.repo.answerAuthor(p.answerId) : this.repo.postFacts(p.postId)?.author_id;
        const refs = { answer_id: p.answerId, comment_id: p.commentId };
        return [
          ...this.mentions('comment', p.commentId, p.authorId, p.postId, refs),
          ...n(owner, K.COMMENT_ON_MY_CONTENT, p.authorId, { ...refs, detail: { on: p.answerId ? 'ANSWER' : 'POST' } }),
        ];
      }
      case 'answer.accepted': {
        const p = e.payload as EventMap['answer.accepted'];
        return n(p.answerAuthorId, K.ANSWER_ACCEPTED, p.acceptedById, { answer_id: p.answerId });
      }
      case 'answer.officialMarked': {
        const p = e.payload as EventMap['answer.officialMarked'];
        const recipients = new Set([...this.repo.followersOfPost(p.postId, p.at), this.repo.answerAuthor(p.answerId) ?? 0]);
        return [...recipients].flatMap((u) => n(u, K.OFFICIAL_ANSWER, p.byId, { answer_id: p.answerId }));
      }
      case 'post.featured': {
        const p = e.payload as EventMap['post.featured'];
        return n(p.authorId, K.POST_FEATURED, p.byId);
      }
      case 'adoption.recorded': {
        const p = e.payload as EventMap['adoption.recorded'];
        if (!ADOPTION[p.status] || p.status === p.previousStatus) return [];
        return n(p.caseAuthorId, K.CASE_ADOPTED, p.byId, { detail: { departmentId: p.departmentId, status: p.status } });
      }
      case 'content.hidden':
      case 'content.restored': {
        const p = e.payload as EventMap['content.hidden'];
        const refs = { answer_id: p.targetType === 'ANSWER' ? p.targetId : null, comment_id: p.targetType === 'COMMENT' ? p.targetId : null };
        const kind = name === 'content.hidden' ? K.CONTENT_HIDDEN : K.CONTENT_RESTORED;
        return n(p.authorId, kind, p.byId, { ...refs, detail: { targetType: p.targetType, reason: name === 'content.hidden' ? p.reason : undefined } });
      }
      case 'post.closed': {
        const p = e.payload as EventMap['post.closed'];
        return n(p.authorId, K.POST_CLOSED, p.byId, { detail: { reason: p.reason, duplicateOfId: p.duplicateOfId } });
      }
      case 'question.routed': {
        const p = e.payload as EventMap['question.routed'];
        return p.routes.flatMap((r) => n(r.userId, K.QUESTION_ROUTED_TO_ME, p.routedById, { detail: { reason: r.reason } }));
      }
      case 'question.unanswered': {
        const p = e.payload as EventMap['question.unanswered'];
        const others = new Set([
          ...this.repo.followersOfPostTags(p.postId, p.at),
          ...this.repo.activeUsersWithRoles([...GLOBAL_CAPABILITIES['question.routeAny'].roles]),
        ]);
        others.delete(p.askerId);
        const names = this.users
          .findByIds(p.suggestedUserIds)
          .filter((u): u is User => !!u)
          .map((u) => u.displayName);
        return [
          ...n(p.askerId, K.UNANSWERED_SUGGESTION, null, { detail: { businessDays: p.businessDays, suggested: names, suggestedIds: p.suggestedUserIds } }),
          ...[...others].flatMap((u) => n(u, K.UNANSWERED_QUESTION, null, { detail: { businessDays: p.businessDays } })),
        ];
      }
      case 'badge.awarded': {
        const p = e.payload as EventMap['badge.awarded'];
        return n(p.userId, K.BADGE_AWARDED, p.byId, { post_id: p.postId, detail: { awardId: p.awardId } });
      }
      case 'idea.statusChanged': {
        const p = e.payload as EventMap['idea.statusChanged'];
        return n(p.authorId, K.IDEA_STATUS_CHANGED, p.byId, { detail: { status: p.status, note: p.note } });
      }
      case 'report.resolved': {
        const p = e.payload as EventMap['report.resolved'];
        return n(p.reporterId, K.REPORT_RESOLVED, p.byId, { detail: { action: p.action } });
      }
      default:
        return [];
    }
  }

  /**
   * `@name` in what was written (outside code spans) mentions the active person whose e-mail
   * local part is `name` (the editor's autocomplete inserts it).
   */
  private mentions(kind: 'post' | 'answer' | 'comment', id: number, authorId: number, postId: number, refs: Partial<Draft> = {}): Draft[] {
    const text = this.repo.body(kind, id).replace(/```[\s\S]*?```|`[^`]*`/g, ' ');
    const names = [...new Set([...text.matchAll(/(?:^|[^A-Za-z0-9._%+-])@([A-Za-z0-9][A-Za-z0-9._-]{0,63})/g)].map((m) => m[1].replace(/[._-]+$/, '')))].slice(
      0,
      20,
    );
    return this.repo
      .usersByLocalPart(names)
      .map((u) => ({ recipient_id: u, kind: K.MENTION, actor_id: authorId, post_id: postId, answer_id: null, comment_id: null, ...refs }));
  }

  /** Writes the notifications of a batch of facts (idempotent: a redelivered batch adds nothing). Returns how many were new. */
  derive(batch: DurableEvent[], createdAt: (e: DurableEvent) => string = (e) => (e.payload as { at?: string } | null)?.at ?? new Date().toISOString()): number {
    const added = this.db.tx(() => {
      const out: { id: number; recipient: number }[] = [];
      for (const e of batch) {
        for (const d of this.draftsFor(e)) {
          if (d.recipient_id === d.actor_id) continue; // never of one's own act
          const { detail, ...row } = d;
          const at = createdAt(e);
          const id = this.repo.insert({ ...row, detail: detail ? JSON.stringify(detail) : null, outbox_id: e.outboxId, created_at: at });
          if (!id) continue;
          out.push({ id, recipient: d.recipient_id });
          // E-mail at once, in the same transaction, for people who chose it for this kind.
          if (this.config.mail && this.wantsEmail(d.recipient_id, d.kind, EmailMode.IMMEDIATE))
            this.repo.enqueueEmail(d.recipient_id, { notificationId: id }, new Date().toISOString());
        }
      }
      return out;
    });
    // After commit: live bells update (notificationAdded).
    for (const a of added) this.pubsub.publish(`notification:${a.recipient}`, { id: a.id });
    return added.length;
  }

  /** A notification as its recipient reads it (e-mail): the same text and visibility as in the app. */
  asRecipient(row: NotificationRow): Notification | null {
    const u = this.users.findById(row.recipient_id);
    if (!u) return null;
    return this.toNotification({ id: row.recipient_id, role: u.role, displayName: u.displayName, sessionId: 'mail' }, row);
  }

  /** One of the viewer's notifications (a live subscription resolves what was published). */
  one(viewer: Viewer, id: number): Notification | null {
    const r = this.repo.byId(viewer.id, id);
    return r ? this.toNotification(viewer, r) : null;
  }

  // ---- reading ----------------------------------------------------------------------------

  private toNotification(viewer: Viewer, r: NotificationRow): Notification {
    const post = r.post_id ? this.posts.getVisible(viewer, r.post_id) : null;
    const facts = r.post_id ? this.repo.postFacts(r.post_id) : undefined;
    // Moderation acts are the DX office's; the anonymous asker acting in their own thread is never named.
    const moderation = [K.CONTENT_HIDDEN, K.CONTENT_RESTORED, K.POST_CLOSED, K.REPORT_RESOLVED, K.POST_FEATURED, K.BADGE_AWARDED].includes(r.kind as K);
    const anonymousActor = !!facts && facts.anonymous === 1 && facts.author_id === r.actor_id;
    const actor = r.actor_id && !moderation && !anonymousActor ? this.users.findById(r.actor_id) : null;
    const who = moderation ? 'DX推進課' : anonymousActor ? '匿名の質問者' : actor ? `${actor.displayName}さん` : '職員';
    const title = post ? `「${post.title}」` : '（削除された投稿）';
    const d = (r.detail ? JSON.parse(r.detail) : {}) as Record<string, string | number | null | undefined>;
    const badge = r.kind === K.BADGE_AWARDED ? this.repo.badgeAward(Number(d.awardId)) : undefined;
    // An idea's answers are 「コメント」 (as the SPA calls them), never 「回答」.
    const idea = facts?.kind === PostKind.IDEA;
    const target = (type: unknown) => (idea && type === 'ANSWER' ? 'コメント' : (TARGET[String(type)] ?? '投稿'));
    const message = ((): string => {
      switch (r.kind as K) {
        case K.ANSWER_ON_MY_POST:
          return idea ? `${who}が${title}にコメントしました` : `${who}が${title}に回答しました`;
        case K.FOLLOWED_POST_ANSWER:
          return idea ? `フォロー中の${title}に${who}がコメントしました` : `フォロー中の${title}に${who}が回答しました`;
        case K.COMMENT_ON_MY_CONTENT:
          if (idea && d.on === 'ANSWER') return `${who}があなたのコメントに返信しました：${title}`;
          return `${who}があなたの${d.on === 'ANSWER' ? '回答' : '投稿'}にコメントしました：${title}`;
        case K.ANSWER_ACCEPTED:
          return `${title}であなたの回答がベストアンサーに選ばれました`;
        case K.OFFICIAL_ANSWER:
          return `${title}に公式見解が示されました`;
        case K.POST_FEATURED:
          return `あなたの投稿${title}が優良事例に選ばれました`;
        case K.CASE_ADOPTED:
          return `あなたの事例${title}を${this.repo.departmentName(Number(d.departmentId)) ?? 'ほかの部署'}が「${ADOPTION[String(d.status)] ?? '導入'}」にしました`;
        case K.CONTENT_HIDDEN:
          return `あなたの${target(d.targetType)}が非表示になりました（理由：${d.reason ?? '—'}）：${title}`;
        case K.CONTENT_RESTORED:
          return `あなたの${target(d.targetType)}が再表示されました：${title}`;
        case K.POST_CLOSED:
          return `${title}がクローズされました（${CLOSE_REASON[String(d.reason)] ?? d.reason}）`;
        case K.MENTION:
          return `${who}があなたをメンションしました：${title}`;
        case K.QUESTION_ROUTED_TO_ME:
          return `${who}から${title}への回答の依頼です（${d.reason ?? '質問者が選びました'}）`;
        case K.FOLLOWED_TAG_POST:
          return `フォロー中のタグに新しい投稿：${title}`;
        case K.UNANSWERED_QUESTION:
          return `${title}は${d.businessDays}営業日、回答がありません。分かることがあれば回答してください`;
        case K.UNANSWERED_SUGGESTION: {
          const names = (d.suggested as unknown as string[] | undefined) ?? [];
          return names.length
            ? `${title}にまだ回答がありません。詳しそうな人：${names.join('、')}。「詳しい人に聞く」で見てもらえます`
            : `${title}にまだ回答がありません。タグを見直すか、DX推進課に相談してください`;
        }
        case K.BADGE_AWARDED:
          if (!badge) return 'バッジを獲得しました';
          return `バッジ「${badge.name}」を獲得しました${r.actor_id ? '（DX推進課から授与）' : ''}${badge.reason ? `：${badge.reason}` : ''}${badge.revoked ? '（その後、条件を満たさなくなったため取り消されました）' : ''}`;
        case K.IDEA_STATUS_CHANGED:
          return `あなたのアイデア${title}が「${IDEA_STATUS[String(d.status)] ?? d.status}」になりました${d.note ? `（${d.note}）` : ''}`;
        case K.REPORT_RESOLVED:
          return d.action === 'HIDE' ? '通報いただいた内容を非表示にしました。ありがとうございました' : '通報いただいた内容を確認し、問題なしと判断しました';
      }
    })();
    const anchor = r.comment_id ? `#comment-${r.comment_id}` : r.answer_id ? `#answer-${r.answer_id}` : '';
    return {
      id: String(r.id),
      kind: r.kind as K,
      createdAt: r.created_at,
      readAt: r.read_at,
      actor,
      message,
      link: badge ? `/badges/${encodeURIComponent(badge.code)}` : r.post_id ? `/posts/${r.post_id}${anchor}` : '/',
      postId: r.post_id ? String(r.post_id) : null,
      postKind: facts ? (facts.kind as PostKind) : null,
      answerId: r.answer_id ? String(r.answer_id) : null,
      commentId: r.comment_id ? String(r.comment_id) : null,
    };
  }

  list(viewer: Viewer, first: number | null | undefined, after: string | null | undefined, unreadOnly: boolean | null | undefined): NotificationConnection {
    const limit = pageSize(first);
    const rows = this.repo.list(viewer.id, after ? CURSOR.decode(after) : null, limit + 1, !!unreadOnly);
    const page = rows.slice(0, limit);
    const edges = page.map((r) => ({ cursor: CURSOR.encode(r.id), node: this.toNotification(viewer, r) }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
      unreadCount: this.repo.countUnread(viewer.id),
    };
  }

  unreadCount(viewer: Viewer): number {
    return this.repo.countUnread(viewer.id);
  }

  /** Marks the given notifications (or all) of the viewer read; returns how many changed. */
  markRead(viewer: Viewer, ids: string[] | null | undefined, all: boolean | null | undefined): number {
    if (!all && !ids) throw badInput('既読にするお知らせ（ids）か all: true を指定してください。', 'ids');
    if (ids && ids.length > 200) throw badInput('一度に既読にできるのは200件までです。', 'ids');
    const parsed = all ? null : (ids ?? []).map((i) => parseId(i)).filter((i): i is number => !!i);
    return this.db.tx(() => this.repo.markRead(viewer.id, parsed, new Date().toISOString()));
  }

  // ---- routing (回答の依頼) -------------------------------------------------------------

  /**
   * Asks up to ROUTE_MAX people to look at an open question: the asker or the DX office; not
   * oneself or the asker; active people who accept routing requests, at most ROUTES_PER_DAY
   * requests per person and JST day, once per question. Each is told why they were asked.
   */
  routeQuestion(viewer: Viewer, postIdRaw: string, userIdsRaw: string[], now = new Date()): User[] {
    const postId = requireId(postIdRaw, 'postId', '質問');
    const q = this.repo.questionForRouting(postId);
    if (!q || q.hidden) throw notFound('質問');
    if (q.kind !== 'QUESTION' || q.status !== 'OPEN') throw badInput('回答の依頼ができるのは、受付中の質問だけです。', 'postId');
    if (q.author_id !== viewer.id && !can(viewer, 'question.routeAny')) throw forbidden('回答の依頼ができるのは質問者とDX推進課だけです。');
    const ids = [...new Set(userIdsRaw.map((u) => requireId(u, 'userIds', '職員')))];
    if (ids.length === 0) throw badInput('依頼する人を選んでください。', 'userIds');
    const already = new Set(this.repo.routedOn(postId));
    if (ids.length + already.size > ROUTE_MAX) throw badInput(`1つの質問で依頼できるのは${ROUTE_MAX}人までです（依頼済み ${already.size}人）。`, 'userIds');
    const people = this.users.findByIds(ids);
    const since = jstDayStartIso(jstDate(now))!;
    const problems: string[] = [];
    people.forEach((u, i) => {
      const id = ids[i];
      if (!u || !u.active) problems.push(`ID ${id} の職員は見つからないか、利用を停止されています`);
      else if (id === viewer.id || id === q.author_id) problems.push(`${u.displayName}さんは質問者（または自分）です`);
      else if (already.has(id)) problems.push(`${u.displayName}さんにはすでに依頼しています`);
      else if (this.repo.setting(id)?.routing_requests === 0) problems.push(`${u.displayName}さんは回答の依頼を受け付けていません`);
      else if (this.repo.routesToday(id, since) >= ROUTES_PER_DAY) problems.push(`${u.displayName}さんは今日すでに${ROUTES_PER_DAY}件の依頼を受けています`);
    });
    if (problems.length) throw badInput(`依頼できない人がいます：${problems.join('、')}。`, 'userIds');
    const at = now.toISOString();
    const routes = ids.map((userId) => {
      const tags = this.repo.answeredTags(userId, postId);
      return { userId, reason: tags.length ? `「${tags.join('」「')}」の質問に回答した実績があります` : '質問者が詳しい人として選びました' };
    });
    this.db.tx(() => {
      for (const r of routes) this.repo.insertRoute(postId, r.userId, viewer.id, r.reason, at);
      this.events.emit('question.routed', { postId, routedById: viewer.id, routes, at });
    });
    return people as User[];
  }

  // ---- settings ---------------------------------------------------------------------------

  /** Does this person get this kind by e-mail in this mode? */
  wantsEmail(userId: number, kind: string, mode: EmailMode): boolean {
    const s = this.repo.setting(userId);
    if (((s?.email_mode as EmailMode | undefined) ?? EmailMode.DAILY) !== mode) return false;
    const kinds: string[] = s?.email_kinds ? (JSON.parse(s.email_kinds) as string[]) : DEFAULT_EMAIL_KINDS;
    return kinds.includes(kind);
  }

  settings(viewer: Pick<Viewer, 'id'>): NotificationSettings {
    const s = this.repo.setting(viewer.id);
    const email = new Set<string>(s?.email_kinds ? (JSON.parse(s.email_kinds) as string[]) : DEFAULT_EMAIL_KINDS);
    return {
      emailMode: (s?.email_mode as EmailMode | undefined) ?? EmailMode.DAILY,
      routingRequests: s ? s.routing_requests === 1 : true,
      kinds: Object.values(K).map((kind) => ({ kind, email: email.has(kind) })),
      emailAvailable: !!this.config.mail,
    };
  }

  updateSettings(viewer: Pick<Viewer, 'id'>, input: NotificationSettingsInput): NotificationSettings {
    const current = this.settings(viewer);
    const email = new Map(current.kinds.map((k) => [k.kind, k.email]));
    for (const k of input.kinds ?? []) email.set(k.kind, k.email);
    this.db.tx(() =>
      this.repo.saveSetting(
        viewer.id,
        {
          email_mode: input.emailMode ?? current.emailMode,
          routing_requests: (input.routingRequests ?? current.routingRequests) ? 1 : 0,
          email_kinds: JSON.stringify([...email.entries()].filter(([, on]) => on).map(([k]) => k)),
        },
        new Date().toISOString(),
      ),
    );
    return this.settings(viewer);
  }

  // ---- follows ----------------------------------------------------------------------------

  follow(viewer: Viewer, targetType: 'POST' | 'TAG', targetId: number, now = new Date()): boolean {
    this.db.tx(() => this.repo.follow(viewer.id, targetType, targetId, now.toISOString()));
    return true;
  }

  unfollow(viewer: Viewer, targetType: 'POST' | 'TAG', targetId: number): boolean {
    this.db.tx(() => this.repo.unfollow(viewer.id, targetType, targetId));
    return false;
  }

  isFollowing(viewer: Viewer, targetType: 'POST' | 'TAG', targetId: number): boolean {
    return this.repo.isFollowing(viewer.id, targetType, targetId);
  }

  /** Automatic follows, written with the act: one's own posts, and the posts one answered or commented on. */
  autoFollow(userId: number, postId: number, at: string): void {
    this.repo.follow(userId, 'POST', postId, at);
  }

  /**
   * `npm run notifications:rebuild`: re-derives the notifications of the facts in [from, until)
   * from the outbox. Existing ones (and whether they were read) stay; only missing ones are added.
   */
  rebuild(from: string, until: string, onProgress: (done: number) => void = () => undefined): number {
    let after = 0;
    let added = 0;
    let done = 0;
    for (;;) {
      const rows = this.repo.outboxRows(from, until, after, 500);
      if (rows.length === 0) return added;
      const batch: DurableEvent[] = rows.map((r) => ({
        outboxId: r.id,
        name: r.topic as DurableEventName,
        aggregateId: r.aggregate_id,
        payload: (r.payload ? JSON.parse(r.payload) : null) as never,
      }));
      const created = new Map(rows.map((r) => [r.id, r.created_at]));
      added += this.derive(batch, (e) => created.get(e.outboxId)!);
      after = rows[rows.length - 1].id;
      done += rows.length;
      onProgress(done);
    }
  }
}
