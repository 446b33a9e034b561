import { Logger } from '@nestjs/common';
import type { SearchDocument } from '../search-document';
import type { SearchTerm } from '../search-query';
import type { SearchBackend, SearchPage, SearchRequest, SynonymGroupTerms } from '../search.port';

const unreachable = (e: unknown) => /Request|fetch|ECONNREFUSED|timed? ?out|network/i.test(`${(e as Error)?.name} ${(e as Error)?.message}`);

/**
 * Reads from Meilisearch; when it cannot be reached, answers from the SQLite index (always
 * kept current in the write transaction) rather than failing the page, and says so in the log.
 */
export class FallbackSearchBackend implements SearchBackend {
  readonly name = 'meilisearch' as const;
  private readonly logger = new Logger('Search');
  private lastWarning = 0;

  constructor(
    private readonly primary: SearchBackend,
    private readonly fallback: SearchBackend,
  ) {}

  private async read<T>(op: (b: SearchBackend) => Promise<T>): Promise<T> {
    try {
      return await op(this.primary);
    } catch (e) {
      if (!unreachable(e)) throw e;
      if (Date.now() - this.lastWarning > 60_000) {
        this.lastWarning = Date.now();
        this.logger.warn(`Meilisearch unreachable, answering from SQLite FTS5: ${(e as Error).message}`);
      }
      return op(this.fallback);
    }
  }

  search(req: SearchRequest): Promise<SearchPage> {
    return this.read((b) => b.search(req));
  }

  similar(title: string, limit: number, excludeId?: number, words?: SearchTerm[]): Promise<number[]> {
    return this.read((b) => b.similar(title, limit, excludeId, words));
  }

  upsert(docs: SearchDocument[]): Promise<void> {
    return this.primary.upsert(docs);
  }

  remove(ids: number[]): Promise<void> {
    return this.primary.remove(ids);
  }

  applySynonyms(groups: SynonymGroupTerms[]): Promise<void> {
    return this.primary.applySynonyms(groups);
  }
}
