import { Injectable } from '@nestjs/common';
import { Viewer } from '../../core/auth/viewer';
import { DbService } from '../../core/database/db.service';
import { badInput, forbidden, notFound } from '../../core/errors/app-error';
import { DomainEvents } from '../../core/events/domain-events.service';
import { can, requireCapability } from '../../core/policy/capabilities';
import { fiscalYearLabel, jstDate, jstDayStartIso } from '../../core/time/jst';
import { parseId, requireId, requireJstDate, requireSingleLine, requireText } from '../../core/validation/normalize';
import { AuditService } from '../audit/audit.service';
import { PostKind } from '../posts/content.enums';
import { Post } from '../posts/post.model';
import { PostsService } from '../posts/posts.service';
import { UsersService } from '../users/users.service';
import {
  Adoption,
  AdoptionInput,
  AdoptionStatus,
  Collection,
  COLLECTION_LIMITS,
  CollectionInput,
  CollectionRef,
  ImpactCase,
  ImpactDepartment,
  ImpactSummary,
} from './practices.model';
import { AdoptionRow, CollectionRow, CuratedPost, PracticesRepository } from './practices.repository';

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Optional multi-line text: blank → ''. */
const optionalText = (v: string | null | undefined, label: string, max: number, field: string) =>
  (v ?? '').trim() === '' ? '' : requireText(v, label, max, field);

/**
 * The DX office's best practices (優良事例), collections (まとめ) and roll-out (横展開):
 * featuring a post credits its author (POST_FEATURED), another department's adoption that is
 * 導入中 or 導入済み credits the case's author (CASE_ADOPTED) — both through the domain events
 * and the ledger, in the same transaction. Curation acts are audited; an adoption is a
 * contribution with its own append-only history (adoption_event).
 */
@Injectable()
export class PracticesService {
  constructor(
    private readonly db: DbService,
    private readonly repo: PracticesRepository,
    private readonly posts: PostsService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
  ) {}

  private livePost(raw: string | number, field = 'postId'): CuratedPost {
    const id = typeof raw === 'number' ? raw : requireId(raw, field, '投稿');
    const p = this.repo.livePost(id);
    if (!p) throw notFound('投稿');
    return p;
  }

  private post(viewer: Viewer, id: number): Post {
    return this.posts.getVisible(viewer, id)!;
  }

  // ---- 優良事例 ----------------------------------------------------------------------------

  featurePost(viewer: Viewer, postIdRaw: string, noteRaw: string | null | undefined, now = new Date()): Post {
    requireCapability(viewer, 'practices.curate');
    const p = this.livePost(postIdRaw);
    const note = optionalText(noteRaw, '優良事例のひとこと', COLLECTION_LIMITS.featuredNote, 'note') || null;
    const at = now.toISOString();
    this.db.tx(() => {
      if (p.featured_at) {
        // Already featured: only the note changes (no second fact).
        this.repo.setFeaturedNote(p.id, note);
        this.audit.record(viewer.id, 'POST_FEATURED', 'POST', p.id, { noteChanged: true }, { before: { note: p.featured_note }, after: { note } });
        return;
      }
      this.repo.setFeatured(p.id, at, note, viewer.id);
      this.audit.record(viewer.id, 'POST_FEATURED', 'POST', p.id, undefined, { after: { featured: true, note } });
      this.events.emit('post.featured', { postId: p.id, authorId: p.author_id, byId: viewer.id, at });
    });
    return this.post(viewer, p.id);
  }

  unfeaturePost(viewer: Viewer, postIdRaw: string, now = new Date()): Post {
    requireCapability(viewer, 'practices.curate');
    const p = this.livePost(postIdRaw);
    if (p.featured_at) {
      const at = now.toISOString();
      this.db.tx(() => {
        this.repo.clearFeatured(p.id);
        this.audit.record(viewer.id, 'POST_UNFEATURED', 'POST', p.id, undefined, { before: { featured: true, note: p.featured_note } });
        this.events.emit('post.unfeatured', { postId: p.id, authorId: p.author_id, byId: viewer.id, at });
      });
    }
    return this.post(viewer, p.id);
  }

  // ---- まとめ -----------------------------------------------------------------------------

  private toCollection(viewer: Viewer, r: CollectionRow, postIds: number[]): Collection {
    return {
      id: String(r.id),
      title: r.title,
      description: r.description,
      postCount: postIds.length,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      viewerCanEdit: can(viewer, 'practices.curate'),
      postIds,
    };
  }

  collections(viewer: Viewer): Collection[] {
    const rows = this.repo.collections();
    const ids = this.repo.collectionPostIds(rows.map((r) => r.id));
    return rows.map((r) => this.toCollection(viewer, r, ids.get(r.id) ?? []));
  }

