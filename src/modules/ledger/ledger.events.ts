import { Injectable } from '@nestjs/common';
import { EventMap } from '../../core/events/domain-events';
import { OnEvent } from '../../core/events/on-event.decorator';
import { ContributionKind, POSTED_KIND } from './contribution-kinds';
import { LedgerService } from './ledger.service';

/**
 * "Facts first": every action's ledger entries, written inside the action's transaction.
 * The rules here are the ones `ledger:verify` recomputes from the source tables; who is
 * anonymous is decided by LedgerService for every kind.
 */
@Injectable()
export class LedgerEvents {
  constructor(private readonly ledger: LedgerService) {}

  @OnEvent({ event: 'post.created', phase: 'in-transaction' })
  postCreated(e: EventMap['post.created']): void {
    this.ledger.record({ kind: POSTED_KIND[e.kind], userId: e.authorId, postId: e.postId }, new Date(e.at));
  }

  /** Everything credited through the post (its answers, comments, stamps, acceptance) is withdrawn. */
  @OnEvent({ event: 'post.deleted', phase: 'in-transaction' })
  postDeleted(e: EventMap['post.deleted']): void {
    this.ledger.reverseOpen({ postId: e.postId }, new Date(e.at));
  }

  @OnEvent({ event: 'answer.created', phase: 'in-transaction' })
  answerCreated(e: EventMap['answer.created']): void {
    this.ledger.record({ kind: ContributionKind.ANSWER_POSTED, userId: e.authorId, postId: e.postId, answerId: e.answerId }, new Date(e.at));
  }

  /** The answer, its acceptance, the stamps on it and its comments (and their stamps) are withdrawn. */
  @OnEvent({ event: 'answer.deleted', phase: 'in-transaction' })
  answerDeleted(e: EventMap['answer.deleted']): void {
    this.ledger.reverseOpen({ answerId: e.answerId }, new Date(e.at));
  }

  /** Accepting your own answer resolves the question but earns nothing. */
  @OnEvent({ event: 'answer.accepted', phase: 'in-transaction' })
  answerAccepted(e: EventMap['answer.accepted']): void {
    const at = new Date(e.at);
    if (e.replacedAnswerId) this.ledger.reverseOpen({ kind: ContributionKind.ANSWER_ACCEPTED, answerId: e.replacedAnswerId }, at);
    if (e.answerAuthorId !== e.askerId) {
      this.ledger.record(
        { kind: ContributionKind.ANSWER_ACCEPTED, userId: e.answerAuthorId, postId: e.postId, answerId: e.answerId, actorId: e.acceptedById },
        at,
      );
    }
  }

  @OnEvent({ event: 'answer.unaccepted', phase: 'in-transaction' })
  answerUnaccepted(e: EventMap['answer.unaccepted']): void {
    this.ledger.reverseOpen({ kind: ContributionKind.ANSWER_ACCEPTED, answerId: e.answerId }, new Date(e.at));
  }

  @OnEvent({ event: 'comment.added', phase: 'in-transaction' })
  commentAdded(e: EventMap['comment.added']): void {
    this.ledger.record(
      { kind: ContributionKind.COMMENT_POSTED, userId: e.authorId, postId: e.postId, answerId: e.answerId, commentId: e.commentId },
      new Date(e.at),
    );
  }

  @OnEvent({ event: 'comment.deleted', phase: 'in-transaction' })
  commentDeleted(e: EventMap['comment.deleted']): void {
    this.ledger.reverseOpen({ commentId: e.commentId }, new Date(e.at));
  }

  /** A stamp is two facts: given (by the giver) and received (by the author of the stamped content). */
  @OnEvent({ event: 'reaction.added', phase: 'in-transaction' })
  reactionAdded(e: EventMap['reaction.added']): void {
    const at = new Date(e.at);
    const common = {
      postId: e.postId,
      answerId: e.answerId,
      commentId: e.commentId,
      targetType: e.targetType,
      targetId: e.targetId,
      stamp: e.stamp,
      actorId: e.giverId,
    };
    this.ledger.record({ ...common, kind: ContributionKind.STAMP_GIVEN, userId: e.giverId }, at);
    this.ledger.record({ ...common, kind: ContributionKind.STAMP_RECEIVED, userId: e.ownerId }, at);
  }

  @OnEvent({ event: 'reaction.removed', phase: 'in-transaction' })
  reactionRemoved(e: EventMap['reaction.removed']): void {
    const at = new Date(e.at);
    for (const kind of [ContributionKind.STAMP_GIVEN, ContributionKind.STAMP_RECEIVED]) {
      this.ledger.reverseOpen({ kind, actorId: e.giverId, targetType: e.targetType, targetId: e.targetId, stamp: e.stamp }, at);
    }
  }

  // ---- the DX office (#10) -----------------------------------------------------------------

  @OnEvent({ event: 'post.featured', phase: 'in-transaction' })
  postFeatured(e: EventMap['post.featured']): void {
    this.ledger.record({ kind: ContributionKind.POST_FEATURED, userId: e.authorId, postId: e.postId, actorId: e.byId }, new Date(e.at));
  }

  @OnEvent({ event: 'post.unfeatured', phase: 'in-transaction' })
  postUnfeatured(e: EventMap['post.unfeatured']): void {
    this.ledger.reverseOpen({ kind: ContributionKind.POST_FEATURED, postId: e.postId }, new Date(e.at));
  }

  /** The case's author is credited while another department's adoption is 導入中 or 導入済み. */
  @OnEvent({ event: 'adoption.recorded', phase: 'in-transaction' })
  adoptionRecorded(e: EventMap['adoption.recorded']): void {
    const credited = (s: string | null) => s === 'IN_PROGRESS' || s === 'ADOPTED';
    const at = new Date(e.at);
    if (credited(e.status) && !credited(e.previousStatus)) {
      this.ledger.record(
        { kind: ContributionKind.CASE_ADOPTED, userId: e.caseAuthorId, postId: e.postId, targetType: 'ADOPTION', targetId: e.adoptionId, actorId: e.byId },
        at,
      );
    } else if (!credited(e.status) && credited(e.previousStatus)) {
      this.ledger.reverseOpen({ kind: ContributionKind.CASE_ADOPTED, targetType: 'ADOPTION', targetId: e.adoptionId }, at);
    }
  }

  /**
   * Moderation: hidden content's facts are withdrawn while hidden (dated now) and re-credited
   * as they were when restored; the post's facts are reconciled with what is visible.
   */
  @OnEvent({ event: ['content.hidden', 'content.restored'], phase: 'in-transaction' })
  contentModerated(e: EventMap['content.hidden'] | EventMap['content.restored']): void {
    this.ledger.reconcilePost(e.postId, new Date(e.at));
  }
}
