import { Injectable } from '@nestjs/common';
import { EventMap, EventName } from '../../core/events/domain-events';
import { OnEvent } from '../../core/events/on-event.decorator';
import { SearchIndexer } from './search-indexer';

/**
 * Facts that change what a post's search document holds (its text, tags, answers, status, an
 * idea's status, curation): both indexes re-read the post. (Deletion and moderation are handled apart.)
 */
export const POST_DOCUMENT_EVENTS = [
  'post.created',
  'post.updated',
  'answer.created',
  'answer.updated',
  'answer.deleted',
  'answer.accepted',
  'answer.unaccepted',
  'post.featured',
  'post.unfeatured',
  'post.reviewed',
  'answer.officialMarked',
  'answer.officialUnmarked',
  'post.closed',
  'post.reopened',
  // 提案 / 検討中 / 採用 / 見送り: the ideaStatus filter
  'idea.statusChanged',
] as const satisfies readonly EventName[];

/**
 * The embedded FTS5 index follows every change to a post's searchable text (title, body,
 * tags, answers, resolved/closed status) and to what ranks or filters it (優良事例, 古い情報,
 * 公式見解, an idea's status) in the same transaction, so search is never behind; a deleted post leaves the
 * index with its delete, a hidden one with its hiding (the index documents leave hidden posts
 * and answers out). (Meilisearch follows from the outbox: MeiliSyncService.)
 */
@Injectable()
export class SearchIndexEvents {
  constructor(private readonly indexer: SearchIndexer) {}

  @OnEvent({
    event: [...POST_DOCUMENT_EVENTS],
    phase: 'in-transaction',
  })
  postChanged(e: { postId: number }): void {
    this.indexer.postChanged(e.postId);
  }

  /** A post or answer hidden or restored by moderation (comments are not indexed). */
  @OnEvent({ event: ['content.hidden', 'content.restored'], phase: 'in-transaction' })
  contentModerated(e: EventMap['content.hidden'] | EventMap['content.restored']): void {
    if (e.targetType !== 'COMMENT') this.indexer.postChanged(e.postId);
  }

  @OnEvent({ event: 'post.deleted', phase: 'in-transaction' })
  postDeleted(e: EventMap['post.deleted']): void {
    this.indexer.postDeleted(e.postId);
  }
}
