import { Inject, Injectable } from '@nestjs/common';
import { Viewer } from '../../core/auth/viewer';
import { APP_CONFIG, AppConfig } from '../../core/config/config';
import { DbService } from '../../core/database/db.service';
import { badInput, forbidden, notFound } from '../../core/errors/app-error';
import { DomainEvents } from '../../core/events/domain-events.service';
import { sortIdCursor } from '../../core/graphql/id-cursor';
import { can, requireCapability } from '../../core/policy/capabilities';
import { LIMITS } from '../../core/validation/limits';
import { checkTag, normalizeTag, pageSize, requireId, requireText } from '../../core/validation/normalize';
import { Answer } from '../answers/answer.model';
import { AnswersService } from '../answers/answers.service';
import { AuditService } from '../audit/audit.service';
import { Post, PostConnection } from '../posts/post.model';
import { PostsService } from '../posts/posts.service';
import { UsersService } from '../users/users.service';
import { CURATION_LIMITS, ReviewDue, TagDetail, TagUpdateInput } from './curation.model';
import { CurationRepository, TagRow } from './curation.repository';

const optional = (v: string | null | undefined, label: string, max: number, field: string) =>
  (v ?? '').trim() === '' ? null : requireText(v, label, max, field);

/**
 * The DX office's curation beyond best practices (#10): official answers (公式見解, with the
 * issuing section as named at the time; withdrawing keeps the history in the audit log),
 * content health (a review queue of cases, accepted and official answers not reviewed for
 * CONTENT_REVIEW_MONTHS or carrying a tag marked as changed; 確認済み or 古い情報), and tags
 * (rename, merge — retagging every post and re-deriving badges, skills and search through
 * `post.updated` — describe, mark as changed).
 */
@Injectable()
export class CurationService {
  constructor(
    private readonly db: DbService,
    private readonly repo: CurationRepository,
    private readonly posts: PostsService,
    private readonly answers: AnswersService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // ---- 公式見解 ----------------------------------------------------------------------------

  private answer(viewer: Viewer, id: number): Answer {
    const post = this.repo.liveAnswer(id)!.post_id;
    return this.answers.forPosts(viewer, [post])[0].find((a) => Number(a.id) === id)!;
  }

  markOfficialAnswer(viewer: Viewer, answerIdRaw: string, noteRaw: string | null | undefined, now = new Date()): Answer {
    requireCapability(viewer, 'answer.markOfficial');
    const id = requireId(answerIdRaw, 'answerId', '回答');
    const a = this.repo.liveAnswer(id);
    if (!a) throw notFound('回答');
    const note = optional(noteRaw, '公式見解のひとこと', CURATION_LIMITS.officialNote, 'note');
    const section = this.users.currentDepartment(viewer.id)?.path ?? 'DX推進課';
    const at = now.toISOString();
    this.db.tx(() => {
      this.repo.setOfficial(id, { at, note, section, byId: viewer.id });
      this.audit.record(
        viewer.id,
        'ANSWER_MARKED_OFFICIAL',
        'ANSWER',
        id,
        { postId: a.post_id },
        { before: a.official_at ? { section: a.official_section, note: a.official_note } : null, after: { section, note } },
      );
      this.events.emit('answer.officialMarked', { answerId: id, postId: a.post_id, byId: viewer.id, at });
    });
    return this.answer(viewer, id);
  }

  unmarkOfficialAnswer(viewer: Viewer, answerIdRaw: string, now = new Date()): Answer {
    requireCapability(viewer, 'answer.markOfficial');
    const id = requireId(answerIdRaw, 'answerId', '回答');
    const a = this.repo.liveAnswer(id);
    if (!a) throw notFound('回答');
    if (a.official_at) {
      const at = now.toISOString();
      this.db.tx(() => {
        this.repo.setOfficial(id, null);
        this.audit.record(
          viewer.id,
          'ANSWER_UNMARKED_OFFICIAL',
          'ANSWER',
          id,
          { postId: a.post_id },
          { before: { section: a.official_section, note: a.official_note } },
        );
        this.events.emit('answer.officialUnmarked', { answerId: id, postId: a.post_id, byId: viewer.id, at });
      });
    }
    return this.answer(viewer, id);
  }

  // ---- 内容の確認 --------------------------------------------------------------------------

  private cutoff(now: Date): string {
    const d = new Date(now);
    d.setUTCMonth(d.getUTCMonth() - this.config.contentReviewMonths);
    return d.toISOString();
  }

  get reviewMonths(): number {
    return this.config.contentReviewMonths;
  }

  contentReviewQueue(viewer: Viewer, first: number | null | undefined, after: string | null | undefined, now = new Date()): PostConnection {
    requireCapability(viewer, 'practices.curate');
    const limit = pageSize(first);
    const cutoff = this.cutoff(now);
    const cur = after ? sortIdCursor.decode(after) : null;
    const rows = this.repo.reviewQueue(cutoff, cur ? { basis: cur.sort, id: cur.id } : null, limit + 1);
    const page = rows.slice(0, limit);
    const posts = this.posts.byIds(
      viewer,
      page.map((r) => r.id),
    );
    const edges = page.map((r, i) => ({ cursor: sortIdCursor.encode(r.basis, r.id), node: posts[i]! })).filter((e) => e.node);
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
      totalCountFn: () => this.repo.countReviewQueue(cutoff),
    };
  }

