import { Injectable } from '@nestjs/common';
import { Viewer } from '../../core/auth/viewer';
import { DbService } from '../../core/database/db.service';
import { badInput, notFound } from '../../core/errors/app-error';
import { DomainEvents } from '../../core/events/domain-events.service';
import { sortIdCursor } from '../../core/graphql/id-cursor';
import { IdempotencyService } from '../../core/idempotency/idempotency.service';
import { renderMarkdown } from '../../core/markdown/markdown';
import { can, requireCapability } from '../../core/policy/capabilities';
import { PostFacts, postCan, postDenial, requireAllowed } from '../../core/policy/object-policy';
import { LIMITS } from '../../core/validation/limits';
import { normalizeTag, normalizeTags, pageSize, parseId, rejectNull, requireSingleLine, requireText } from '../../core/validation/normalize';
import { AuditService } from '../audit/audit.service';
import { DraftsService } from '../drafts/drafts.service';
import { GuardService } from '../guard/guard.service';
import { userFromColumns } from '../users/user-columns';
import { User } from '../users/user.model';
import { UsersService } from '../users/users.service';
import { IdeaStatus, PostCloseReason, PostKind, PostOrder, ReactionTargetType } from './content.enums';
import { CaseDetailsInput, CreatePostInput, PostFilter, UpdatePostInput } from './dto/post.inputs';
import { CaseDetails, Post, PostConnection, Tag } from './post.model';
import { CaseFieldsChange, FeedQuery, PostCriteria, PostRow, PostsRepository } from './posts.repository';

const JA = new Intl.Collator('ja');

@Injectable()
export class PostsService {
  constructor(
    private readonly db: DbService,
    private readonly repo: PostsRepository,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
    private readonly idempotency: IdempotencyService,
    private readonly guard: GuardService,
    private readonly drafts: DraftsService,
  ) {}

  /**
   * May this viewer see who wrote this post? For an anonymous question only the asker does:
   * moderators see 「匿名」 like everyone else and reveal the author on purpose
   * (`revealAuthor`, audited once per call).
   */
  canSeeAuthor(viewer: Viewer | null, row: { anonymous: number; author_id: number }): boolean {
    return !row.anonymous || (!!viewer && viewer.id === row.author_id);
  }

  /** The facts the post policy decides on. */
  private facts(row: PostRow): PostFacts {
    return { authorId: row.author_id, answerCount: row.answer_count };
  }

  toPost(row: PostRow, viewer: Viewer | null): Post {
    const visible = this.canSeeAuthor(viewer, row);
    const isAuthor = !!viewer && viewer.id === row.author_id;
    // Hidden by moderation: its author and the moderators still read it (with the reason); everyone else a placeholder.
    const withheld = !!row.hidden_at && !isAuthor && !can(viewer, 'moderation.resolve');
    const facts = this.facts(row);
    const tags: Tag[] = (JSON.parse(row.tags_json) as [number, string, number][])
      .map(([id, name, postCount]) => ({ id: String(id), name, postCount }))
      .sort((a, b) => JA.compare(a.name, b.name));
    const caseDetails: CaseDetails | null =
      row.kind === PostKind.CASE
        ? {
            problem: row.case_problem ?? '',
            solution: row.case_solution ?? '',
            effect: row.case_effect ?? '',
            hoursSavedPerYear: row.case_hours_saved,
            tools: row.case_tools ? (JSON.parse(row.case_tools) as string[]) : [],
          }
        : null;
    return {
      id: String(row.id),
      kind: row.kind,
      title: withheld ? '（非表示になった投稿）' : row.title,
      body: withheld ? '' : row.body,
      status: row.status,
      anonymous: !!row.anonymous,
      tags: withheld ? [] : tags,
      reactions: {
        cheer: row.cheer_count,
        helpful: row.helpful_count,
        thanks: row.thanks_count,
        targetType: ReactionTargetType.POST,
        targetId: String(row.id),
      },
      caseDetails: withheld ? null : caseDetails,
      answerCount: row.answer_count,
      commentCount: row.comment_count,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      lastActivityAt: row.last_activity_at,
      viewerIsAuthor: isAuthor,
      viewerCanEdit: postCan(viewer, facts, 'post.edit'),
      viewerCanDelete: postCan(viewer, facts, 'post.delete'),
      // Nothing to reveal on a named post, or to the asker themselves.
      viewerCanRevealAuthor: !!row.anonymous && !isAuthor && can(viewer, 'post.revealAuthor'),
      // Only a question with answers has something to accept.
      viewerCanAccept: row.kind === PostKind.QUESTION && row.answer_count > 0 && postCan(viewer, facts, 'answer.accept'),
      featured: !!row.featured_at,
      featuredNote: row.featured_at ? row.featured_note : null,
      featuredAt: row.featured_at,
      outdated: !!row.outdated,
      reviewedAt: row.reviewed_at,
      reviewNote: row.review_note,
      closedReason: (row.closed_reason as PostCloseReason | null) ?? null,
      duplicateOfId: row.duplicate_of_id ? String(row.duplicate_of_id) : null,
      closedNote: row.closed_reason ? row.closed_note : null,
      closedAt: row.closed_reason ? row.closed_at : null,
      hiddenAt: row.hidden_at && (isAuthor || can(viewer, 'moderation.resolve')) ? row.hidden_at : null,
      hidden: !!row.hidden_at,
      hiddenReason: row.hidden_at && (isAuthor || can(viewer, 'moderation.resolve')) ? row.hidden_reason : null,
      // An idea without a status row yet is 提案 (set by the ideas module).
      ideaStatus: row.kind === PostKind.IDEA ? ((row.idea_status as IdeaStatus | null) ?? IdeaStatus.PROPOSED) : null,
      ideaStatusNote: row.kind === PostKind.IDEA && !withheld ? row.idea_status_note : null,
      ideaStatusChangedAt: row.kind === PostKind.IDEA ? row.idea_status_changed_at : null,
      authorId: row.author_id,
      departmentId: row.department_id,
      acceptedAnswerId: row.accepted_answer_id,
      cheerCount: row.cheer_count,
      helpfulCount: row.helpful_count,
      thanksCount: row.thanks_count,
      author: visible ? userFromColumns(row.author_id, row) : null,
      department: visible ? this.users.departmentAsOf(row.department_id, row.created_at) : null,
      bodyHtmlValue: withheld ? '' : row.body_html,
      contentWithheld: withheld,
    };
  }

