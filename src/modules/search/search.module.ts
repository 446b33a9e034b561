import { DynamicModule, Module, Provider } from '@nestjs/common';
import { PostsModule } from '../posts/posts.module';
import { FallbackSearchBackend } from './meili/fallback.backend';
import { createMeiliClient, MeiliSearchBackend } from './meili/meili-search.backend';
import { MeiliSyncService } from './meili/meili-sync.service';
import { searchConfig } from './search-config';
import { SearchIndexer } from './search-indexer';
import { SearchIndexEvents } from './search.events';
import { SEARCH_BACKEND } from './search.port';
import { RelatedPostsResolver, SearchResolver } from './search.resolver';
import { SearchService } from './search.service';
import { SynonymsService } from './synonyms.service';

/**
 * Search: SQLite FTS5 by default; Meilisearch when MEILI_URL is set (fed from the outbox).
 * The SQLite index is maintained in either case (SearchIndexModule, written in the
 * transaction by SearchIndexEvents), for snippets and as the fallback when Meilisearch is
 * unreachable.
 */
@Module({})
export class SearchModule {
  static forRoot(env: NodeJS.ProcessEnv = process.env): DynamicModule {
    const config = searchConfig(env);
    const providers: Provider[] = [SynonymsService, SearchService, SearchResolver, RelatedPostsResolver, SearchIndexEvents];
    if (config.meiliUrl) {
      providers.push(
        { provide: MeiliSearchBackend, useFactory: () => new MeiliSearchBackend(createMeiliClient(config), config.meiliIndex) },
        {
          provide: SEARCH_BACKEND,
          inject: [MeiliSearchBackend, SearchIndexer],
          useFactory: (meili: MeiliSearchBackend, indexer: SearchIndexer) => new FallbackSearchBackend(meili, indexer.fts),
        },
        MeiliSyncService,
      );
    } else {
      providers.push({ provide: SEARCH_BACKEND, inject: [SearchIndexer], useFactory: (indexer: SearchIndexer) => indexer.fts });
    }
    return { module: SearchModule, imports: [PostsModule], providers };
  }
}
