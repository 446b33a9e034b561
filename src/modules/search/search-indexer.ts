import { Global, Injectable, Logger, Module, OnModuleInit } from '@nestjs/common';
import { DbService } from '../../core/database/db.service';
import { FtsSearchBackend } from './fts/fts-search.backend';
import { loadSearchDocuments } from './search-document';

/** Bump when what goes into the FTS tables changes: the next start rebuilds them. */
export const FTS_INDEX_VERSION = '1';
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

  constructor(private readonly db: DbService) {
    this.fts = new FtsSearchBackend(db);
  }

  /** The post (or its answers) changed: re-read it and replace its index rows. */
  postChanged(postId: number): void {
    this.db.tx(() => {
      const docs = loadSearchDocuments(this.db, [postId]);
      if (docs.length > 0) this.fts.upsertSync(docs);
      else this.fts.removeSync([postId]);
    });
  }

  postDeleted(postId: number): void {
    this.db.tx(() => this.fts.removeSync([postId]));
  }

  onModuleInit(): void {
    const current = this.db.get<{ value: string }>('SELECT value FROM app_setting WHERE key = ?', [VERSION_KEY])?.value;
    if (current === FTS_INDEX_VERSION) return;
    const t0 = Date.now();
    const n = this.rebuild();
    this.logger.log(`search index (FTS5) built: ${n} posts in ${Date.now() - t0} ms`);
  }

  /**
   * Rebuilds the SQLite index from the posts in batches (each batch its own transaction, so
   * a running server keeps writing), then drops rows of posts that no longer exist.
   */
  rebuild(onProgress: Progress = () => undefined, batchSize = 500): number {
    const fresh = (this.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM search_doc')?.n ?? 0) === 0;
    const ids = this.db.all<{ id: number }>('SELECT id FROM post WHERE deleted_at IS NULL ORDER BY id').map((r) => r.id);
    for (let i = 0; i < ids.length; i += batchSize) {
      const batch = ids.slice(i, i + batchSize);
      this.db.tx(() => this.fts.upsertSync(loadSearchDocuments(this.db, batch), fresh));
      onProgress(Math.min(i + batchSize, ids.length), ids.length);
    }
    this.db.tx(() => {
      const orphans = this.db
        .all<{ post_id: number }>('SELECT post_id FROM search_doc WHERE post_id NOT IN (SELECT id FROM post WHERE deleted_at IS NULL)')
        .map((r) => r.post_id);
      this.fts.removeSync(orphans);
      this.db.run(
        `INSERT INTO app_setting (key, value, updated_at) VALUES (?, ?, ?)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
        [VERSION_KEY, FTS_INDEX_VERSION, new Date().toISOString()],
      );
    });
    onProgress(ids.length, ids.length);
    return ids.length;
  }
}

/** Global: the index is written by SearchIndexEvents and read by search, CLIs and benches. */
@Global()
@Module({ providers: [SearchIndexer], exports: [SearchIndexer] })
export class SearchIndexModule {}