  getVisible(viewer: Viewer | null, idRaw: string | number): Post | null {
    const id = parseId(idRaw);
    if (!id) return null;
    const row = this.repo.findById(id);
    return row ? this.toPost(row, viewer) : null;
  }

  byIds(viewer: Viewer | null, ids: readonly number[]): (Post | null)[] {
    const rows = new Map(this.repo.findByIds(ids).map((r) => [r.id, r]));
    return ids.map((id) => {
      const r = rows.get(id);
      return r ? this.toPost(r, viewer) : null;
    });
  }

  /**
   * A PostFilter as plain criteria, shared by the feed and search: the tag normalised, the
   * department expanded to its sub-departments, ids checked (NOT_FOUND when they cannot exist).
   */
  criteria(filter: PostFilter | null | undefined): PostCriteria {
    const c: PostCriteria = {};
    if (filter?.kind) c.kind = filter.kind;
    if (filter?.status) c.status = filter.status;
    if (filter?.unanswered) c.unanswered = true;
    if (filter?.featured !== undefined && filter.featured !== null) c.featured = filter.featured;
    if (filter?.ideaStatus) c.ideaStatus = filter.ideaStatus;
    if (filter?.tag !== undefined && filter.tag !== null && filter.tag.trim() !== '') c.tagKey = normalizeTag(filter.tag);
    if (filter?.departmentId) {
      const dep = parseId(filter.departmentId);
      if (!dep || !this.users.department(dep)) throw notFound('部署');
      c.departmentIds = this.users.departmentSubtree(dep);
    }
    if (filter?.authorId) {
      const a = parseId(filter.authorId);
      if (!a) throw notFound('職員');
      c.authorId = a;
    }
    return c;
  }

