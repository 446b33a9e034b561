import { Logger } from '@nestjs/common';
// Types by path: the package is ESM-only and this tsconfig resolves modules the CommonJS (node10) way.
import { badInput } from '../../../core/errors/app-error';
import { titleWords } from '../search-query';
import { normalizeForSearch } from '../search-text';
import { decodeCursor, encodeCursor, SearchBackend, SearchFilters, SearchPage, SearchRequest, SynonymGroupTerms } from '../search.port';
import type { SearchConfig } from '../search-config';
import type { SearchDocument } from '../search-document';
import type { IndexSwap, Meilisearch, Settings, Task } from 'meilisearch/dist/index';

/** The document as Meilisearch stores it. Text is NFKC-normalised (width), case is left to Meilisearch. */
export interface MeiliPostDocument {
  id: number;
  title: string;
  tags: string[];
  body: string;
  answers: string;
  kind: string;
  status: string;
  /** an idea's status; null for the other kinds */
  ideaStatus: string | null;
  tagKeys: string[];
  departmentId: number | null;
  authorId: number | null;
  answerCount: number;
  featured: boolean;
  boost: number;
  createdAt: string;
  createdAtTs: number;
}

const nfkc = (s: string) => s.normalize('NFKC');

export function toMeiliDocument(d: SearchDocument): MeiliPostDocument {
  return {
    id: d.id,
    title: nfkc(d.title),
    tags: d.tags.map(nfkc),
    body: nfkc(d.body),
    answers: nfkc(d.answers),
    kind: d.kind,
    status: d.status,
    ideaStatus: d.ideaStatus,
    tagKeys: d.tags.map(normalizeForSearch),
    departmentId: d.departmentId,
    authorId: d.authorId,
    answerCount: d.answerCount,
    featured: d.featured,
    boost: d.boost,
    createdAt: d.createdAt,
    createdAtTs: Date.parse(d.createdAt),
  };
}

/** Title before tags before text (like TERM_SCORE in FTS5), then boost, then recency. */
const RANKING = ['words', 'typo', 'proximity', 'attributeRank', 'exactness', 'boost:desc', 'createdAtTs:desc'];
/** Meilisearch before 1.x-with-attributeRank calls the attribute rule `attribute`. */
const RANKING_LEGACY = ['words', 'typo', 'proximity', 'attribute', 'exactness', 'boost:desc', 'createdAtTs:desc'];

export function meiliSettings(groups: SynonymGroupTerms[], legacy = false): Settings {
  return {
    searchableAttributes: ['title', 'tags', 'body', 'answers'],
    filterableAttributes: ['id', 'kind', 'status', 'ideaStatus', 'tagKeys', 'departmentId', 'authorId', 'answerCount', 'featured', 'createdAtTs'],
    sortableAttributes: ['createdAtTs', 'boost'],
    displayedAttributes: ['id'],
    rankingRules: legacy ? RANKING_LEGACY : RANKING,
    // Japanese words are short and a typo would match another word: exact matching, as in FTS5.
    typoTolerance: { enabled: false },
    localizedAttributes: [{ attributePatterns: ['*'], locales: ['jpn'] }],
    synonyms: synonymMap(groups),
    pagination: { maxTotalHits: 100000 },
  };
}

export function synonymMap(groups: SynonymGroupTerms[]): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const g of groups) {
    const terms = g.terms.map((t) => nfkc(t).toLowerCase());
    for (const t of terms) map[t] = [...new Set([...(map[t] ?? []), ...terms.filter((o) => o !== t)])];
  }
  return map;
}

const quote = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

