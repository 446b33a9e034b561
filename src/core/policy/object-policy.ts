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
export type ObjectCapability = PostCapability | AnswerCapability | CommentCapability | PersonCapability | StampTargetCapability;

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

export const postCan = (viewer: Viewer | null | undefined, post: PostFacts, capability: PostCapability) => postDenial(viewer, post, capability) === null;
export const answerCan = (viewer: Viewer | null | undefined, answer: AnswerFacts, capability: AnswerCapability) =>
  answerDenial(viewer, answer, capability) === null;
export const commentCan = (viewer: Viewer | null | undefined, comment: CommentFacts, capability: CommentCapability) =>
  commentDenial(viewer, comment, capability) === null;
export const stampTargetCan = (viewer: Viewer | null | undefined, target: StampTargetFacts, capability: StampTargetCapability) =>
  stampTargetDenial(viewer, target, capability) === null;
export const personCan = (viewer: Viewer | null | undefined, person: PersonFacts, capability: PersonCapability) =>
  personDenial(viewer, person, capability) === null;

/** Throws FORBIDDEN with the rule's message when the decision is a refusal. */
export function requireAllowed(denial: string | null): void {
  if (denial !== null) throw forbidden(denial);
}
