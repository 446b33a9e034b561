import { Injectable } from '@nestjs/common';
import { DurableEvent, EventMap } from '../../core/events/domain-events';
import { OnEvent } from '../../core/events/on-event.decorator';
import { PubSubPort } from '../../core/pubsub/pubsub';
import { NotificationsService } from './notifications.service';

/** The facts notifications come from (the outbox consumer `notifications`). */
export const NOTIFYING_EVENTS = [
  'post.created',
  'answer.created',
  'comment.added',
  'answer.accepted',
  'answer.officialMarked',
  'post.featured',
  'adoption.recorded',
  'content.hidden',
  'content.restored',
  'post.closed',
  'report.resolved',
  'question.routed',
  'question.unanswered',
  'idea.statusChanged',
  'badge.awarded',
] as const;

@Injectable()
export class NotificationsEvents {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly pubsub: PubSubPort,
  ) {}

  /** Following is automatic for one's own posts and the ones one answered or commented on (written with the act). */
  @OnEvent({ event: ['post.created', 'answer.created', 'comment.added'], phase: 'in-transaction' })
  autoFollow(e: EventMap['post.created'] | EventMap['answer.created'] | EventMap['comment.added']): void {
    this.notifications.autoFollow(e.authorId, e.postId, e.at);
  }

  /** Live: an open post page learns of a new answer or comment (after commit; ids only, the page re-reads). */
  @OnEvent({ event: ['answer.created', 'comment.added'], phase: 'after-commit' })
  postActivity(e: EventMap['answer.created'] | EventMap['comment.added']): void {
    const comment = 'commentId' in e;
    this.pubsub.publish(`post:${e.postId}`, {
      postId: String(e.postId),
      kind: comment ? 'COMMENT' : 'ANSWER',
      answerId: e.answerId ? String(e.answerId) : null,
      commentId: comment ? String(e.commentId) : null,
      at: e.at,
    });
  }

  /** From the outbox after commit: lost on no crash, never for a rolled-back act, never twice. */
  @OnEvent({ event: [...NOTIFYING_EVENTS], phase: 'durable', consumer: 'notifications' })
  notify(batch: DurableEvent[]): Promise<void> {
    this.notifications.derive(batch);
    return Promise.resolve();
  }
}