  collection(viewer: Viewer, idRaw: string): Collection | null {
    const id = parseId(idRaw);
    const r = id ? this.repo.collection(id) : undefined;
    return r ? this.toCollection(viewer, r, this.repo.collectionPostIds([r.id]).get(r.id) ?? []) : null;
  }

  private requireCollection(idRaw: string): CollectionRow {
    const r = this.repo.collection(requireId(idRaw, 'collectionId', 'まとめ'));
    if (!r) throw notFound('まとめ');
    return r;
  }

  private fields(input: CollectionInput) {
    return {
      title: requireSingleLine(input.title, 'まとめの題名', COLLECTION_LIMITS.title, 'title'),
      description: optionalText(input.description, 'まとめの説明', COLLECTION_LIMITS.description, 'description'),
    };
  }

  createCollection(viewer: Viewer, input: CollectionInput, now = new Date()): Collection {
    requireCapability(viewer, 'practices.curate');
    const f = this.fields(input);
    const id = this.db.tx(() => {
      const id = this.repo.insertCollection({ ...f, created_by_id: viewer.id, created_at: now.toISOString() });
      this.audit.record(viewer.id, 'COLLECTION_CREATED', 'COLLECTION', id, undefined, { after: f });
      return id;
    });
    return this.collection(viewer, String(id))!;
  }

  updateCollection(viewer: Viewer, idRaw: string, input: CollectionInput, now = new Date()): Collection {
    requireCapability(viewer, 'practices.curate');
    const c = this.requireCollection(idRaw);
    const f = this.fields(input);
    this.db.tx(() => {
      this.repo.updateCollection(c.id, f.title, f.description, now.toISOString());
      this.audit.record(viewer.id, 'COLLECTION_UPDATED', 'COLLECTION', c.id, undefined, { before: { title: c.title, description: c.description }, after: f });
    });
    return this.collection(viewer, String(c.id))!;
  }

  deleteCollection(viewer: Viewer, idRaw: string, now = new Date()): boolean {
    requireCapability(viewer, 'practices.curate');
    const c = this.requireCollection(idRaw);
    this.db.tx(() => {
      this.repo.deleteCollection(c.id, now.toISOString());
      this.audit.record(viewer.id, 'COLLECTION_DELETED', 'COLLECTION', c.id, { title: c.title });
    });
    return true;
  }

  private changePosts(viewer: Viewer, c: CollectionRow, change: (ids: number[]) => number[], now: Date): Collection {
    this.db.tx(() => {
      const before = this.repo.allCollectionPostIds(c.id);
      const after = change([...before]);
      if (after.length > COLLECTION_LIMITS.posts) throw badInput(`まとめに入れられる投稿は${COLLECTION_LIMITS.posts}件までです。`, 'postId');
      const at = now.toISOString();
      this.repo.setCollectionPosts(c.id, after, viewer.id, at);
      this.repo.touchCollection(c.id, at);
      this.audit.record(viewer.id, 'COLLECTION_POSTS_CHANGED', 'COLLECTION', c.id, { title: c.title }, { before: { posts: before }, after: { posts: after } });
    });
    return this.collection(viewer, String(c.id))!;
  }

  /** Adds a post at a position (1-based; default: the end), or moves it there if it is already in. */
  addToCollection(viewer: Viewer, collectionIdRaw: string, postIdRaw: string, position: number | null | undefined, now = new Date()): Collection {
    requireCapability(viewer, 'practices.curate');
    const c = this.requireCollection(collectionIdRaw);
    const p = this.livePost(postIdRaw);
    if (position !== null && position !== undefined && (!Number.isInteger(position) || position < 1)) {
      throw badInput('位置は1以上の整数で指定してください。', 'position');
    }
    return this.changePosts(
      viewer,
      c,
      (ids) => {
        const rest = ids.filter((id) => id !== p.id);
        const at = Math.min(position ? position - 1 : rest.length, rest.length);
        rest.splice(at, 0, p.id);
        return rest;
      },
      now,
    );
  }

  removeFromCollection(viewer: Viewer, collectionIdRaw: string, postIdRaw: string, now = new Date()): Collection {
    requireCapability(viewer, 'practices.curate');
    const c = this.requireCollection(collectionIdRaw);
    const postId = requireId(postIdRaw, 'postId', '投稿');
    return this.changePosts(viewer, c, (ids) => ids.filter((id) => id !== postId), now);
  }

