import { Injectable } from '@nestjs/common';
import { EventMap } from '../../core/events/domain-events';
import { OnEvent } from '../../core/events/on-event.decorator';
import { SearchIndexer } from './search-indexer';

/**
 * The embedded FTS5 index follows every change to a post's searchable text (title, body,
 * tags, answers, resolved status) in the same transaction, so search is never behind and a
 * deleted post leaves the index with its delete. (Meilisearch follows from the outbox:
 * MeiliSyncService.)
 */
@Injectable()
export class SearchIndexEvents {
  constructor(private readonly indexer: SearchIndexer) {}

  @OnEvent({
    event: ['post.created', 'post.updated', 'answer.created', 'answer.updated', 'answer.deleted', 'answer.accepted', 'answer.unaccepted'],
    phase: 'in-transaction',
  })
  postChanged(e: { postId: number }): void {
    this.indexer.postChanged(e.postId);
  }

  @OnEvent({ event: 'post.deleted', phase: 'in-transaction' })
  postDeleted(e: EventMap['post.deleted']): void {
    this.indexer.postDeleted(e.postId);
  }
}