export function meiliFilter(f: SearchFilters, excludeId?: number): string[] {
  const out: string[] = [];
  if (f.kind) out.push(`kind = ${quote(f.kind)}`);
  if (f.status) out.push(`status = ${quote(f.status)}`);
  if (f.tagKey !== undefined) out.push(`tagKeys = ${quote(normalizeForSearch(f.tagKey))}`);
  if (f.departmentIds) out.push(`departmentId IN [${f.departmentIds.map(Number).join(', ')}]`);
  if (f.authorId !== undefined) out.push(`authorId = ${Number(f.authorId)}`);
  if (f.unanswered) out.push('kind = "QUESTION"', 'answerCount = 0');
  if (f.featured !== undefined) out.push(`featured = ${f.featured ? 'true' : 'false'}`);
  if (f.ideaStatus) out.push(`ideaStatus = ${quote(f.ideaStatus)}`);
  if (f.createdFrom) out.push(`createdAtTs >= ${Date.parse(f.createdFrom)}`);
  if (f.createdBefore) out.push(`createdAtTs < ${Date.parse(f.createdBefore)}`);
  if (excludeId !== undefined) out.push(`id != ${Number(excludeId)}`);
  return out;
}

type Cursor = { o: number };
const isCursor = (v: unknown): v is Cursor => typeof v === 'object' && v !== null && Number.isSafeInteger((v as Cursor).o) && (v as Cursor).o >= 0;

/** Loaded lazily: the client is an ES module, and installs without Meilisearch never load it. */
export function createMeiliClient(config: SearchConfig): Meilisearch {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Meilisearch: Client } = require('meilisearch') as typeof import('meilisearch/dist/index');
  return new Client({ host: config.meiliUrl!, apiKey: config.meiliApiKey ?? undefined, timeout: 10_000 });
}

/**
 * Meilisearch adapter (official client). Writes arrive from the outbox worker in batches and
 * are awaited until Meilisearch reports the task succeeded, so the outbox row is only
 * marked done once the change is really searchable.
 */
export class MeiliSearchBackend implements SearchBackend {
  readonly name = 'meilisearch' as const;
  private readonly logger = new Logger('Meilisearch');

  constructor(
    readonly client: Meilisearch,
    readonly indexUid: string,
    private readonly taskTimeoutMs = 60_000,
  ) {}

  private get index() {
    return this.client.index<MeiliPostDocument>(this.indexUid);
  }

  private static check(task: Task, what: string): void {
    if (task.status !== 'succeeded') throw new Error(`Meilisearch ${what} ${task.status}: ${task.error?.message ?? ''}`);
  }

  /** Creates the index if needed and applies the settings (with the synonym dictionary). */
  async ensureIndex(groups: SynonymGroupTerms[], uid = this.indexUid): Promise<void> {
    const exists = await this.client.getIndex(uid).then(
      () => true,
      () => false,
    );
    if (!exists) MeiliSearchBackend.check(await this.client.createIndex(uid, { primaryKey: 'id' }).waitTask({ timeout: this.taskTimeoutMs }), 'createIndex');
    const index = this.client.index(uid);
    let task = await index.updateSettings(meiliSettings(groups)).waitTask({ timeout: this.taskTimeoutMs });
    if (task.status === 'failed' && /ranking/i.test(task.error?.message ?? '')) {
      task = await index.updateSettings(meiliSettings(groups, true)).waitTask({ timeout: this.taskTimeoutMs });
    }
    MeiliSearchBackend.check(task, 'updateSettings');
  }

  async upsert(docs: SearchDocument[], uid = this.indexUid): Promise<void> {
    if (docs.length === 0) return;
    const task = await this.client.index(uid).addDocuments(docs.map(toMeiliDocument), { primaryKey: 'id' }).waitTask({ timeout: this.taskTimeoutMs });
    MeiliSearchBackend.check(task, 'addDocuments');
  }

  async remove(ids: number[]): Promise<void> {
    if (ids.length === 0) return;
    MeiliSearchBackend.check(await this.index.deleteDocuments(ids).waitTask({ timeout: this.taskTimeoutMs }), 'deleteDocuments');
  }