  collectionsOfPosts(postIds: readonly number[]): CollectionRef[][] {
    const rows = this.repo.collectionsOfPosts(postIds);
    return postIds.map((id) => rows.filter((r) => r.post_id === id).map((r) => ({ id: String(r.id), title: r.title })));
  }

  // ---- 横展開 ------------------------------------------------------------------------------

  /** Departments the viewer may record adoptions for: their current department and the ones above it. */
  private ownDepartments(viewer: Viewer): Set<number> {
    const out = new Set<number>();
    for (let d = this.users.currentDepartment(viewer.id); d; d = d.parentId ? this.users.department(Number(d.parentId)) : null) out.add(Number(d.id));
    return out;
  }

  private toAdoption(viewer: Viewer | null, r: AdoptionRow): Adoption {
    return {
      id: String(r.id),
      department: this.users.department(r.department_id)!,
      status: r.status as AdoptionStatus,
      adoptedOn: r.adopted_on,
      hoursSavedPerYear: r.hours_saved_per_year,
      note: r.note,
      recordedBy: this.users.findById(r.recorded_by_id),
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      viewerCanEdit: !!viewer && (can(viewer, 'adoption.recordAny') || this.ownDepartments(viewer).has(r.department_id)),
      postId: r.post_id,
      followUpPostId: r.follow_up_post_id,
    };
  }

  adoptionsOfPosts(viewer: Viewer | null, postIds: readonly number[]): Adoption[][] {
    const rows = this.repo.adoptionsOfPosts(postIds);
    return postIds.map((id) => rows.filter((r) => r.post_id === id).map((r) => this.toAdoption(viewer, r)));
  }

  /** Can the viewer record an adoption of this post (a case of another department)? */
  viewerCanRecordAdoption(viewer: Viewer | null, post: Post): boolean {
    if (!viewer || post.kind !== PostKind.CASE || post.hidden) return false;
    if (can(viewer, 'adoption.recordAny')) return true;
    const mine = this.users.currentDepartment(viewer.id);
    return !!mine && Number(mine.id) !== post.departmentId && viewer.id !== post.authorId;
  }

  recordAdoption(viewer: Viewer, input: AdoptionInput, now = new Date()): Adoption {
    const p = this.livePost(input.postId);
    if (p.kind !== PostKind.CASE) throw badInput('導入を記録できるのは事例だけです。', 'postId');
    let departmentId: number;
    if (input.departmentId) {
      departmentId = requireId(input.departmentId, 'departmentId', '部署');
      const d = this.users.department(departmentId);
      if (!d) throw notFound('部署');
      if (d.retired) throw badInput('廃止された部署には記録できません。', 'departmentId');
      if (!can(viewer, 'adoption.recordAny') && !this.ownDepartments(viewer).has(departmentId)) throw forbidden('自分の部署の導入状況だけを記録できます。');
    } else {
      const d = this.users.currentDepartment(viewer.id);
      if (!d) throw badInput('所属部署がないため記録できません。部署を指定してください。', 'departmentId');
      departmentId = Number(d.id);
    }
    if (departmentId === p.department_id) throw badInput('事例を投稿した部署自身の導入は記録できません（横展開はほかの部署への広がりです）。', 'departmentId');
    const today = jstDate(now);
    let adoptedOn = input.adoptedOn ? requireJstDate(input.adoptedOn, 'adoptedOn') : null;
    if (input.status === AdoptionStatus.ADOPTED) {
      adoptedOn ??= today;
      if (adoptedOn > today) throw badInput('導入日に未来の日付は指定できません。導入前は「導入中」にしてください。', 'adoptedOn');
    }
    const hours = input.hoursSavedPerYear ?? null;
    if (hours !== null && (!Number.isFinite(hours) || hours < 0 || hours > COLLECTION_LIMITS.hours)) {
      throw badInput('年間削減時間は0〜100,000の数値で入力してください。', 'hoursSavedPerYear');
    }
    const note = optionalText(input.note, 'メモ', COLLECTION_LIMITS.adoptionNote, 'note');
    let followUp: number | null = null;
    if (input.followUpPostId) {
      const f = this.livePost(input.followUpPostId, 'followUpPostId');
      if (f.kind !== PostKind.CASE || f.id === p.id) throw badInput('続きの事例には、この事例以外の事例を指定してください。', 'followUpPostId');
      followUp = f.id;
    }
    const at = now.toISOString();
    const state = { status: input.status, adopted_on: adoptedOn, hours_saved_per_year: hours !== null ? round1(hours) : null, note };
    const id = this.db.tx(() => {
      const existing = this.repo.adoptionFor(p.id, departmentId);
      let id: number;
      if (existing) {
        id = existing.id;
        this.repo.updateAdoption(id, { ...state, follow_up_post_id: followUp ?? existing.follow_up_post_id, recorded_by_id: viewer.id, updated_at: at });
      } else {
        id = this.repo.insertAdoption({
          ...state,
          post_id: p.id,
          department_id: departmentId,
          follow_up_post_id: followUp,
          recorded_by_id: viewer.id,
          created_at: at,
          updated_at: at,
        });
      }
      this.repo.insertAdoptionEvent(id, state, viewer.id, at);
      this.events.emit('adoption.recorded', {
        adoptionId: id,
        postId: p.id,
        caseAuthorId: p.author_id,
        departmentId,
        status: input.status,
        previousStatus: (existing?.status as AdoptionStatus | undefined) ?? null,
        byId: viewer.id,
        at,
      });
      return id;
    });
    return this.toAdoption(viewer, this.repo.adoption(id)!);
  }

