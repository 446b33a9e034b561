/**
 * The domain-event map: every fact a write produces, with its payload. A service emits the
 * fact once, inside its transaction (`DomainEvents.emit`); who reacts to it, and when, is
 * declared next to each consumer with `@OnEvent` and listed in docs/architecture.md.
 *
 * Payloads are plain JSON (ids, strings, booleans, `at` as an ISO-8601 string): a durable
 * fact is stored as it is in the outbox row and handed to its consumer after commit.
 * This file is core: it names no feature type, so the unions below repeat the enum values.
 */

export type PostKindName = 'QUESTION' | 'CASE' | 'IDEA';
export type TargetTypeName = 'POST' | 'ANSWER' | 'COMMENT';
export type StampName = 'CHEER' | 'HELPFUL' | 'THANKS';
export type AdoptionStatusName = 'CONSIDERING' | 'IN_PROGRESS' | 'ADOPTED' | 'DECLINED';
export type IdeaStatusName = 'PROPOSED' | 'UNDER_REVIEW' | 'ADOPTED' | 'DECLINED';

export interface EventMap {
  // ---- posts --------------------------------------------------------------------------
  'post.created': { postId: number; authorId: number; kind: PostKindName; anonymous: boolean; at: string };
  /** Title, body, case details and/or tags edited. `tagsChanged`: the set of tags differs. */
  'post.updated': { postId: number; editorId: number; tagsChanged: boolean; at: string };
  /** Soft delete; every contribution credited through the post is withdrawn. */
  'post.deleted': { postId: number; authorId: number; deletedById: number; at: string };

  // ---- answers ------------------------------------------------------------------------
  'answer.created': { answerId: number; postId: number; authorId: number; at: string };
  'answer.updated': { answerId: number; postId: number; editorId: number; at: string };
  'answer.deleted': { answerId: number; postId: number; authorId: number; deletedById: number; wasAccepted: boolean; at: string };
  /** The asker (or the DX office) accepted an answer; `replacedAnswerId`: the one accepted before, if any. */
  'answer.accepted': {
    answerId: number;
    postId: number;
    answerAuthorId: number;
    askerId: number;
    acceptedById: number;
    replacedAnswerId: number | null;
    at: string;
  };
  'answer.unaccepted': { answerId: number; postId: number; unacceptedById: number; at: string };

  // ---- comments -----------------------------------------------------------------------
  'comment.added': { commentId: number; postId: number; answerId: number | null; authorId: number; at: string };
  'comment.deleted': { commentId: number; postId: number; answerId: number | null; authorId: number; deletedById: number; at: string };

  // ---- stamps (応援 / 参考になった / ありがとう) ---------------------------------------------
  'reaction.added': {
    giverId: number;
    ownerId: number;
    targetType: TargetTypeName;
    targetId: number;
    stamp: StampName;
    postId: number;
    answerId: number | null;
    commentId: number | null;
    at: string;
  };
  'reaction.removed': { giverId: number; ownerId: number; targetType: TargetTypeName; targetId: number; stamp: StampName; postId: number; at: string };

  // ---- the DX office: best practices, roll-out, official answers, content health (#10) ------
  /** The DX office marked a post as 優良事例 (its author earns POST_FEATURED). */
  'post.featured': { postId: number; authorId: number; byId: number; at: string };
  'post.unfeatured': { postId: number; authorId: number; byId: number; at: string };
  /**
   * A department's adoption (横展開) of a case was recorded or changed. The case's author earns
   * CASE_ADOPTED while the adoption is 導入中 or 導入済み.
   */
  'adoption.recorded': {
    adoptionId: number;
    postId: number;
    caseAuthorId: number;
    departmentId: number;
    status: AdoptionStatusName;
    previousStatus: AdoptionStatusName | null;
    byId: number;
    at: string;
  };
  'answer.officialMarked': { answerId: number; postId: number; byId: number; at: string };
  'answer.officialUnmarked': { answerId: number; postId: number; byId: number; at: string };
  /** 確認済み (outdated false) or 古い情報 (outdated true). */
  'post.reviewed': { postId: number; authorId: number; outdated: boolean; byId: number; at: string };

  // ---- moderation (#10) ------------------------------------------------------------------
  'report.filed': { reportId: number; targetType: TargetTypeName; targetId: number; postId: number; reporterId: number; at: string };
  'report.resolved': { reportId: number; postId: number; reporterId: number; action: 'HIDE' | 'DISMISS'; byId: number; at: string };
  /** Hidden content withdraws its ledger facts while hidden. */
  'content.hidden': { targetType: TargetTypeName; targetId: number; postId: number; authorId: number; byId: number; reason: string; at: string };
  /** Restoring re-credits the facts, dated as they originally were. */
  'content.restored': { targetType: TargetTypeName; targetId: number; postId: number; authorId: number; byId: number; at: string };
  'post.closed': { postId: number; authorId: number; reason: string; duplicateOfId: number | null; byId: number; at: string };
  'post.reopened': { postId: number; authorId: number; byId: number; at: string };

  // ---- routing (#12) -------------------------------------------------------------------
  /** The asker (or the DX office) asked people to look at a question, each with the reason they were chosen. */
  'question.routed': { postId: number; routedById: number; routes: { userId: number; reason: string }[]; at: string };
  /** The scheduled follow-up found a question still without an answer after `businessDays`; experts suggested to the asker. */
  'question.unanswered': { postId: number; askerId: number; businessDays: number; suggestedUserIds: number[]; at: string };

