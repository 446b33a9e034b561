import { Global, Injectable, Logger, Module, OnModuleInit } from '@nestjs/common';
import { DbService } from '../../core/database/db.service';
import { FtsSearchBackend } from './fts/fts-search.backend';
import { loadSearchDocuments } from './search-document';
import { SearchRepository } from './search.repository';

/**
 * Bump when what goes into the FTS tables changes: the next start rebuilds them.
 * 2: search_doc.featured, the curation boosts, hidden posts and answers left out (#10).
 * (search_doc.idea_status needed no bump: its migration fills the rows already indexed.)
 */
export const FTS_INDEX_VERSION = '2';
const VERSION_KEY = 'search.fts_version';

export type Progress = (done: number, total: number) => void;

/**
 * Keeps the SQLite index in step with the posts. Called inside the write transaction (by
 * SearchIndexEvents, an in-transaction handler of the domain events), so a post and its
 * index rows commit together or not at all.
 */
@Injectable()
export class SearchIndexer implements OnModuleInit {
  private readonly logger = new Logger('Search');
  readonly fts: FtsSearchBackend;

  /** `repo` defaults for direct construction (CLI, benches): `new SearchIndexer(db)`. */
  constructor(
    private readonly db: DbService,
    private readonly repo: SearchRepository = new SearchRepository(db),
  ) {
    this.fts = new FtsSearchBackend(db);
  }

  /**
   * The post (or its answers) changed: re-read it and replace its index rows. A post that is
   * no longer searchable (deleted, hidden by moderation, gone) loses its rows.
   */
  postChanged(postId: number): void {
    this.db.tx(() => {
      const docs = loadSearchDocuments(this.repo, [postId]);
      if (docs.length > 0) this.fts.upsertSync(docs);
      else this.fts.removeSync([postId]);
    });
  }

  postDeleted(postId: number): void {
    this.db.tx(() => this.fts.removeSync([postId]));
  }

  onModuleInit(): void {
    const current = this.repo.indexVersion(VERSION_KEY);
    if (current === FTS_INDEX_VERSION) return;
    const t0 = Date.now();
    const n = this.rebuild();
    this.logger.log(`search index (FTS5) built: ${n} posts in ${Date.now() - t0} ms`);
  }

  /**
   * Rebuilds the SQLite index from the posts in batches (each batch its own transaction, so
   * a running server keeps writing), then drops rows of posts that are deleted, hidden or gone.
   */
  rebuild(onProgress: Progress = () => undefined, batchSize = 500): number {
    const fresh = this.fts.isEmpty();
    const ids = this.repo.livePostIds();
    for (let i = 0; i < ids.length; i += batchSize) {
      const batch = ids.slice(i, i + batchSize);
      this.db.tx(() => this.fts.upsertSync(loadSearchDocuments(this.repo, batch), fresh));
      onProgress(Math.min(i + batchSize, ids.length), ids.length);
    }
    this.db.tx(() => {
      this.fts.removeSync(this.fts.orphanIds());
      this.repo.setIndexVersion(VERSION_KEY, FTS_INDEX_VERSION, new Date().toISOString());
    });
    onProgress(ids.length, ids.length);
    return ids.length;
  }
}

/**
 * Global: the index is written by SearchIndexEvents and read by search, CLIs and benches.
 * SearchRepository is exported for the rest of the search feature (SearchModule).
 */
@Global()
@Module({ providers: [SearchRepository, SearchIndexer], exports: [SearchIndexer, SearchRepository] })
export class SearchIndexModule {}
