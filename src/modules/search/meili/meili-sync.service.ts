import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DurableEvent } from '../../../core/events/domain-events';
import { OnEvent } from '../../../core/events/on-event.decorator';
import { loadSearchDocuments } from '../search-document';
import { POST_DOCUMENT_EVENTS } from '../search.events';
import { SearchRepository } from '../search.repository';
import { SynonymsService } from '../synonyms.service';
import { MeiliSearchBackend } from './meili-search.backend';
import type { Progress } from '../search-indexer';

/**
 * Copies every post change into Meilisearch from the transactional outbox (the durable
 * consumer `meilisearch`: batched by the outbox poller; a failed batch throws, stays pending
 * and is retried), and pushes the synonym dictionary whenever the DX office edits it.
 */
@Injectable()
export class MeiliSyncService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Meilisearch');
  private timer: NodeJS.Timeout | null = null;
  private pushedSynonyms = -1;
  private ready = false;

  constructor(
    private readonly repo: SearchRepository,
    private readonly synonyms: SynonymsService,
    private readonly meili: MeiliSearchBackend,
  ) {}

  onApplicationBootstrap(): void {
    void this.tick();
    this.timer = setInterval(() => void this.tick(), 5000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /**
   * Every fact that changes what a post's document holds: its text, status, answers, curation
   * (優良事例, 古い情報, 公式見解) and moderation (a hidden post is deleted from the index, a hidden
   * answer's text drops out; restoring brings them back). Hiding a comment changes nothing here.
   */
  @OnEvent({
    event: [...POST_DOCUMENT_EVENTS, 'post.deleted', 'content.hidden', 'content.restored'],
    phase: 'durable',
    consumer: 'meilisearch',
  })
  postsChanged(batch: DurableEvent[]): Promise<void> {
    const relevant = batch.filter((e) => !((e.name === 'content.hidden' || e.name === 'content.restored') && e.payload?.targetType === 'COMMENT'));
    return this.apply(relevant.map((e) => e.aggregateId));
  }

  /** Brings the given posts up to date in Meilisearch: upsert the live ones, delete the rest. */
  async apply(postIds: number[]): Promise<void> {
    if (!this.ready) throw new Error('Meilisearch index not ready yet');
    await syncPosts(this.repo, this.meili, postIds);
  }

  private async tick(): Promise<void> {
    try {
      if (!this.ready) {
        await this.meili.ensureIndex(this.synonyms.list());
        this.pushedSynonyms = this.synonyms.version;
        this.ready = true;
        const posts = this.repo.countLivePosts();
        if (posts > 0 && (await this.meili.documentCount()) === 0) {
          this.logger.warn(`index ${this.meili.indexUid} is empty; indexing ${posts} posts (or run npm run search:reindex)`);
          await reindexInto(this.repo, this.meili, this.meili.indexUid);
        }
        this.logger.log(`connected, index ${this.meili.indexUid}`);
      }
      if (this.pushedSynonyms !== this.synonyms.version) {
        const version = this.synonyms.version;
        await this.meili.applySynonyms(this.synonyms.list());
        this.pushedSynonyms = version;
      }
    } catch (e) {
      this.logger.warn(`not reachable or failing, will retry: ${(e as Error).message}`);
    }
  }
}

/** Brings the given posts up to date in the live index: upsert the live ones, delete the rest. */
export async function syncPosts(repo: SearchRepository, meili: MeiliSearchBackend, postIds: number[]): Promise<void> {
  const ids = [...new Set(postIds)];
  const docs = loadSearchDocuments(repo, ids);
  const live = new Set(docs.map((d) => d.id));
  await meili.upsert(docs);
  await meili.remove(ids.filter((id) => !live.has(id)));
}

/** Feeds every live post into index `uid` in batches. */
export async function reindexInto(
  repo: SearchRepository,
  meili: MeiliSearchBackend,
  uid: string,
  onProgress: Progress = () => undefined,
  batchSize = 1000,
): Promise<number> {
  const ids = repo.livePostIds();
  for (let i = 0; i < ids.length; i += batchSize) {
    await meili.upsert(loadSearchDocuments(repo, ids.slice(i, i + batchSize)), uid);
    onProgress(Math.min(i + batchSize, ids.length), ids.length);
  }
  onProgress(ids.length, ids.length);
  return ids.length;
}
