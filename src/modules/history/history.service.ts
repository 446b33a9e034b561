import { Injectable } from '@nestjs/common';
import { Viewer } from '../../core/auth/viewer';
import { DbService } from '../../core/database/db.service';
import { badInput, notFound } from '../../core/errors/app-error';
import { can, requireCapability } from '../../core/policy/capabilities';
import { parseId, requireId } from '../../core/validation/normalize';
import { Answer } from '../answers/answer.model';
import { AnswersService } from '../answers/answers.service';
import { AuditService } from '../audit/audit.service';
import { CaseDetailsInput } from '../posts/dto/post.inputs';
import { Post } from '../posts/post.model';
import { PostsService } from '../posts/posts.service';
import { userFromColumns } from '../users/user-columns';
import { AnswerRevision, PostRevision } from './history.model';
import { AnswerRevisionRow, HistoryRepository, PostRevisionRow } from './history.repository';

/**
 * Revisions listed per post or answer, newest first: 5 unless `first` asks for more (the
 * history view asks for 50, the most), so a post page that reads every answer's revisions
 * stays cheap; the query cost charges `first` (or 5) per post and answer.
 */
export const HISTORY_LIMITS = { defaultRevisions: 5, maxRevisions: 50 } as const;
export const ANONYMOUS_ASKER = '匿名の質問者';

interface Thread {
  anonymous: boolean;
  askerId: number;
}

/**
 * 編集履歴 (#13): the revisions the posts and answers modules append on every edit, as the
 * viewer may see them, and the DX office's rollback. A rollback is an edit: it goes through
 * the same update (new revision, `post.updated` / `answer.updated`, search follows) and adds
 * an audit row and the rollback mark in the same transaction; no revision is ever changed.
 */
@Injectable()
export class HistoryService {
  constructor(
    private readonly db: DbService,
    private readonly repo: HistoryRepository,
    private readonly posts: PostsService,
    private readonly answers: AnswersService,
    private readonly audit: AuditService,
  ) {}

  private limit(first: number | null | undefined): number {
    if (first === null || first === undefined) return HISTORY_LIMITS.defaultRevisions;
    if (!Number.isInteger(first) || first < 0 || first > HISTORY_LIMITS.maxRevisions)
      throw badInput(`first は0〜${HISTORY_LIMITS.maxRevisions}で指定してください。`, 'first');
    return first;
  }

  /**
   * The editor as the viewer may see them: in an anonymous question's thread the asker's own
   * edits are 「匿名の質問者」 to everyone but the asker (moderators included, as on the post).
   */
  private editor(viewer: Viewer | null, thread: Thread, r: PostRevisionRow | AnswerRevisionRow) {
    const byAnonymousAsker = thread.anonymous && r.editor_id === thread.askerId;
    const visible = !byAnonymousAsker || viewer?.id === r.editor_id;
    const editor = visible ? userFromColumns(r.editor_id, r) : null;
    return { editor, editorLabel: editor ? editor.displayName : ANONYMOUS_ASKER, byAnonymousAsker };
  }

  /** A post's revisions; none when its content is withheld from the viewer (hidden by moderation). */
  postRevisions(viewer: Viewer | null, post: Post, first: number | null | undefined): PostRevision[] {
    const limit = this.limit(first);
    if (post.contentWithheld || limit === 0) return [];
    const thread = { anonymous: post.anonymous, askerId: post.authorId };
    return this.repo.postRevisions(Number(post.id), limit).map((r) => ({
      id: String(r.id),
      number: r.revision,
      editedAt: r.created_at,
      ...this.editor(viewer, thread, r),
      title: r.title,
      body: r.body,
      restoredFrom: r.restored_revision,
    }));
  }

  /** An answer's revisions; none when it is hidden and the viewer is neither its author nor a moderator. */
  answerRevisions(viewer: Viewer | null, answer: Answer, first: number | null | undefined): AnswerRevision[] {
    const limit = this.limit(first);
    const withheld = answer.hidden && viewer?.id !== answer.authorId && !can(viewer, 'moderation.resolve');
    if (withheld || limit === 0) return [];
    const row = this.answers.row(Number(answer.id));
    if (!row) return [];
    const thread = { anonymous: row.post_anonymous === 1, askerId: row.post_author_id };
    return this.repo.answerRevisions(row.id, limit).map((r) => ({
      id: String(r.id),
      number: r.revision,
      editedAt: r.created_at,
      ...this.editor(viewer, thread, r),
      title: null,
      body: r.body,
      restoredFrom: r.restored_revision,
    }));
  }

