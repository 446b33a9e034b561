import { Injectable } from '@nestjs/common';
import { EventMap } from '../../core/events/domain-events';
import { OnEvent } from '../../core/events/on-event.decorator';
import { UploadsService } from './uploads.service';

/**
 * What content references which uploads is recorded when the content is saved, in the same
 * transaction (so a post and the files it shows are public together). Whether a file is
 * served is then decided per request from that content's state (deleted, hidden).
 */
@Injectable()
export class UploadsEvents {
  constructor(private readonly uploads: UploadsService) {}

  @OnEvent({ event: 'post.created', phase: 'in-transaction' })
  postCreated(e: EventMap['post.created']): void {
    this.uploads.linkContent('POST', e.postId, [e.authorId]);
  }

  @OnEvent({ event: 'post.updated', phase: 'in-transaction' })
  postUpdated(e: EventMap['post.updated']): void {
    this.uploads.linkContent('POST', e.postId, [e.editorId]);
  }

  @OnEvent({ event: 'answer.created', phase: 'in-transaction' })
  answerCreated(e: EventMap['answer.created']): void {
    this.uploads.linkContent('ANSWER', e.answerId, [e.authorId]);
  }

  @OnEvent({ event: 'answer.updated', phase: 'in-transaction' })
  answerUpdated(e: EventMap['answer.updated']): void {
    this.uploads.linkContent('ANSWER', e.answerId, [e.editorId]);
  }

  @OnEvent({ event: 'comment.added', phase: 'in-transaction' })
  commentAdded(e: EventMap['comment.added']): void {
    this.uploads.linkContent('COMMENT', e.commentId, [e.authorId]);
  }
}