  countReviewQueue(now = new Date()): number {
    return this.repo.countReviewQueue(this.cutoff(now));
  }

  /** Why each post is due for review (null when it is not). */
  reviewDue(postIds: readonly number[], now = new Date()): (ReviewDue | null)[] {
    const cutoff = this.cutoff(now);
    const changed = this.repo.changedTagsOf(postIds);
    return postIds.map((id) => {
      const p = this.repo.reviewablePost(id);
      if (!p) return null;
      const since = p.reviewed_at ?? p.created_at;
      const tags = changed.filter((c) => c.post_id === id).map((c) => c.label);
      const aged = since < cutoff;
      return aged || tags.length ? { aged, changedTags: tags, since } : null;
    });
  }

  /** 確認済み (outdated false) or 古い情報 (outdated true): the DX office, or the post's author. */
  markReviewed(viewer: Viewer, postIdRaw: string, outdated: boolean, noteRaw: string | null | undefined, now = new Date()): Post {
    const id = requireId(postIdRaw, 'postId', '投稿');
    const p = this.repo.reviewablePost(id);
    if (!p) {
      if (!this.posts.getVisible(viewer, id)) throw notFound('投稿');
      throw badInput('内容の確認の対象は、事例・ベストアンサーのある質問・公式見解のある投稿です。', 'postId');
    }
    if (p.author_id !== viewer.id && !can(viewer, 'practices.curate')) throw forbidden('内容を確認できるのは投稿者とDX推進課です。');
    const note = optional(noteRaw, '確認のメモ', CURATION_LIMITS.reviewNote, 'note');
    if (outdated && !note) throw badInput('「古い情報」にするときは、何が変わったかをメモに書いてください（読む人に表示されます）。', 'note');
    const at = now.toISOString();
    this.db.tx(() => {
      this.repo.markReviewed(id, outdated, note, viewer.id, at);
      this.audit.record(
        viewer.id,
        'POST_REVIEWED',
        'POST',
        id,
        { note },
        { before: { outdated: !!p.outdated, reviewedAt: p.reviewed_at }, after: { outdated } },
      );
      this.events.emit('post.reviewed', { postId: id, authorId: p.author_id, outdated, byId: viewer.id, at });
    });
    return this.posts.getVisible(viewer, id)!;
  }

  // ---- タグ -------------------------------------------------------------------------------

