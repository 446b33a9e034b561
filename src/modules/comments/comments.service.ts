import { Injectable } from '@nestjs/common';
import { Viewer } from '../../core/auth/viewer';
import { DbService } from '../../core/database/db.service';
import { badInput, notFound } from '../../core/errors/app-error';
import { DomainEvents } from '../../core/events/domain-events.service';
import { IdempotencyService } from '../../core/idempotency/idempotency.service';
import { can } from '../../core/policy/capabilities';
import { commentCan, commentDenial, requireAllowed } from '../../core/policy/object-policy';
import { LIMITS } from '../../core/validation/limits';
import { parseId, requireText } from '../../core/validation/normalize';
import { AuditService } from '../audit/audit.service';
import { GuardService } from '../guard/guard.service';
import { ReactionTargetType } from '../posts/content.enums';
import { PostsService } from '../posts/posts.service';
import { userFromColumns } from '../users/user-columns';
import { UsersService } from '../users/users.service';
import { Comment } from './comment.model';
import { CommentRow, CommentsRepository } from './comments.repository';
import { AddCommentInput } from './dto/comment.inputs';

/** Key used by loaders: "POST:12" or "ANSWER:34". */
export const commentTargetKey = (type: ReactionTargetType, id: number | string) => `${type}:${id}`;

@Injectable()
export class CommentsService {
  constructor(
    private readonly db: DbService,
    private readonly repo: CommentsRepository,
    private readonly posts: PostsService,
    private readonly users: UsersService,
    private readonly events: DomainEvents,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
    private readonly guard: GuardService,
  ) {}

  /** The asker's own comments in their anonymous thread are 「質問者（匿名）」 to everyone else. */
  private toComment(r: CommentRow, viewer: Viewer | null): Comment {
    const byAnonymousAsker = r.post_anonymous === 1 && r.author_id === r.post_author_id;
    const visible = !byAnonymousAsker || viewer?.id === r.author_id;
    const mayReadHidden = viewer?.id === r.author_id || can(viewer, 'moderation.resolve');
    return {
      id: String(r.id),
      body: r.hidden_at && !mayReadHidden ? '' : r.body,
      hidden: !!r.hidden_at,
      hiddenReason: r.hidden_at && mayReadHidden ? r.hidden_reason : null,
      hiddenAt: r.hidden_at && mayReadHidden ? r.hidden_at : null,
      viewerIsAuthor: viewer?.id === r.author_id,
      byAnonymousAsker,
      author: visible ? userFromColumns(r.author_id, r) : null,
      targetType: r.answer_id ? ReactionTargetType.ANSWER : ReactionTargetType.POST,
      targetId: String(r.answer_id ?? r.post_id),
      createdAt: r.created_at,
      reactions: { cheer: r.cheer_count, helpful: r.helpful_count, thanks: r.thanks_count, targetType: ReactionTargetType.COMMENT, targetId: String(r.id) },
      viewerCanDelete: commentCan(viewer, { authorId: r.author_id }, 'comment.delete'),
      authorId: r.author_id,
      postId: r.post_id,
      cheerCount: r.cheer_count,
      helpfulCount: r.helpful_count,
      thanksCount: r.thanks_count,
    };
  }

  /** Comments for keys like "POST:1" / "ANSWER:2", oldest first. */
  forTargets(viewer: Viewer | null, keys: readonly string[]): Comment[][] {
    const postIds = keys.filter((k) => k.startsWith('POST:')).map((k) => Number(k.slice(5)));
    const answerIds = keys.filter((k) => k.startsWith('ANSWER:')).map((k) => Number(k.slice(7)));
    const rows: CommentRow[] = [];
    if (postIds.length) rows.push(...this.repo.findLiveOnPosts(postIds));
    if (answerIds.length) rows.push(...this.repo.findLiveOnAnswers(answerIds));
    const m = new Map<string, Comment[]>();
    for (const r of rows) {
      const k = r.answer_id ? commentTargetKey(ReactionTargetType.ANSWER, r.answer_id) : commentTargetKey(ReactionTargetType.POST, r.post_id);
      const list = m.get(k) ?? [];
      list.push(this.toComment(r, viewer));
      m.set(k, list);
    }
    return keys.map((k) => m.get(k) ?? []);
  }

  private row(id: number): CommentRow | undefined {
    return this.repo.findLiveById(id);
  }

  add(viewer: Viewer, input: AddCommentInput, at: Date = new Date()): Comment {
    const targetId = parseId(input.targetId);
    if (input.targetType === ReactionTargetType.COMMENT) {
      throw badInput('コメントにはコメントできません。投稿か回答にコメントしてください。', 'targetType');
    }
    let postId: number;
    let answerId: number | null = null;
    if (input.targetType === ReactionTargetType.POST) {
      const post = targetId ? this.posts.row(targetId) : undefined;
      if (!post) throw notFound('投稿');
      postId = post.id;
    } else {
      const a = targetId ? this.repo.findLiveAnswer(targetId) : undefined;
      if (!a) throw notFound('回答');
      postId = a.post_id;
      answerId = a.id;
    }
    const body = requireText(input.body, 'コメント', LIMITS.comment, 'body');
    // Refused with PERSONAL_INFO_SUSPECTED unless the warning was acknowledged (then audited below).
    const findings = this.guard.screen([body], input.acknowledgeWarnings);
    const thread = this.posts.row(postId);
    const underAnonymity = !!thread?.anonymous && thread.author_id === viewer.id;
    const now = at.toISOString();
    const id = this.db.tx(() =>
      this.idempotency.once(
        viewer.id,
        'addComment',
        input.idempotencyKey,
        () => {
          const commentId = this.repo.insert({
            postId,
            answerId,
            authorId: viewer.id,
            departmentId: this.users.departmentIdAt(viewer.id, at),
            body,
            at: now,
          });
          if (answerId) this.repo.incrementAnswerCommentCount(answerId);
          else this.repo.incrementPostCommentCount(postId);
          this.repo.touchPost(postId, now);
          this.guard.recordOverride(viewer, findings, { type: 'COMMENT', id: commentId, anonymous: underAnonymity });
          this.events.emit('comment.added', { commentId, postId, answerId, authorId: viewer.id, at: now });
          return commentId;
        },
        at,
      ),
    );
    const created = this.row(id);
    if (!created) throw notFound('コメント');
    return this.toComment(created, viewer);
  }

  delete(viewer: Viewer, idRaw: string, at: Date = new Date()): boolean {
    const id = parseId(idRaw);
    const c = id ? this.row(id) : undefined;
    if (!c) throw notFound('コメント');
    requireAllowed(commentDenial(viewer, { authorId: c.author_id }, 'comment.delete'));
    this.db.tx(() => {
      this.repo.markDeleted(c.id, at.toISOString());
      if (c.answer_id) this.repo.decrementAnswerCommentCount(c.answer_id);
      else this.repo.decrementPostCommentCount(c.post_id);
      if (c.author_id !== viewer.id) this.audit.record(viewer.id, 'COMMENT_DELETED', 'COMMENT', c.id);
      this.events.emit('comment.deleted', {
        commentId: c.id,
        postId: c.post_id,
        answerId: c.answer_id,
        authorId: c.author_id,
        deletedById: viewer.id,
        at: at.toISOString(),
      });
    });
    return true;
  }
}
