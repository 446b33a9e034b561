import { badInput } from '../../../core/errors/app-error';
import { placeholders } from '../../../core/graphql/loaders';
import { isShort, titleWords } from '../search-query';
import { bigramDocument, charLength, normalizeForSearch, WORD_CHAR } from '../search-text';
import { decodeCursor, encodeCursor, SearchBackend, SearchPage, SearchRequest } from '../search.port';
import type { DbService } from '../../../core/database/db.service';
import type { SearchDocEntity } from '../search-doc.entity';
import type { SearchDocument } from '../search-document';
import type { SearchTextEntity } from '../search-text.entity';
import type Database from 'better-sqlite3';

/** How many of the newest matching posts are ranked (see searchSync). */
export const RANK_WINDOW = 5000;

/** Per matched term: in the title, else in a tag, else in the body/answers/case fields. */
export const TERM_SCORE = { title: 12, tag: 6, text: 2 } as const;

/** An FTS5 string literal: the user's text can never become query syntax. */
const ftsString = (s: string) => `"${s.replace(/"/g, '""')}"`;
const wordChars = (s: string) =>
  Array.from(s)
    .filter((c) => WORD_CHAR.test(c))
    .join('');
const tagsField = (tags: string[]) => `\n${tags.map(normalizeForSearch).join('\n')}\n`;
const isHiragana = (s: string) => /^[\u3041-\u309F]+$/u.test(s);

type Cursor = [number, string, number];
const isCursor = (v: unknown): v is Cursor =>
  Array.isArray(v) && v.length === 3 && Number.isFinite(v[0]) && typeof v[1] === 'string' && Number.isSafeInteger(v[2]);

/**
 * SQLite FTS5 adapter. Three structures, all written in the caller's transaction:
 * - `search_tri`: trigram index of the normalised text (substring match for 3+ characters,
 *   quoted strings are phrases);
 * - `search_bi`: bigram tokens (see bigramDocument) for 1–2 character terms;
 * - `search_doc` / `search_text`: filter and ranking fields, and the display text snippets
 *   are cut from.
 * Both FTS tables are contentless: the text is stored once, in search_text.
 *
 * An adapter behind the search port is effectively the repository of the index: it is the only
 * place that knows the SQL of these tables (FTS5 is SQLite's; another database gets its own
 * adapter). Its synchronous writes (`upsertSync`, `removeSync`) run in the caller's `db.tx(...)`
 * (SearchIndexer, inside the write's transaction), so a post and its index rows commit together;
 * only the port's `upsert`/`remove` open a transaction of their own.
 */
