import { Injectable } from '@nestjs/common';
import { Viewer } from '../../core/auth/viewer';
import { DbService } from '../../core/database/db.service';
import { badInput, notFound } from '../../core/errors/app-error';
import { DomainEvents } from '../../core/events/domain-events.service';
import { IdempotencyService } from '../../core/idempotency/idempotency.service';
import { renderMarkdown } from '../../core/markdown/markdown';
import { can } from '../../core/policy/capabilities';
import { answerDenial, AnswerFacts, postDenial, requireAllowed } from '../../core/policy/object-policy';
import { LIMITS } from '../../core/validation/limits';
import { pageSize, parseId, requireText } from '../../core/validation/normalize';
import { AuditService } from '../audit/audit.service';
import { DraftsService } from '../drafts/drafts.service';
import { GuardService } from '../guard/guard.service';
import { PostKind, PostStatus, ReactionTargetType } from '../posts/content.enums';
import { Post } from '../posts/post.model';
import { PostsService } from '../posts/posts.service';
import { userFromColumns } from '../users/user-columns';
import { UsersService } from '../users/users.service';
import { Answer } from './answer.model';
import { AnswerRow, AnswersRepository } from './answers.repository';
import { CreateAnswerInput, UpdateAnswerInput } from './dto/answer.inputs';

/** The facts the answer policy decides on (the same for the check and the `viewerCan…` flags). */
function answerFacts(a: { author_id: number; accepted_at: string | null }): AnswerFacts {
  return { authorId: a.author_id, accepted: a.accepted_at !== null };
}

@Injectable()
export class AnswersService {
  constructor(
    private readonly db: DbService,
    private readonly repo: AnswersRepository,
    private readonly posts: PostsService,
    private readonly users: UsersService,
    private readonly events: DomainEvents,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
    private readonly guard: GuardService,
    private readonly drafts: DraftsService,
  ) {}

  /**
   * Anonymity is a property of the thread: the asker's own answers on their anonymous question
   * are shown as 「質問者（匿名）」 to everyone but the asker (moderators included).
   */
  private toAnswer(r: AnswerRow, viewer: Viewer | null): Answer {
    const byAnonymousAsker = r.post_anonymous === 1 && r.author_id === r.post_author_id;
    const visible = !byAnonymousAsker || viewer?.id === r.author_id;
    const mayReadHidden = viewer?.id === r.author_id || can(viewer, 'moderation.resolve');
    const withheld = !!r.hidden_at && !mayReadHidden;
    return {
      id: String(r.id),
      postId: String(r.post_id),
      body: withheld ? '' : r.body,
      bodyHtmlValue: withheld ? '' : r.body_html,
      official: !!r.official_at,
      officialNote: r.official_at ? r.official_note : null,
      officialSection: r.official_at ? r.official_section : null,
      officialAt: r.official_at,
      hidden: !!r.hidden_at,
      hiddenReason: r.hidden_at && mayReadHidden ? r.hidden_reason : null,
      hiddenAt: r.hidden_at && mayReadHidden ? r.hidden_at : null,
      byAnonymousAsker,
      author: visible ? userFromColumns(r.author_id, r) : null,
      department: visible ? this.users.departmentAsOf(r.department_id, r.created_at) : null,
      accepted: r.accepted_at !== null,
      reactions: { cheer: r.cheer_count, helpful: r.helpful_count, thanks: r.thanks_count, targetType: ReactionTargetType.ANSWER, targetId: String(r.id) },
      acceptedAt: r.accepted_at,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      authorId: r.author_id,
      cheerCount: r.cheer_count,
      helpfulCount: r.helpful_count,
      thanksCount: r.thanks_count,
    };
  }

  /** Answers of each post: the accepted one first, then oldest first (a conversation reads top-down). */
  forPosts(viewer: Viewer | null, postIds: readonly number[]): Answer[][] {
    if (postIds.length === 0) return [];
    const rows = this.repo.findLiveByPostIds(postIds);
    const m = new Map<number, Answer[]>();
    for (const r of rows) {
      const list = m.get(r.post_id) ?? [];
      list.push(this.toAnswer(r, viewer));
      m.set(r.post_id, list);
    }
    return postIds.map((id) => m.get(id) ?? []);
  }

  /** A person's answers; their answers in their own anonymous threads only to themselves. */
  byAuthor(viewer: Viewer | null, authorId: number, first: number | null | undefined): Answer[] {
    const self = viewer?.id === authorId;
    return this.repo.findLiveByAuthor(authorId, self, pageSize(first)).map((r) => this.toAnswer(r, viewer));
  }

  row(id: number): AnswerRow | undefined {
    return this.repo.findLiveById(id);
  }

  create(viewer: Viewer, input: CreateAnswerInput, at: Date = new Date()): Answer {
    const postId = parseId(input.postId);
    const post = postId ? this.posts.row(postId) : undefined;
    if (!post) throw notFound('投稿');
    if (post.status === PostStatus.CLOSED) throw badInput('この投稿は締め切られているため回答できません。', 'postId');
    const body = requireText(input.body, '回答', LIMITS.answer, 'body');
    // Refused with PERSONAL_INFO_SUSPECTED unless the warning was acknowledged (then audited below).
    const findings = this.guard.screen([body], input.acknowledgeWarnings);
    const bodyHtml = renderMarkdown(body);
    const now = at.toISOString();
    const id = this.db.tx(() =>
      this.idempotency.once(
        viewer.id,
        'createAnswer',
        input.idempotencyKey,
        () => {
          const answerId = this.repo.insert({
            postId: post.id,
            authorId: viewer.id,
            departmentId: this.users.departmentIdAt(viewer.id, at),
            body,
            bodyHtml,
            at: now,
          });
          this.repo.incrementPostAnswerCount(post.id, now);
          this.repo.insertRevision(answerId, 1, viewer.id, body, now);
          this.guard.recordOverride(viewer, findings, { type: 'ANSWER', id: answerId, anonymous: !!post.anonymous && post.author_id === viewer.id });
          this.drafts.discardPublished(viewer.id, { answeredPostId: post.id });
          this.events.emit('answer.created', { answerId, postId: post.id, authorId: viewer.id, at: now });
          return answerId;
        },
        at,
      ),
    );
    const created = this.row(id);
    if (!created) throw notFound('回答');
    return this.toAnswer(created, viewer);
  }