  feed(viewer: Viewer, first: number | null | undefined, after: string | null | undefined, filter: PostFilter | null | undefined): PostConnection {
    const limit = pageSize(first);
    const q: FeedQuery = {
      ...this.criteria(filter),
      limit: limit + 1,
      order: filter?.order ?? PostOrder.NEWEST,
      after: after ? sortIdCursor.decode(after) : null,
      viewerId: viewer.id,
    };
    const rows = limit === 0 ? [] : this.repo.feed(q);
    const hasNextPage = rows.length > limit;
    const page = hasNextPage ? rows.slice(0, limit) : rows;
    const sortOf = (r: PostRow) => (q.order === PostOrder.ACTIVITY ? r.last_activity_at : r.created_at);
    const edges = page.map((r) => ({ cursor: sortIdCursor.encode(sortOf(r), r.id), node: this.toPost(r, viewer) }));
    return {
      edges,
      pageInfo: { hasNextPage, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
      totalCountFn: () => this.repo.count({ ...q, after: null }),
    };
  }

  tags(prefix: string | null | undefined, first: number | null | undefined): Tag[] {
    const limit = pageSize(first, 10);
    return this.repo.searchTags(normalizeTag(prefix ?? ''), limit).map((t) => ({ id: String(t.id), name: t.label, postCount: t.post_count }));
  }

  /** The case fields as stored (all null for a post that is not a case). */
  private caseFields(kind: PostKind, input: CaseDetailsInput | null | undefined): CaseFieldsChange {
    if (kind !== PostKind.CASE) {
      if (input) throw badInput('事例の項目（課題・取組内容・効果）は事例の投稿でのみ指定できます。', 'caseDetails');
      return { case_problem: null, case_solution: null, case_effect: null, case_hours_saved: null, case_tools: null };
    }
    if (!input) throw badInput('事例には「課題」「取組内容」「効果」を入力してください。', 'caseDetails');
    const tools = [...new Set((input.tools ?? []).map((t) => t.normalize('NFKC').trim()).filter((t) => t !== ''))];
    return {
      case_problem: requireText(input.problem, '課題', LIMITS.caseField, 'caseDetails.problem'),
      case_solution: requireText(input.solution, '取組内容', LIMITS.caseField, 'caseDetails.solution'),
      case_effect: requireText(input.effect, '効果', LIMITS.caseField, 'caseDetails.effect'),
      case_hours_saved: input.hoursSavedPerYear ?? null,
      case_tools: JSON.stringify(tools),
    };
  }

  create(viewer: Viewer, input: CreatePostInput, at: Date = new Date()): Post {
    const title = requireSingleLine(input.title, 'タイトル', LIMITS.title, 'title');
    const body = requireText(input.body, '本文', LIMITS.body, 'body');
    const tags = normalizeTags(input.tags, LIMITS.tagsPerPost, LIMITS.tag);
    if (input.anonymous && input.kind !== PostKind.QUESTION) {
      throw badInput('匿名で投稿できるのは質問だけです。', 'anonymous');
    }
    const c = this.caseFields(input.kind, input.caseDetails);
    // Refused with PERSONAL_INFO_SUSPECTED unless the warning was acknowledged (then audited below).
    const findings = this.guard.screen([title, body, c.case_problem, c.case_solution, c.case_effect], input.acknowledgeWarnings);
    const bodyHtml = renderMarkdown(body);
    const now = at.toISOString();
    const id = this.db.tx(() =>
      this.idempotency.once(
        viewer.id,
        'createPost',
        input.idempotencyKey,
        () => {
          const departmentId = this.users.departmentIdAt(viewer.id, at);
          const postId = this.repo.insert({
            kind: input.kind,
            title,
            body,
            body_html: bodyHtml,
            anonymous: input.anonymous ? 1 : 0,
            author_id: viewer.id,
            department_id: departmentId,
            ...c,
            created_at: now,
          });
          this.repo.setTags(postId, tags, now);
          this.writeRevision(postId, 1, viewer.id, now);
          this.guard.recordOverride(viewer, findings, { type: 'POST', id: postId, anonymous: !!input.anonymous });
          this.drafts.discardPublished(viewer.id, { draftId: input.draftId });
          this.events.emit('post.created', { postId, authorId: viewer.id, kind: input.kind, anonymous: !!input.anonymous, at: now });
          return postId;
        },
        at,
      ),
    );
    return this.getVisible(viewer, id)!;
  }

  private writeRevision(postId: number, revision: number, editorId: number, now: string) {
    const p = this.repo.revisionSource(postId)!;
    const tags = this.repo.tagKeys(postId).map((t) => t.label);
    const caseDetails =
      p.case_problem !== null
        ? JSON.stringify({
            problem: p.case_problem,
            solution: p.case_solution,
            effect: p.case_effect,
            hoursSavedPerYear: p.case_hours_saved,
            tools: p.case_tools ? JSON.parse(p.case_tools) : [],
          })
        : null;
    this.repo.insertRevision({
      post_id: postId,
      revision,
      editor_id: editorId,
      title: p.title,
      body: p.body,
      tags: JSON.stringify(tags),
      case_details: caseDetails,
      created_at: now,
    });
  }

  /** The post, for a change: NOT_FOUND when absent or deleted, FORBIDDEN unless the post policy allows it. */
  private editable(viewer: Viewer, idRaw: string, capability: 'post.edit' | 'post.delete' = 'post.edit'): PostRow {
    const id = parseId(idRaw);
    const row = id ? this.repo.findById(id) : undefined;
    if (!row) throw notFound('投稿');
    requireAllowed(postDenial(viewer, this.facts(row), capability));
    return row;
  }

  update(viewer: Viewer, input: UpdatePostInput): Post {
    const row = this.editable(viewer, input.id);
    // Absent means unchanged; an explicit null for a field a post cannot lack is refused.
    const titleIn = rejectNull(input.title, 'タイトルは空にできません。', 'title');
    const bodyIn = rejectNull(input.body, '本文は空にできません。', 'body');
    const tagsIn = rejectNull(input.tags, 'タグを外すときは空の配列 [] を指定してください。', 'tags');
    const title = titleIn !== undefined ? requireSingleLine(titleIn, 'タイトル', LIMITS.title, 'title') : row.title;
    const body = bodyIn !== undefined ? requireText(bodyIn, '本文', LIMITS.body, 'body') : row.body;
    const tags = tagsIn !== undefined ? normalizeTags(tagsIn, LIMITS.tagsPerPost, LIMITS.tag) : null;
    const c = input.caseDetails ? this.caseFields(row.kind, input.caseDetails) : null;
    // Only the text the edit changes is screened (an acknowledged post can still be retagged);
    // a moderator's edit of someone else's text is screened the same way.
    const changed = (next: string | null | undefined, prev: string | null) => (next !== prev ? next : null);
    const findings = this.guard.screen(
      [
        changed(title, row.title),
        changed(body, row.body),
        changed(c?.case_problem, row.case_problem),
        changed(c?.case_solution, row.case_solution),
        changed(c?.case_effect, row.case_effect),
      ],
      input.acknowledgeWarnings,
    );
    const bodyHtml = body === row.body && row.body_html !== null ? row.body_html : renderMarkdown(body);
    const now = new Date().toISOString();
    this.db.tx(() => {
      const revision = row.revision + 1;
      this.repo.updateContent({
        id: row.id,
        title,
        body,
        body_html: bodyHtml,
        revision,
        updated_at: now,
        case: c,
      });
      // A retag moves accepted answers between skills (badges re-evaluate); other edits do not.
      const tagsBefore = tags ? this.repo.tagKeys(row.id).map((t) => t.key) : [];
      if (tags) this.repo.setTags(row.id, tags, now);
      const tagsChanged = !!tags && (tags.length !== tagsBefore.length || tags.some((t) => !tagsBefore.includes(t.key)));
      this.writeRevision(row.id, revision, viewer.id, now);
      this.guard.recordOverride(viewer, findings, { type: 'POST', id: row.id, anonymous: !!row.anonymous && row.author_id === viewer.id });
      this.events.emit('post.updated', { postId: row.id, editorId: viewer.id, tagsChanged, at: now });
    });
    return this.getVisible(viewer, row.id)!;
  }

  /**
   * Soft delete. Authors may delete their own post until someone has answered it (answers
   * are other people's work); the DX office and admins may delete anything. Every
   * contribution attached to the post is withdrawn by compensating ledger entries.
   */
  delete(viewer: Viewer, idRaw: string): boolean {
    const row = this.editable(viewer, idRaw, 'post.delete');
    const now = new Date();
    this.db.tx(() => {
      this.repo.markDeleted(row.id, now.toISOString(), viewer.id);
      this.repo.decrementTagCounts(row.id);
      if (row.author_id !== viewer.id) this.audit.record(viewer.id, 'POST_DELETED', 'POST', row.id, { title: row.title });
      this.events.emit('post.deleted', { postId: row.id, authorId: row.author_id, deletedById: viewer.id, at: now.toISOString() });
    });
    return true;
  }

  /**
   * A moderator names the asker of an anonymous question on purpose, with a reason; every
   * call writes one audit row in the same transaction as the read it accounts for.
   */
  revealAuthor(viewer: Viewer, postIdRaw: string, reasonRaw: string): User {
    requireCapability(viewer, 'post.revealAuthor');
    const reason = requireText(reasonRaw, '理由', LIMITS.revealReason, 'reason');
    const id = parseId(postIdRaw);
    const row = id ? this.repo.findById(id) : undefined;
    if (!row) throw notFound('投稿');
    if (!row.anonymous) throw badInput('この投稿は匿名ではありません。', 'postId');
    return this.db.tx(() => {
      this.audit.record(viewer.id, 'ANONYMOUS_AUTHOR_REVEALED', 'POST', row.id, { reason });
      return userFromColumns(row.author_id, row);
    });
  }

  /** Internal lookup for other services (answers, reactions): includes the raw row. */
  row(postId: number): PostRow | undefined {
    return this.repo.findById(postId);
  }
}
