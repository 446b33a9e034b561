import type { IdeaStatus, PostKind, PostStatus } from '../posts/content.enums';
import type { SearchDocument } from './search-document';
import type { SearchTerm } from './search-query';

/** Filters after validation: ids resolved, dates turned into UTC instants. */
export interface SearchFilters {
  kind?: PostKind;
  status?: PostStatus;
  /** normalised tag key (tag.name) */
  tagKey?: string;
  /** a department and its sub-departments; anonymous posts never match */
  departmentIds?: number[];
  /** anonymous posts never match */
  authorId?: number;
  unanswered?: boolean;
  /** 優良事例 only (true) or only the others (false) */
  featured?: boolean;
  /** ideas with this status (an idea never given one is PROPOSED); other kinds never match */
  ideaStatus?: IdeaStatus;
  /** inclusive, ISO-8601 UTC */
  createdFrom?: string;
  /** exclusive, ISO-8601 UTC */
  createdBefore?: string;
}

export interface SearchRequest {
  terms: SearchTerm[];
  filters: SearchFilters;
  limit: number;
  /** opaque, produced by the same backend */
  after: string | null;
}

export interface SearchPage {
  hits: { id: number; cursor: string }[];
  hasNextPage: boolean;
  totalCount: number;
}

export interface SynonymGroupTerms {
  terms: string[];
}

/**
 * The search port. Both adapters keep the same contract (test/e2e/search-contract.e2e-spec.ts):
 * every term must match (any of its alternatives), phrases match exactly, filters narrow,
 * title matches rank above body matches, resolved above open, newer above older.
 */
export interface SearchBackend {
  readonly name: 'fts5' | 'meilisearch';
  upsert(docs: SearchDocument[]): Promise<void>;
  remove(ids: number[]): Promise<void>;
  /** Backends that expand synonyms themselves (Meilisearch) receive the dictionary here. */
  applySynonyms(groups: SynonymGroupTerms[]): Promise<void>;
  search(req: SearchRequest): Promise<SearchPage>;
  /**
   * Posts whose title resembles `title`, best first. `words`: the title's words with their
   * synonym variants (titleTerms + SynonymsService.expand, as SearchService passes them);
   * without them a backend splits the title itself.
   */
  similar(title: string, limit: number, excludeId?: number, words?: SearchTerm[]): Promise<number[]>;
}

export const SEARCH_BACKEND = Symbol('SEARCH_BACKEND');

export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function decodeCursor<T>(cursor: string, valid: (v: unknown) => v is T): T | null {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return valid(v) ? v : null;
  } catch {
    return null;
  }
}