  async applySynonyms(groups: SynonymGroupTerms[]): Promise<void> {
    MeiliSearchBackend.check(await this.index.updateSynonyms(synonymMap(groups)).waitTask({ timeout: this.taskTimeoutMs }), 'updateSynonyms');
  }

  /** Our parsed terms, not the raw input: the same splitting and the same phrases as FTS5. */
  private static queryString(req: SearchRequest): string {
    return req.terms.map((t) => (t.phrase ? `"${t.text.replace(/"/g, '')}"` : t.text)).join(' ');
  }

  async search(req: SearchRequest): Promise<SearchPage> {
    const after = req.after === null ? { o: 0 } : decodeCursor(req.after, isCursor);
    if (!after) throw badInput('カーソル（after）が正しくありません。', 'after');
    const limit = req.limit;
    const common = {
      filter: meiliFilter(req.filters),
      matchingStrategy: 'all' as const,
      attributesToRetrieve: ['id'],
      locales: ['jpn'],
    };
    // Page mode gives an exact totalHits; an offset that is not a page boundary falls back to offset mode.
    const aligned = limit > 0 && after.o % limit === 0;
    const res = aligned
      ? await this.index.search(MeiliSearchBackend.queryString(req), { ...common, hitsPerPage: limit, page: after.o / limit + 1 })
      : await this.index.search(MeiliSearchBackend.queryString(req), { ...common, offset: after.o, limit });
    const total = 'totalHits' in res && typeof res.totalHits === 'number' ? res.totalHits : ((res as { estimatedTotalHits?: number }).estimatedTotalHits ?? 0);
    const hits = limit === 0 ? [] : res.hits.slice(0, limit).map((h, i) => ({ id: Number(h.id), cursor: encodeCursor({ o: after.o + i + 1 }) }));
    return { hits, hasNextPage: after.o + hits.length < total, totalCount: total };
  }

  /**
   * Similar titles. The expanded `words` SearchService passes are not needed here: Meilisearch
   * applies the synonym dictionary itself (settings), segments Japanese (おくやみ is a word),
   * drops the most frequent words first (matchingStrategy 'frequency', the counterpart of the
   * FTS5 adapter's idf weights) and ranks exact whole-word matches higher (`exactness`).
   */
  async similar(title: string, limit: number, excludeId?: number): Promise<number[]> {
    const words = titleWords(title).filter((w) => Array.from(w).length >= 2);
    if (words.length === 0 || limit <= 0) return [];
    const res = await this.index.search(words.join(' '), {
      attributesToSearchOn: ['title'],
      matchingStrategy: 'frequency',
      filter: meiliFilter({}, excludeId),
      attributesToRetrieve: ['id'],
      limit,
      locales: ['jpn'],
    });
    return res.hits.map((h) => Number(h.id));
  }

  async documentCount(uid = this.indexUid): Promise<number> {
    return (await this.client.index(uid).getStats()).numberOfDocuments;
  }

  /** Atomically replaces the live index with a freshly built one, then drops the old one. */
  async swapInto(newUid: string): Promise<void> {
    const exists = await this.client.getIndex(this.indexUid).then(
      () => true,
      () => false,
    );
    // First build: an empty live index to swap with (swap-with-rename needs Meilisearch ≥ 1.18).
    if (!exists)
      MeiliSearchBackend.check(await this.client.createIndex(this.indexUid, { primaryKey: 'id' }).waitTask({ timeout: this.taskTimeoutMs }), 'createIndex');
    // `rename` is left out: servers before 1.18 reject the unknown field; absent means a plain swap.
    const swap = { indexes: [this.indexUid, newUid] } as unknown as IndexSwap;
    const task = await this.client.swapIndexes([swap]).waitTask({ timeout: this.taskTimeoutMs });
    MeiliSearchBackend.check(task, 'swapIndexes');
    await this.client.deleteIndex(newUid).waitTask({ timeout: this.taskTimeoutMs });
    this.logger.log(`index ${newUid} swapped into ${this.indexUid}`);
  }
}