  /** Authors edit their own answers; the DX office and admins moderate any (the answer policy). */
  private editable(viewer: Viewer, idRaw: string, capability: 'answer.edit' | 'answer.delete' = 'answer.edit') {
    const id = parseId(idRaw);
    const answer = id ? this.row(id) : undefined;
    if (!answer) throw notFound('回答');
    requireAllowed(answerDenial(viewer, answerFacts(answer), capability));
    return answer;
  }

  update(viewer: Viewer, input: UpdateAnswerInput, at: Date = new Date()): Answer {
    const answer = this.editable(viewer, input.id);
    const body = requireText(input.body, '回答', LIMITS.answer, 'body');
    if (body === answer.body) return this.toAnswer(answer, viewer);
    const findings = this.guard.screen([body], input.acknowledgeWarnings);
    const bodyHtml = renderMarkdown(body);
    const now = at.toISOString();
    this.db.tx(() => {
      const revision = (this.repo.revision(answer.id) ?? 1) + 1;
      this.repo.updateBody(answer.id, body, bodyHtml, revision, now);
      this.repo.insertRevision(answer.id, revision, viewer.id, body, now);
      this.guard.recordOverride(viewer, findings, {
        type: 'ANSWER',
        id: answer.id,
        anonymous: answer.post_anonymous === 1 && answer.post_author_id === viewer.id,
      });
      this.events.emit('answer.updated', { answerId: answer.id, postId: answer.post_id, editorId: viewer.id, at: now });
    });
    return this.toAnswer(this.row(answer.id)!, viewer);
  }

  /**
   * Soft delete. An author may withdraw their answer unless it is the accepted one (the asker
   * relies on it: unaccept first); moderators may delete any, which also unaccepts it.
   * Everything credited through the answer (the answer, its acceptance, stamps on it, its
   * comments and their stamps) is withdrawn with compensating ledger entries.
   */
  delete(viewer: Viewer, idRaw: string, at: Date = new Date()): boolean {
    const answer = this.editable(viewer, idRaw, 'answer.delete');
    const now = at.toISOString();
    this.db.tx(() => {
      this.repo.markDeleted(answer.id, viewer.id, now);
      this.repo.decrementPostAnswerCount(answer.post_id);
      this.repo.reopenPostIfAccepted(answer.post_id, answer.id);
      if (answer.author_id !== viewer.id) this.audit.record(viewer.id, 'ANSWER_DELETED', 'ANSWER', answer.id);
      this.events.emit('answer.deleted', {
        answerId: answer.id,
        postId: answer.post_id,
        authorId: answer.author_id,
        deletedById: viewer.id,
        wasAccepted: answer.accepted_at !== null,
        at: now,
      });
    });
    return true;
  }

  /** The question's author and the DX office may accept; admins manage accounts, not content. */
  private assertCanAccept(viewer: Viewer, post: { author_id: number; kind: PostKind; answer_count: number }) {
    if (post.kind !== PostKind.QUESTION) throw badInput('ベストアンサーを選べるのは質問だけです。', 'answerId');
    requireAllowed(postDenial(viewer, { authorId: post.author_id, answerCount: post.answer_count }, 'answer.accept'));
  }

  accept(viewer: Viewer, answerIdRaw: string, at: Date = new Date()): Post {
    const answerId = parseId(answerIdRaw);
    const answer = answerId ? this.row(answerId) : undefined;
    if (!answer) throw notFound('回答');
    const post = this.posts.row(answer.post_id)!;
    this.assertCanAccept(viewer, post);
    if (post.accepted_answer_id !== answer.id) {
      const now = at.toISOString();
      this.db.tx(() => {
        if (post.accepted_answer_id) this.repo.clearAccepted(post.accepted_answer_id);
        this.repo.markAccepted(answer.id, now);
        this.repo.markPostResolved(post.id, answer.id, now);
        this.events.emit('answer.accepted', {
          answerId: answer.id,
          postId: post.id,
          answerAuthorId: answer.author_id,
          askerId: post.author_id,
          acceptedById: viewer.id,
          replacedAnswerId: post.accepted_answer_id ?? null,
          at: now,
        });
      });
    }
    return this.posts.getVisible(viewer, post.id)!;
  }

  unaccept(viewer: Viewer, postIdRaw: string, at: Date = new Date()): Post {
    const postId = parseId(postIdRaw);
    const post = postId ? this.posts.row(postId) : undefined;
    if (!post) throw notFound('投稿');
    this.assertCanAccept(viewer, post);
    if (post.accepted_answer_id) {
      this.db.tx(() => {
        this.repo.clearAccepted(post.accepted_answer_id!);
        this.repo.reopenPost(post.id);
        this.events.emit('answer.unaccepted', { answerId: post.accepted_answer_id!, postId: post.id, unacceptedById: viewer.id, at: at.toISOString() });
      });
    }
    return this.posts.getVisible(viewer, post.id)!;
  }
}
