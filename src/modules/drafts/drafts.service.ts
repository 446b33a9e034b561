import { Injectable } from '@nestjs/common';
import { Viewer } from '../../core/auth/viewer';
import { DbService } from '../../core/database/db.service';
import { badInput, notFound } from '../../core/errors/app-error';
import { LIMITS } from '../../core/validation/limits';
import { parseId } from '../../core/validation/normalize';
import { Draft, DraftCaseDetails, DraftInput, DraftKind } from './drafts.model';
import { DraftRow, DraftsRepository } from './drafts.repository';

/** Drafts kept per person; the oldest must be published or discarded before more are saved. */
export const DRAFTS_PER_PERSON = 50;

const chars = (s: string) => [...s].length;

function checkLength(value: string, label: string, max: number, field: string): string {
  if (chars(value) > max) throw badInput(`${label}は${max}文字以内で入力してください。`, field);
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(value)) throw badInput(`${label}に使えない制御文字が含まれています。`, field);
  return value;
}

/**
 * Drafts (#13): a post or answer being written, saved as one types (the SPA autosaves), kept on
 * the server so that it survives a reload or another browser. A draft is private to its owner:
 * every read and write is by the viewer's own id, moderators included, so someone else's draft
 * is simply NOT_FOUND. Saving checks only sizes (a draft may be incomplete) and never runs the
 * personal-information guard (nobody else reads it); publishing does both, and deletes the draft
 * in the publishing transaction (`discardPublished`).
 */
@Injectable()
export class DraftsService {
  constructor(
    private readonly db: DbService,
    private readonly repo: DraftsRepository,
  ) {}

  private toDraft(r: DraftRow): Draft {
    const c = r.case_details ? (JSON.parse(r.case_details) as DraftCaseDetails) : null;
    return {
      id: String(r.id),
      kind: r.kind as DraftKind,
      title: r.title,
      body: r.body,
      tags: JSON.parse(r.tags) as string[],
      postId: r.post_id ? String(r.post_id) : null,
      postTitle: r.post_title,
      postKind: (r.post_kind as DraftKind | null) ?? null,
      caseDetails: c,
      anonymous: !!r.anonymous,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    };
  }

  list(viewer: Viewer): Draft[] {
    return this.repo.list(viewer.id, DRAFTS_PER_PERSON).map((r) => this.toDraft(r));
  }

  /** One of the viewer's drafts by id, or the viewer's answer draft for a question (null when none). */
  find(viewer: Viewer, idRaw: string | null | undefined, postIdRaw: string | null | undefined): Draft | null {
    if (idRaw) {
      const id = parseId(idRaw);
      const r = id ? this.repo.find(viewer.id, id) : undefined;
      return r ? this.toDraft(r) : null;
    }
    if (postIdRaw) {
      const postId = parseId(postIdRaw);
      const r = postId ? this.repo.findAnswerDraft(viewer.id, postId) : undefined;
      return r ? this.toDraft(r) : null;
    }
    throw badInput('id か postId を指定してください。', 'id');
  }

  save(viewer: Viewer, input: DraftInput, at = new Date()): Draft {
    const title = checkLength(input.title ?? '', 'タイトル', LIMITS.title, 'title');
    const body = checkLength(input.body ?? '', '本文', input.kind === DraftKind.ANSWER ? LIMITS.answer : LIMITS.body, 'body');
    const tags = [...new Set((input.tags ?? []).map((t) => t.normalize('NFKC').trim()).filter((t) => t !== ''))];
    if (tags.length > LIMITS.tagsPerPost) throw badInput(`タグは${LIMITS.tagsPerPost}個までです。`, 'tags');
    let postId: number | null = null;
    if (input.kind === DraftKind.ANSWER) {
      postId = parseId(input.postId);
      if (!postId || !this.repo.answerablePost(postId)) throw notFound('投稿');
    } else if (input.postId) {
      throw badInput('postId は回答の下書きにだけ指定できます。', 'postId');
    }
    const c = input.kind === DraftKind.CASE && input.caseDetails ? input.caseDetails : null;
    const caseDetails: DraftCaseDetails | null = c
      ? {
          problem: checkLength(c.problem ?? '', '課題', LIMITS.caseField, 'caseDetails.problem'),
          solution: checkLength(c.solution ?? '', '取組内容', LIMITS.caseField, 'caseDetails.solution'),
          effect: checkLength(c.effect ?? '', '効果', LIMITS.caseField, 'caseDetails.effect'),
          hoursSavedPerYear: typeof c.hoursSavedPerYear === 'number' && Number.isFinite(c.hoursSavedPerYear) ? c.hoursSavedPerYear : null,
          tools: (c.tools ?? []).map((t) => t.trim()).filter(Boolean),
        }
      : null;
    const empty = !title.trim() && !body.trim() && !(caseDetails && (caseDetails.problem.trim() || caseDetails.solution.trim() || caseDetails.effect.trim()));
    if (empty) throw badInput('下書きの内容が空です。', 'body');
    const fields = {
      kind: input.kind,
      post_id: postId,
      title,
      body,
      tags: JSON.stringify(tags),
      case_details: caseDetails ? JSON.stringify(caseDetails) : null,
      anonymous: input.kind === DraftKind.QUESTION && input.anonymous ? 1 : 0,
      updated_at: at.toISOString(),
    };
    const id = this.db.tx(() => {
      // An id that is not the viewer's draft is NOT_FOUND, as if it did not exist.
      const existing = input.id
        ? this.repo.find(viewer.id, parseId(input.id) ?? 0)
        : postId !== null
          ? this.repo.findAnswerDraft(viewer.id, postId)
          : undefined;
      if (input.id && !existing) throw notFound('下書き');
      if (existing) {
        if ((existing.kind === DraftKind.ANSWER) !== (input.kind === DraftKind.ANSWER))
          throw badInput('回答の下書きと投稿の下書きは切り替えられません。', 'kind');
        this.repo.update(existing.id, fields);
        return existing.id;
      }
      if (this.repo.count(viewer.id) >= DRAFTS_PER_PERSON) {
        throw badInput(`下書きは${DRAFTS_PER_PERSON}件までです。使わない下書きを「下書き」一覧から削除してください。`, 'id');
      }
      return this.repo.insert({ owner_id: viewer.id, ...fields, created_at: fields.updated_at });
    });
    return this.toDraft(this.repo.find(viewer.id, id)!);
  }

  discard(viewer: Viewer, idRaw: string): boolean {
    const id = parseId(idRaw);
    const removed = id ? this.db.tx(() => this.repo.remove(viewer.id, id)) : false;
    if (!removed) throw notFound('下書き');
    return true;
  }

  /**
   * Inside the publishing transaction: the draft the post was written from, or the author's
   * answer drafts on the question, are gone once published. Someone else's draft id is ignored.
   */
  discardPublished(ownerId: number, published: { draftId?: string | null; answeredPostId?: number }): void {
    const id = parseId(published.draftId);
    if (id) this.repo.remove(ownerId, id);
    if (published.answeredPostId) this.repo.removeAnswerDrafts(ownerId, published.answeredPostId);
  }
}