  postRevisionCounts(postIds: readonly number[]): number[] {
    const m = this.repo.postRevisionCounts(postIds);
    return postIds.map((id) => m.get(id) ?? 0);
  }

  answerRevisionCounts(answerIds: readonly number[]): number[] {
    const m = this.repo.answerRevisionCounts(answerIds);
    return answerIds.map((id) => m.get(id) ?? 0);
  }

  /** Restores an older revision of a post (title, body, case details; the tags stay as they are now) as a new revision. */
  rollbackPost(viewer: Viewer, postIdRaw: string, revisionIdRaw: string, at: Date = new Date()): Post {
    requireCapability(viewer, 'content.rollback');
    const postId = requireId(postIdRaw, 'postId', '投稿');
    const post = this.posts.row(postId);
    if (!post) throw notFound('投稿');
    const revisionId = parseId(revisionIdRaw);
    const rev = revisionId ? this.repo.postRevision(revisionId) : undefined;
    if (!rev || rev.post_id !== post.id) throw notFound('版');
    const caseDetails = rev.case_details ? (JSON.parse(rev.case_details) as CaseDetailsInput) : null;
    const sameCase =
      !caseDetails ||
      (caseDetails.problem === post.case_problem &&
        caseDetails.solution === post.case_solution &&
        caseDetails.effect === post.case_effect &&
        (caseDetails.hoursSavedPerYear ?? null) === post.case_hours_saved &&
        JSON.stringify(caseDetails.tools ?? []) === (post.case_tools ?? '[]'));
    if (rev.title === post.title && rev.body === post.body && sameCase) throw badInput('この版は現在の内容と同じです。', 'revisionId');
    this.db.tx(() => {
      // Restored text was posted before: the personal-information warning is not asked again of the DX office.
      this.posts.update(viewer, { id: String(post.id), title: rev.title, body: rev.body, ...(caseDetails ? { caseDetails } : {}), acknowledgeWarnings: true });
      const revision = this.repo.latestRevision('POST', post.id);
      this.repo.insertRollback({
        target_type: 'POST',
        target_id: post.id,
        revision,
        restored_revision: rev.revision,
        by_id: viewer.id,
        created_at: at.toISOString(),
      });
      this.audit.record(
        viewer.id,
        'POST_ROLLED_BACK',
        'POST',
        post.id,
        { restoredRevision: rev.revision, revision },
        { before: { revision: post.revision }, after: { revision } },
      );
    });
    return this.posts.getVisible(viewer, post.id)!;
  }

  /** Restores an older revision of an answer as a new revision. */
  rollbackAnswer(viewer: Viewer, answerIdRaw: string, revisionIdRaw: string, at: Date = new Date()): Answer {
    requireCapability(viewer, 'content.rollback');
    const answerId = requireId(answerIdRaw, 'answerId', '回答');
    const answer = this.answers.row(answerId);
    if (!answer) throw notFound('回答');
    const revisionId = parseId(revisionIdRaw);
    const rev = revisionId ? this.repo.answerRevision(revisionId) : undefined;
    if (!rev || rev.answer_id !== answer.id) throw notFound('版');
    if (rev.body === answer.body) throw badInput('この版は現在の内容と同じです。', 'revisionId');
    return this.db.tx(() => {
      const updated = this.answers.update(viewer, { id: String(answer.id), body: rev.body, acknowledgeWarnings: true }, at);
      const revision = this.repo.latestRevision('ANSWER', answer.id);
      this.repo.insertRollback({
        target_type: 'ANSWER',
        target_id: answer.id,
        revision,
        restored_revision: rev.revision,
        by_id: viewer.id,
        created_at: at.toISOString(),
      });
      this.audit.record(viewer.id, 'ANSWER_ROLLED_BACK', 'ANSWER', answer.id, { postId: answer.post_id, restoredRevision: rev.revision, revision });
      return updated;
    });
  }
}
