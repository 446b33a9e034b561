import { forbidden } from '../errors/app-error';
import { can, DENIED } from './capabilities';
import type { Viewer } from '../auth/viewer';

/**
 * Object capabilities: decided by the role's global capabilities plus facts about one object
 * (is the viewer its author? has it been answered or accepted? does the viewer manage the
 * person?). One function per object type, taking plain data, returns `null` when allowed or
 * the Japanese FORBIDDEN message when not. The services enforce with `require…` and compute
 * every `viewerCan…` flag with `…Can`, so a button is shown exactly when the call succeeds.
 *
 * A flag may add conditions about the object's state that are not permissions (a question
 * with no answers has nothing to accept); the services check those first, with their own
 * BAD_USER_INPUT errors.
 */

export type PostCapability = 'post.edit' | 'post.delete' | 'answer.accept';
export type AnswerCapability = 'answer.edit' | 'answer.delete';
export type CommentCapability = 'comment.delete';
export type PersonCapability = 'user.viewPersonalRecord' | 'user.viewEmail';
/** Give or withdraw a stamp on a post, an answer or a comment. */
export type StampTargetCapability = 'content.react';
/** Set an idea's status (提案 → 検討中 → 採用 / 見送り). */
export type IdeaCapability = 'idea.setStatus';
/** Download or view an uploaded file (`GET /uploads/:id`). */
export type AttachmentCapability = 'attachment.view';
export type ObjectCapability =
  PostCapability | AnswerCapability | CommentCapability | PersonCapability | StampTargetCapability | IdeaCapability | AttachmentCapability;

export interface PostFacts {
  authorId: number;
  answerCount: number;
}

export interface AnswerFacts {
  authorId: number;
  accepted: boolean;
}

export interface CommentFacts {
  authorId: number;
}

export interface StampTargetFacts {
  authorId: number;
}

export interface IdeaFacts {
  /** Does the viewer manage the idea's owning department (the author's department when it was posted, or one above it)? Asked only when it matters. */
  managedByViewer: () => boolean;
}

export interface PersonFacts {
  id: number;
  /** Is the person currently in a department the viewer manages (or below it)? Asked only when it matters. */
  inViewersTeam: () => boolean;
}

const EDIT_POST = 'この投稿を編集する権限がありません。';
const EDIT_ANSWER = 'この回答を変更する権限がありません。';

export function postDenial(viewer: Viewer | null | undefined, post: PostFacts, capability: PostCapability): string | null {
  if (!viewer) return DENIED;
  const author = viewer.id === post.authorId;
  const moderator = can(viewer, 'content.moderate');
  switch (capability) {
    case 'post.edit':
      return author || moderator ? null : EDIT_POST;
    case 'post.delete':
      // Answers are other people's work: once answered, only moderators delete.
      if (!author && !moderator) return EDIT_POST;
      if (!moderator && post.answerCount > 0) return '回答が付いた投稿は削除できません。取り下げたい場合はDX推進課に依頼してください。';
      return null;
    case 'answer.accept':
      return author || can(viewer, 'answer.acceptAny') ? null : 'ベストアンサーを選べるのは質問者とDX推進課だけです。';
  }
}

export function answerDenial(viewer: Viewer | null | undefined, answer: AnswerFacts, capability: AnswerCapability): string | null {
  if (!viewer) return DENIED;
  const author = viewer.id === answer.authorId;
  const moderator = can(viewer, 'content.moderate');
  switch (capability) {
    case 'answer.edit':
      return author || moderator ? null : EDIT_ANSWER;
    case 'answer.delete':
      // The asker relies on the accepted answer: its author must have it unaccepted first.
      if (!author && !moderator) return EDIT_ANSWER;
      if (!moderator && answer.accepted) return 'ベストアンサーに選ばれた回答は削除できません。質問者に取り消してもらうか、DX推進課に依頼してください。';
      return null;
  }
}

export function commentDenial(viewer: Viewer | null | undefined, comment: CommentFacts, capability: CommentCapability): string | null {
  if (!viewer) return DENIED;
  switch (capability) {
    case 'comment.delete':
      return viewer.id === comment.authorId || can(viewer, 'content.moderate') ? null : 'このコメントを削除する権限がありません。';
  }
}