  // ---- 効果 -------------------------------------------------------------------------------

  private hoursOf(fy: number) {
    const cases = this.repo.caseHours(jstDayStartIso(`${fy}-04-01`)!, jstDayStartIso(`${fy + 1}-04-01`)!);
    const adoptions = this.repo.adoptedHours(`${fy}-04-01`, `${fy + 1}-04-01`);
    return { cases, adoptions, total: round1(cases.reduce((n, c) => n + c.hours, 0) + adoptions.reduce((n, a) => n + a.hours, 0)) };
  }

  /**
   * Hours saved per year for a 年度: cases posted in it (their own figure) plus adoptions that
   * became 導入済み in it (the adopting department's figure), per department at the time (the
   * case's department when posted, the adopting department), with the cases behind the number.
   * An anonymous case names no department.
   */
  impactSummary(viewer: Viewer, fy: number): ImpactSummary {
    if (!Number.isInteger(fy) || fy < 2000 || fy > 2100) throw badInput('年度が正しくありません。', 'fiscalYear');
    const { cases, adoptions, total } = this.hoursOf(fy);
    const byDep = new Map<number | null, { hours: number; cases: number; adoptions: number }>();
    const dep = (id: number | null) => {
      const e = byDep.get(id) ?? { hours: 0, cases: 0, adoptions: 0 };
      byDep.set(id, e);
      return e;
    };
    const perCase = new Map<number, { caseHours: number; adoptionHours: number; adoptions: number }>();
    const one = (id: number) => {
      const e = perCase.get(id) ?? { caseHours: 0, adoptionHours: 0, adoptions: 0 };
      perCase.set(id, e);
      return e;
    };
    for (const c of cases) {
      const e = dep(c.anonymous ? null : c.department_id);
      e.hours += c.hours;
      e.cases += 1;
      one(c.post_id).caseHours += c.hours;
    }
    for (const a of adoptions) {
      const e = dep(a.department_id);
      e.hours += a.hours;
      e.adoptions += 1;
      const o = one(a.post_id);
      o.adoptionHours += a.hours;
      o.adoptions += 1;
    }
    const byDepartment: ImpactDepartment[] = [...byDep.entries()]
      .map(([id, e]) => {
        const d = id === null ? null : this.users.department(id);
        return { department: d, label: d ? d.path : '部署非公開（匿名の事例）', hoursSaved: round1(e.hours), cases: e.cases, adoptions: e.adoptions };
      })
      .sort((a, b) => b.hoursSaved - a.hoursSaved || a.label.localeCompare(b.label, 'ja'));
    const top = [...perCase.entries()]
      .map(([id, e]) => ({ id, ...e, total: e.caseHours + e.adoptionHours }))
      .sort((a, b) => b.total - a.total || a.id - b.id)
      .slice(0, 100);
    const posts = this.posts.byIds(
      viewer,
      top.map((t) => t.id),
    );
    const caseList: ImpactCase[] = top
      .map((t, i) => ({
        post: posts[i]!,
        hoursSaved: round1(t.total),
        caseHoursSaved: round1(t.caseHours),
        adoptionHoursSaved: round1(t.adoptionHours),
        adoptions: t.adoptions,
      }))
      .filter((c) => c.post);
    return {
      fiscalYear: fy,
      fiscalYearLabel: fiscalYearLabel(fy),
      totalHoursSaved: total,
      caseHoursSaved: round1(cases.reduce((n, c) => n + c.hours, 0)),
      adoptionHoursSaved: round1(adoptions.reduce((n, a) => n + a.hours, 0)),
      previousTotalHoursSaved: this.hoursOf(fy - 1).total,
      adoptionCount: adoptions.length,
      adoptingDepartments: new Set(adoptions.map((a) => a.department_id)).size,
      byDepartment,
      cases: caseList,
    };
  }
}
