import { Injectable } from '@nestjs/common';
import { Viewer } from '../../core/auth/viewer';
import { DbService } from '../../core/database/db.service';
import { badInput } from '../../core/errors/app-error';
import { DurableEvent, DurableEventName, EventMap } from '../../core/events/domain-events';
import { idCursor } from '../../core/graphql/id-cursor';
import { PubSubPort } from '../../core/pubsub/pubsub';
import { pageSize, parseId } from '../../core/validation/normalize';
import { PostsService } from '../posts/posts.service';
import { UsersService } from '../users/users.service';
import { Notification, NotificationConnection, NotificationKind as K } from './notifications.model';
import { NewNotification, NotificationRow, NotificationsRepository } from './notifications.repository';

const CURSOR = idCursor('notification');
const TARGET: Record<string, string> = { POST: '投稿', ANSWER: '回答', COMMENT: 'コメント' };
const CLOSE_REASON: Record<string, string> = { DUPLICATE: '重複', OFF_TOPIC: '対象外', RESOLVED_ELSEWHERE: '解決済み（他で）' };
const ADOPTION: Record<string, string> = { IN_PROGRESS: '導入中', ADOPTED: '導入済み' };

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
          const id = this.repo.insert({ ...row, detail: detail ? JSON.stringify(detail) : null, outbox_id: e.outboxId, created_at: createdAt(e) });
          if (id) out.push({ id, recipient: d.recipient_id });
        }
      }
      return out;
    });
    // After commit: live bells update (notificationAdded).
    for (const a of added) this.pubsub.publish(`notification:${a.recipient}`, { id: a.id });
    return added.length;
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
    const moderation = [K.CONTENT_HIDDEN, K.CONTENT_RESTORED, K.POST_CLOSED, K.REPORT_RESOLVED, K.POST_FEATURED].includes(r.kind as K);
    const anonymousActor = !!facts && facts.anonymous === 1 && facts.author_id === r.actor_id;
    const actor = r.actor_id && !moderation && !anonymousActor ? this.users.findById(r.actor_id) : null;
    const who = moderation ? 'DX推進課' : anonymousActor ? '匿名の質問者' : actor ? `${actor.displayName}さん` : '職員';
    const title = post ? `「${post.title}」` : '（削除された投稿）';
    const d = (r.detail ? JSON.parse(r.detail) : {}) as Record<string, string | number | null | undefined>;
    const message = ((): string => {
      switch (r.kind as K) {
        case K.ANSWER_ON_MY_POST:
          return `${who}が${title}に回答しました`;
        case K.FOLLOWED_POST_ANSWER:
          return `フォロー中の${title}に${who}が回答しました`;
        case K.COMMENT_ON_MY_CONTENT:
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
          return `あなたの${TARGET[String(d.targetType)] ?? '投稿'}が非表示になりました（理由：${d.reason ?? '—'}）：${title}`;
        case K.CONTENT_RESTORED:
          return `あなたの${TARGET[String(d.targetType)] ?? '投稿'}が再表示されました：${title}`;
        case K.POST_CLOSED:
          return `${title}がクローズされました（${CLOSE_REASON[String(d.reason)] ?? d.reason}）`;
        case K.MENTION:
          return `${who}があなたをメンションしました：${title}`;
        case K.FOLLOWED_TAG_POST:
          return `フォロー中のタグに新しい投稿：${title}`;
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
      link: r.post_id ? `/posts/${r.post_id}${anchor}` : '/',
      postId: r.post_id ? String(r.post_id) : null,
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

  // ---- follows ----------------------------------------------------------------------------

  follow(viewer: Viewer, targetType: 'POST' | 'TAG', targetId: number): boolean {
    this.db.tx(() => this.repo.follow(viewer.id, targetType, targetId, new Date().toISOString()));
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