/** Stamps are for other people's contributions, whatever the role. */
export function stampTargetDenial(viewer: Viewer | null | undefined, target: StampTargetFacts, capability: StampTargetCapability): string | null {
  if (!viewer) return DENIED;
  switch (capability) {
    case 'content.react':
      return viewer.id === target.authorId ? '自分の投稿にはスタンプを押せません。' : null;
  }
}

/**
 * Personal data (contact details, the full skill record, the certification notes): the
 * person, whoever sees all records (DX office, admins), and managers of a department the
 * person currently belongs to.
 */
export function personDenial(viewer: Viewer | null | undefined, person: PersonFacts, capability: PersonCapability): string | null {
  if (!viewer) return DENIED;
  if (viewer.id === person.id || can(viewer, 'records.viewAll')) return null;
  if (can(viewer, 'team.view') && person.inViewersTeam()) return null;
  switch (capability) {
    case 'user.viewPersonalRecord':
      return 'このスキル記録を見る権限がありません（本人・所属の管理職・DX推進課・管理者のみ）。';
    case 'user.viewEmail':
      return 'この職員のメールアドレスを見る権限がありません。';
  }
}

/** The DX office decides on any idea; a manager on the ideas of the departments they manage (the author's department at posting time). */
export function ideaDenial(viewer: Viewer | null | undefined, idea: IdeaFacts, capability: IdeaCapability): string | null {
  if (!viewer) return DENIED;
  switch (capability) {
    case 'idea.setStatus':
      return can(viewer, 'idea.setStatusAny') || (can(viewer, 'team.view') && idea.managedByViewer())
        ? null
        : 'アイデアの状況を変更できるのはDX推進課と、投稿した部署の管理職だけです。';
  }
}

export const postCan = (viewer: Viewer | null | undefined, post: PostFacts, capability: PostCapability) => postDenial(viewer, post, capability) === null;
export const answerCan = (viewer: Viewer | null | undefined, answer: AnswerFacts, capability: AnswerCapability) =>
  answerDenial(viewer, answer, capability) === null;
export const commentCan = (viewer: Viewer | null | undefined, comment: CommentFacts, capability: CommentCapability) =>
  commentDenial(viewer, comment, capability) === null;
export const stampTargetCan = (viewer: Viewer | null | undefined, target: StampTargetFacts, capability: StampTargetCapability) =>
  stampTargetDenial(viewer, target, capability) === null;
export const ideaCan = (viewer: Viewer | null | undefined, idea: IdeaFacts, capability: IdeaCapability) => ideaDenial(viewer, idea, capability) === null;
export interface AttachmentFacts {
  uploaderId: number;
  /** Some post, answer, comment or profile references it. */
  referenced: boolean;
  /** Some of what references it is live (not deleted or hidden, on a live post). */
  visible: boolean;
}

/**
 * Access follows the content: a file is served to everyone signed in while live content (or a
 * profile) references it; a file only hidden or deleted content references, to its uploader
 * and moderators; a fresh upload nothing references yet, to its uploader only. A refusal is
 * answered as "not found", so it tells nothing about the file.
 */
export function attachmentDenial(viewer: Viewer | null | undefined, file: AttachmentFacts, capability: AttachmentCapability): string | null {
  if (!viewer) return DENIED;
  switch (capability) {
    case 'attachment.view':
      if (viewer.id === file.uploaderId || file.visible) return null;
      return file.referenced && can(viewer, 'content.moderate') ? null : 'ファイルが見つかりません。';
  }
}

export const attachmentCan = (viewer: Viewer | null | undefined, file: AttachmentFacts, capability: AttachmentCapability) =>
  attachmentDenial(viewer, file, capability) === null;
export const personCan = (viewer: Viewer | null | undefined, person: PersonFacts, capability: PersonCapability) =>
  personDenial(viewer, person, capability) === null;

/** Throws FORBIDDEN with the rule's message when the decision is a refusal. */
export function requireAllowed(denial: string | null): void {
  if (denial !== null) throw forbidden(denial);
}