export class FtsSearchBackend implements SearchBackend {
  readonly name = 'fts5' as const;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly db: DbService) {}

  private stmt(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (s) {
      this.statements.delete(sql);
    } else {
      s = this.db.raw.prepare(sql);
      if (this.statements.size >= 200) this.statements.delete(this.statements.keys().next().value!);
    }
    this.statements.set(sql, s);
    return s;
  }

  // ------------------------------------------------------------------ writing (synchronous)

  /** `fresh`: the tables are known to hold none of these posts (bulk build), skip the deletes. */
  upsertSync(docs: SearchDocument[], fresh = false): void {
    if (!fresh) this.removeSync(docs.map((d) => d.id));
    const tri = this.stmt('INSERT INTO search_tri (rowid, title, tags, body, answers) VALUES (?, ?, ?, ?, ?)');
    const bi = this.stmt('INSERT INTO search_bi (rowid, text) VALUES (?, ?)');
    const doc = this.stmt(
      `INSERT INTO search_doc (post_id, kind, status, department_id, author_id, answer_count, boost, featured, created_at, updated_at, title_n, tags_n)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const text = this.stmt('INSERT INTO search_text (post_id, body, answers) VALUES (?, ?, ?)');
    for (const d of docs) {
      const title = normalizeForSearch(d.title);
      const tags = tagsField(d.tags);
      const body = normalizeForSearch(d.body);
      const answers = normalizeForSearch(d.answers);
      tri.run(d.id, title, tags, body, answers);
      bi.run(d.id, [title, tags, body, answers].map(bigramDocument).join(' '));
      doc.run(d.id, d.kind, d.status, d.departmentId, d.authorId, d.answerCount, d.boost, d.featured ? 1 : 0, d.createdAt, d.updatedAt, title, tags);
      text.run(d.id, d.body, d.answers);
    }
  }

  removeSync(ids: number[]): void {
    for (const table of ['search_tri', 'search_bi']) {
      const s = this.stmt(`DELETE FROM ${table} WHERE rowid = ?`);
      for (const id of ids) s.run(id);
    }
    for (const table of ['search_doc', 'search_text']) {
      const s = this.stmt(`DELETE FROM ${table} WHERE post_id = ?`);
      for (const id of ids) s.run(id);
    }
  }

  /** No post is indexed yet (a first build can skip the deletes). */
  isEmpty(): boolean {
    return ((this.stmt('SELECT COUNT(*) AS n FROM search_doc').get() as { n: number } | undefined)?.n ?? 0) === 0;
  }

  /** Indexed posts that are deleted, hidden or gone. */
  orphanIds(): number[] {
    return (
      this.stmt('SELECT post_id FROM search_doc WHERE post_id NOT IN (SELECT id FROM post WHERE deleted_at IS NULL AND hidden_at IS NULL)').all() as Pick<
        SearchDocEntity,
        'post_id'
      >[]
    ).map((r) => r.post_id);
  }

  async upsert(docs: SearchDocument[]): Promise<void> {
    this.db.tx(() => this.upsertSync(docs));
  }

  async remove(ids: number[]): Promise<void> {
    this.db.tx(() => this.removeSync(ids));
  }

  /** Synonyms are expanded into each term's alternatives before the query reaches us. */
  async applySynonyms(): Promise<void> {}

  // ------------------------------------------------------------------ reading

  /**
   * The terms as rowid-producing SELECTs over the FTS tables (all must match: INTERSECT),
   * the filters as conditions on search_doc, and the score of a row.
   */
  private compile(req: SearchRequest): {
    parts: { sql: string; params: unknown[] }[];
    filters: string[];
    filterParams: unknown[];
    score: string;
    scoreParams: unknown[];
  } {
    const parts: { sql: string; params: unknown[] }[] = [];
    const tri: string[] = [];
    const bi: string[] = [];
    const scoreParts: string[] = [];
    const scoreParams: unknown[] = [];
    for (const term of req.terms) {
      const long = term.alternatives.filter((a) => !isShort(a));
      const short = [
        ...new Set(
          term.alternatives
            .filter(isShort)
            .map(wordChars)
            .filter((s) => s !== ''),
        ),
      ];
      const triExpr = long.map(ftsString).join(' OR ');
      const biExpr = short.map((s) => (charLength(s) === 1 ? `${ftsString(s)} *` : ftsString(s))).join(' OR ');
      if (short.length === 0) tri.push(`(${triExpr})`);
      else if (long.length === 0) bi.push(`(${biExpr})`);
      else {
        parts.push({
          sql: 'SELECT rowid AS id FROM search_tri WHERE search_tri MATCH ? UNION SELECT rowid AS id FROM search_bi WHERE search_bi MATCH ?',
          params: [triExpr, biExpr],
        });
      }
      const any = (col: string) => term.alternatives.map(() => `instr(${col}, ?) > 0`).join(' OR ');
      scoreParts.push(`CASE WHEN ${any('d.title_n')} THEN ${TERM_SCORE.title} WHEN ${any('d.tags_n')} THEN ${TERM_SCORE.tag} ELSE ${TERM_SCORE.text} END`);
      scoreParams.push(...term.alternatives, ...term.alternatives);
    }
    // One MATCH per table with the terms ANDed inside it: FTS5 intersects its own doclists.
    if (bi.length) parts.unshift({ sql: 'SELECT rowid AS id FROM search_bi WHERE search_bi MATCH ?', params: [bi.join(' AND ')] });
    if (tri.length) parts.unshift({ sql: 'SELECT rowid AS id FROM search_tri WHERE search_tri MATCH ?', params: [tri.join(' AND ')] });
    const filters: string[] = [];
    const filterParams: unknown[] = [];
    const add = (cond: string, ...values: unknown[]) => {
      filters.push(cond);
      filterParams.push(...values);
    };
    const f = req.filters;
    if (f.kind) add('d.kind = ?', f.kind);
    if (f.status) add('d.status = ?', f.status);
    if (f.tagKey !== undefined) add('instr(d.tags_n, ?) > 0', `\n${normalizeForSearch(f.tagKey)}\n`);
    if (f.departmentIds) add(`d.department_id IN (${placeholders(f.departmentIds.length)})`, ...f.departmentIds);
    if (f.authorId !== undefined) add('d.author_id = ?', f.authorId);
    if (f.unanswered) add("d.kind = 'QUESTION' AND d.answer_count = 0");
    if (f.featured !== undefined) add('d.featured = ?', f.featured ? 1 : 0);
    if (f.createdFrom) add('d.created_at >= ?', f.createdFrom);
    if (f.createdBefore) add('d.created_at < ?', f.createdBefore);
    return { parts, filters, filterParams, score: `${scoreParts.join(' + ')} + d.boost`, scoreParams };
  }

  /** Matching post ids, newest first (post ids grow with time), as one SELECT. */
  private matches(parts: { sql: string; params: unknown[] }[]): { sql: string; params: unknown[] } {
    const sql = parts.length === 1 ? parts[0].sql : parts.map((p) => `SELECT id FROM (${p.sql})`).join(' INTERSECT ');
    return { sql, params: parts.flatMap((p) => p.params) };
  }

  async search(req: SearchRequest): Promise<SearchPage> {
    return this.searchSync(req);
  }

  /**
   * Ranking scores only the RANK_WINDOW newest matching posts: for a term found in half the
   * corpus (窓口 in 50,000 posts) scoring everything costs ~30 ms and adds nothing a person
   * would page to; within the window, title > tag > text, then boosts, then recency.
   * totalCount is still exact, counted on the FTS tables alone when there are no filters.
   */
  searchSync(req: SearchRequest): SearchPage {
    const after = req.after === null ? null : decodeCursor(req.after, isCursor);
    if (req.after !== null && !after) throw badInput('カーソル（after）が正しくありません。', 'after');
    const { parts, filters, filterParams, score, scoreParams } = this.compile(req);
    if (parts.length === 0) return { hits: [], hasNextPage: false, totalCount: 0 };
    const m = this.matches(parts);
    const filtered = filters.length > 0;
    // Unfiltered, the window is cut inside the FTS query (FTS5 stops early on rowid order);
    // filtered, a wider slice of matches is filtered first, then cut.
    const inner = `SELECT id FROM (${m.sql}) ORDER BY id DESC LIMIT ${filtered ? RANK_WINDOW * 4 : RANK_WINDOW}`;
    const where = filtered ? `AND ${filters.join(' AND ')}` : '';
    const keyset = after ? 'WHERE score < ? OR (score = ? AND (created_at < ? OR (created_at = ? AND post_id < ?)))' : '';
    const keyParams = after ? [after[0], after[0], after[1], after[1], after[2]] : [];
    const rows =
      req.limit === 0
        ? []
        : (this.stmt(
            `SELECT post_id, score, created_at FROM (
               SELECT d.post_id, d.created_at, ${score} AS score FROM search_doc d
                WHERE d.post_id IN (${inner}) ${where}
                ORDER BY d.post_id DESC LIMIT ${RANK_WINDOW})
              ${keyset} ORDER BY score DESC, created_at DESC, post_id DESC LIMIT ?`,
          ).all(...scoreParams, ...m.params, ...filterParams, ...keyParams, req.limit + 1) as (Pick<SearchDocEntity, 'post_id' | 'created_at'> & {
            score: number;
          })[]);
    const page = rows.slice(0, req.limit);
    const totalCount = filtered
      ? (this.stmt(`SELECT COUNT(*) AS n FROM search_doc d WHERE d.post_id IN (${m.sql}) ${where}`).get(...m.params, ...filterParams) as { n: number }).n
      : (this.stmt(`SELECT COUNT(*) AS n FROM (${m.sql})`).get(...m.params) as { n: number }).n;
    return {
      hits: page.map((r) => ({ id: r.post_id, cursor: encodeCursor([r.score, r.created_at, r.post_id]) })),
      hasNextPage: rows.length > req.limit,
      totalCount,
    };
  }

  async similar(title: string, limit: number, excludeId?: number): Promise<number[]> {
    return this.similarSync(title, limit, excludeId);
  }

  /**
   * Titles that share content with `title`: candidates from the trigram index of titles
   * (bm25 over the typed title's trigrams, all-hiragana trigrams like 「したい」 left out),
   * re-ranked by how many of the typed words they contain and how many trigrams they share.
   */
  similarSync(title: string, limit: number, excludeId?: number): number[] {
    const words = titleWords(title).filter((w) => charLength(w) >= 2);
    if (words.length === 0 || limit <= 0) return [];
    const trigrams = new Set<string>();
    for (const w of words) {
      const cs = Array.from(w);
      for (let i = 0; i + 3 <= cs.length; i += 1) {
        const g = cs.slice(i, i + 3).join('');
        if (!isHiragana(g)) trigrams.add(g);
      }
    }
    let candidates: Pick<SearchDocEntity, 'post_id' | 'title_n' | 'boost' | 'created_at'>[];
    if (trigrams.size > 0) {
      candidates = this.stmt(
        `SELECT d.post_id, d.title_n, d.boost, d.created_at FROM
           (SELECT rowid AS id FROM search_tri WHERE search_tri MATCH ? ORDER BY rank LIMIT 60) c
           JOIN search_doc d ON d.post_id = c.id`,
      ).all(`{title} : (${[...trigrams].map(ftsString).join(' OR ')})`) as typeof candidates;
    } else {
      // Only 2-character words (「窓口 研修」): no trigram to look up, scan the titles.
      candidates = this.stmt(
        `SELECT post_id, title_n, boost, created_at FROM search_doc WHERE ${words.map(() => 'instr(title_n, ?) > 0').join(' OR ')}
          ORDER BY created_at DESC LIMIT 60`,
      ).all(...words) as typeof candidates;
    }
    return candidates
      .filter((c) => c.post_id !== excludeId)
      .map((c) => {
        const wordHits = words.filter((w) => c.title_n.includes(w)).length;
        let shared = 0;
        for (const g of trigrams) if (c.title_n.includes(g)) shared += 1;
        return { c, wordHits, shared, score: wordHits * 3 + shared };
      })
      .filter((x) => x.wordHits >= 1 || x.shared >= 2)
      .sort((a, b) => b.score - a.score || b.c.boost - a.c.boost || (a.c.created_at < b.c.created_at ? 1 : -1))
      .slice(0, limit)
      .map((x) => x.c.post_id);
  }

  /** Display text for snippets. */
  texts(ids: number[]): Map<number, { body: string; answers: string }> {
    if (ids.length === 0) return new Map();
    const rows = this.stmt(`SELECT post_id, body, answers FROM search_text WHERE post_id IN (${placeholders(ids.length)})`).all(...ids) as SearchTextEntity[];
    return new Map(rows.map((r) => [r.post_id, { body: r.body, answers: r.answers }]));
  }
}