  // ---- badges (#12) ---------------------------------------------------------------------
  /**
   * A badge was awarded (by a rule after the facts it counts, or by the DX office): the
   * holder is told. `postId`: the post that completed it, if any; `byId`: the granter of a
   * manual award. Durable, so the notification survives a crash; its outbox aggregate is
   * the post, or the person when no post is involved.
   */
  'badge.awarded': { awardId: number; badgeId: number; userId: number; postId: number | null; byId: number | null; at: string };

  // ---- ideas (#13) -----------------------------------------------------------------------
  /** The DX office or a manager of the owning department set an idea's status (提案 / 検討中 / 採用 / 見送り); the author is told. */
  'idea.statusChanged': {
    postId: number;
    authorId: number;
    status: IdeaStatusName;
    previousStatus: IdeaStatusName;
    note: string | null;
    byId: number;
    at: string;
  };

  // ---- the skill framework ---------------------------------------------------------------
  /** The DX office changed what counts for a skill (tag → skill mapping, or a skill retired/restored). */
  'skills.mappingChanged': { change: 'mapping' | 'retired' | 'restored'; skillId: number; byId: number; at: string };
  // ---- the contribution ledger (facts the ledger derives from the ones above) ----------
  /** An entry appended to the ledger. `anonymous`: decided by LedgerService (the asker's anonymous thread). */
  'contribution.recorded': { entryId: number; userId: number; kind: string; postId: number | null; anonymous: boolean; at: string };
  /** A compensating entry (delta -1) appended for entry `reversesId`. */
  'contribution.reversed': { entryId: number; reversesId: number; userId: number; kind: string; postId: number | null; at: string };
}

export type EventName = keyof EventMap;

/** The DX office's facts (#10): every one names its post, and all are durable. */
const DX_OFFICE_EVENTS = [
  'post.featured',
  'post.unfeatured',
  'adoption.recorded',
  'answer.officialMarked',
  'answer.officialUnmarked',
  'post.reviewed',
  'report.filed',
  'report.resolved',
  'content.hidden',
  'content.restored',
  'post.closed',
  'post.reopened',
] as const satisfies readonly EventName[];

/** All event names, in the order of the map (for listings such as `DomainEvents.describe()`). */
export const EVENT_NAMES: readonly EventName[] = [
  'post.created',
  'post.updated',
  'post.deleted',
  'answer.created',
  'answer.updated',
  'answer.deleted',
  'answer.accepted',
  'answer.unaccepted',
  'comment.added',
  'comment.deleted',
  'reaction.added',
  'reaction.removed',
  ...DX_OFFICE_EVENTS,
  'question.routed',
  'question.unanswered',
  'badge.awarded',
  'idea.statusChanged',
  'skills.mappingChanged',
  'contribution.recorded',
  'contribution.reversed',
];

/**
 * Facts that are also written to the transactional outbox (one row each, in the same
 * transaction, topic = event name, aggregate = the post), whether or not a durable consumer
 * is running right now: the outbox is the durable log of what changed a post, which
 * `npm run search:reindex` replays and a consumer added later resumes from.
 */
export const DURABLE_EVENTS = [
  'post.created',
  'post.updated',
  'post.deleted',
  'answer.created',
  'answer.updated',
  'answer.deleted',
  'answer.accepted',
  'answer.unaccepted',
  'comment.added',
  'question.routed',
  'question.unanswered',
  'badge.awarded',
  'idea.statusChanged',
  ...DX_OFFICE_EVENTS,
] as const satisfies readonly EventName[];

export type DurableEventName = (typeof DURABLE_EVENTS)[number];

export function isDurable(event: EventName): event is DurableEventName {
  return (DURABLE_EVENTS as readonly EventName[]).includes(event);
}

/**
 * The outbox aggregate of a durable fact: its post. A badge awarded without a post (a manual
 * award, 応援 given) is the person's (`user`), which post consumers (search) leave out.
 */
export function outboxAggregate(payload: EventMap[DurableEventName]): { type: 'post' | 'user'; id: number } {
  if (payload.postId === null) return { type: 'user', id: (payload as EventMap['badge.awarded']).userId };
  return { type: 'post', id: payload.postId };
}

/**
 * Outbox rows written before this map existed (topic `post.changed`, no payload) are
 * delivered as `post.updated` with `payload: null`; `post.deleted` kept its name.
 */
export const LEGACY_OUTBOX_TOPICS: Readonly<Record<string, DurableEventName>> = { 'post.changed': 'post.updated' };

/** When a handler runs. */
export type EventPhase =
  /** synchronously inside the writer's transaction: commits or rolls back with the fact */
  | 'in-transaction'
  /** once the transaction has committed (dropped on rollback); failures are logged, never undo the fact */
  | 'after-commit'
  /** from the outbox, by a named consumer with its own cursor, retried with back-off until it succeeds */
  | 'durable';

/** A durable fact as its consumer receives it from the outbox. */
export type DurableEvent<K extends DurableEventName = DurableEventName> = {
  [N in K]: {
    outboxId: number;
    name: N;
    /** the post (the person, for a badge awarded without a post) */
    aggregateId: number;
    /** null only for rows written before the event map (see LEGACY_OUTBOX_TOPICS) */
    payload: EventMap[N] | null;
  };
}[K];