  private requireTag(raw: string): TagRow {
    const t = this.repo.tagByKey(normalizeTag(raw ?? ''));
    if (!t) throw notFound(`タグ「${(raw ?? '').trim()}」`);
    return t;
  }

  /** Every post of these ids changed its tags: badges, skills and search follow `post.updated`. */
  private retagged(viewer: Viewer, postIds: number[], at: string): void {
    for (const postId of postIds) this.events.emit('post.updated', { postId, editorId: viewer.id, tagsChanged: true, at });
  }

  renameTag(viewer: Viewer, fromRaw: string, toRaw: string, now = new Date()): TagDetail {
    requireCapability(viewer, 'practices.curate');
    const from = this.requireTag(fromRaw);
    const to = checkTag(toRaw ?? '', LIMITS.tag, 'to');
    if (!to) throw badInput('新しいタグ名を入力してください。', 'to');
    const existing = this.repo.tagByKey(to.key);
    if (existing && existing.id !== from.id) throw badInput(`タグ「${existing.label}」はすでにあります。まとめるときは「統合」を使ってください。`, 'to');
    const at = now.toISOString();
    this.db.tx(() => {
      this.repo.renameTag(from.id, from.name, to.key, to.label);
      this.audit.record(viewer.id, 'TAG_RENAMED', 'TAG', from.id, undefined, { before: { name: from.label }, after: { name: to.label } });
      this.retagged(viewer, this.repo.postIdsWithTag(from.id), at);
    });
    return this.tag(viewer, to.label)!;
  }

  mergeTags(viewer: Viewer, fromRaw: string, intoRaw: string, now = new Date()): TagDetail {
    requireCapability(viewer, 'practices.curate');
    const from = this.requireTag(fromRaw);
    const into = this.requireTag(intoRaw);
    if (from.id === into.id) throw badInput('同じタグには統合できません。', 'into');
    const at = now.toISOString();
    this.db.tx(() => {
      const moved = this.repo.postIdsWithTag(from.id);
      this.repo.mergeTags(from, into);
      this.audit.record(viewer.id, 'TAG_MERGED', 'TAG', into.id, { posts: moved.length }, { before: { from: from.label, into: into.label } });
      this.retagged(viewer, moved, at);
    });
    return this.tag(viewer, into.label)!;
  }

  updateTag(viewer: Viewer, input: TagUpdateInput, now = new Date()): TagDetail {
    requireCapability(viewer, 'practices.curate');
    const t = this.requireTag(input.name);
    // Omitted: the description stays; an empty string clears it.
    const description =
      input.description === undefined ? t.description : optional(input.description, 'タグの説明', CURATION_LIMITS.tagDescription, 'description');
    const changedNote = optional(input.changedNote, '変わった理由', CURATION_LIMITS.changedNote, 'changedNote');
    const changed =
      input.markChanged === undefined || input.markChanged === null ? undefined : input.markChanged ? { at: now.toISOString(), note: changedNote } : null;
    this.db.tx(() => {
      this.repo.updateTag(t.id, description, changed);
      this.audit.record(
        viewer.id,
        'TAG_UPDATED',
        'TAG',
        t.id,
        { name: t.label },
        {
          before: { description: t.description, changedAt: t.changed_at },
          after: { description, changedAt: changed === undefined ? t.changed_at : (changed?.at ?? null) },
        },
      );
    });
    return this.tag(viewer, t.label)!;
  }

  tag(viewer: Viewer, nameRaw: string): TagDetail | null {
    const t = this.repo.tagByKey(normalizeTag(nameRaw ?? ''));
    if (!t) return null;
    const ids = this.repo.topCases(t.id, 5);
    return {
      id: String(t.id),
      name: t.label,
      description: t.description,
      postCount: t.post_count,
      changedAt: t.changed_at,
      changedNote: t.changed_note,
      topCases: this.posts.byIds(viewer, ids).filter((p): p is Post => !!p),
      viewerCanEdit: can(viewer, 'practices.curate'),
    };
  }
}
