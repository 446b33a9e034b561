import { badInput } from '../../../core/errors/app-error';
import { placeholders } from '../../../core/graphql/loaders';
import { isShort, SearchTerm, titleTerms } from '../search-query';
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
const HIRAGANA_CHAR = /^[\u3041-\u309F]$/u;
const KANJI_CHAR = /^\p{Script=Han}$/u;
/** Single-character particles that can open a hiragana run: 「…のおくやみ窓口」. */
const LEADING_PARTICLE = /^[のをにではがとやへも]/u;

/** Idf of a word is counted up to this many documents (more is simply "common"). */
export const SIMILAR_DF_CAP = 200;
/** At most this many document-frequency look-ups per similar-titles query, of words up to this length. */
export const SIMILAR_DF_LOOKUPS = 8;
export const SIMILAR_DF_MAX_CHARS = 8;
/**
 * A word only partly in a title counts this share of its weight per character covered by a
 * shared trigram or piece, and half of it per character covered only by a shared bigram
 * (始め方 / 始める); all of it when whole.
 */
const SIMILAR_PARTIAL = 0.7;

interface SimilarAlternative {
  text: string;
  length: number;
  /** [start, trigram]: the trigrams looked up and compared */
  trigrams: [number, string][];
  /** [start, bigram]: compared only (a stem shared with another ending) */
  bigrams: [number, string][];
  /** [from, to, text]: parts of a mixed word split at a hiragana word or a Latin run (おくやみ | 窓口, rpa | 研修) */
  pieces: [number, number, string][];
}
interface SimilarWord {
  length: number;
  alts: SimilarAlternative[];
  weight: number;
}

/**
 * Hiragana runs of a word that are content rather than okurigana: 3+ characters, not right
 * after a kanji (書かない, 作りたい are okurigana; おくやみ, ワンストップのおくやみ are not).
 * A single leading particle is left out of the run (のおくやみ → おくやみ). [from, to) in characters.
 */
function contentRuns(chars: string[]): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i < chars.length;) {
    if (!HIRAGANA_CHAR.test(chars[i])) {
      i += 1;
      continue;
    }
    let j = i;
    while (j < chars.length && HIRAGANA_CHAR.test(chars[j])) j += 1;
    let from = i;
    if (i > 0 && j - i >= 4 && LEADING_PARTICLE.test(chars[i])) from += 1;
    if (j - from >= 3 && (i === 0 || !KANJI_CHAR.test(chars[i - 1]))) runs.push([from, j]);
    i = j;
  }
  return runs;
}

/** Runs of 2+ Latin letters or digits (a word of its own inside RPA研修, teams会議). [from, to) in characters. */
function latinRuns(chars: string[]): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i < chars.length;) {
    if (!/^[a-z0-9]$/.test(chars[i])) {
      i += 1;
      continue;
    }
    let j = i;
    while (j < chars.length && /^[a-z0-9-]$/.test(chars[j])) j += 1;
    if (j - i >= 2) runs.push([i, j]);
    i = j;
  }
  return runs;
}

function similarAlternative(text: string): SimilarAlternative {
  const chars = Array.from(text);
  const runs = contentRuns(chars);
  const inRun = (i: number) => runs.some(([from, to]) => i >= from && i + 3 <= to);
  const trigrams: [number, string][] = [];
  for (let i = 0; i + 3 <= chars.length; i += 1) {
    const g = chars.slice(i, i + 3).join('');
    if (!isHiragana(g) || inRun(i)) trigrams.push([i, g]);
  }
  const bigrams: [number, string][] = [];
  for (let i = 0; i + 2 <= chars.length; i += 1) {
    const g = chars.slice(i, i + 2).join('');
    if (!isHiragana(g) && Array.from(g).every((c) => WORD_CHAR.test(c))) bigrams.push([i, g]);
  }
  const pieces: [number, number, string][] = [];
  const spans = [...runs, ...latinRuns(chars)].sort((a, b) => a[0] - b[0]);
  if (spans.length > 0 && !(spans.length === 1 && spans[0][0] === 0 && spans[0][1] === chars.length)) {
    let last = 0;
    const add = (from: number, to: number) => {
      const p = chars.slice(from, to).join('');
      if (to - from >= 2 && Array.from(p).some((c) => WORD_CHAR.test(c))) pieces.push([from, to, p]);
    };
    for (const [from, to] of spans) {
      add(last, from);
      add(from, to);
      last = to;
    }
    add(last, chars.length);
  }
  return { text, length: chars.length, trigrams, bigrams, pieces };
}

/** The typed words (2+ characters) with their synonym variants, prepared for similarSync. */
function similarWords(terms: SearchTerm[]): SimilarWord[] {
  const out: SimilarWord[] = [];
  for (const term of terms) {
    if (charLength(term.text) < 2) continue;
    const texts = [...new Set([term.text, ...term.alternatives])].filter((a) => charLength(a) >= 2);
    out.push({ length: charLength(term.text), alts: texts.map(similarAlternative), weight: 1 });
  }
  return out;
}

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
  private docCountCache: { n: number; at: number } | null = null;

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
      `INSERT INTO search_doc (post_id, kind, status, idea_status, department_id, author_id, answer_count, boost, featured, created_at, updated_at, title_n, tags_n)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const text = this.stmt('INSERT INTO search_text (post_id, body, answers) VALUES (?, ?, ?)');
    for (const d of docs) {
      const title = normalizeForSearch(d.title);
      const tags = tagsField(d.tags);
      const body = normalizeForSearch(d.body);
      const answers = normalizeForSearch(d.answers);
      tri.run(d.id, title, tags, body, answers);
      bi.run(d.id, [title, tags, body, answers].map(bigramDocument).join(' '));
      doc.run(
        d.id,
        d.kind,
        d.status,
        d.ideaStatus,
        d.departmentId,
        d.authorId,
        d.answerCount,
        d.boost,
        d.featured ? 1 : 0,
        d.createdAt,
        d.updatedAt,
        title,
        tags,
      );
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
    if (f.ideaStatus) add('d.idea_status = ?', f.ideaStatus);
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

  async similar(title: string, limit: number, excludeId?: number, words?: SearchTerm[]): Promise<number[]> {
    return this.similarSync(title, limit, excludeId, words);
  }

  /** The number of documents in the index, counted at most once a minute (the weights need only its order of magnitude). */
  private docCount(): number {
    const now = Date.now();
    if (!this.docCountCache || now - this.docCountCache.at > 60_000) {
      this.docCountCache = { n: (this.stmt('SELECT COUNT(*) AS n FROM search_doc').get() as { n: number }).n, at: now };
    }
    return this.docCountCache.n;
  }

  /**
   * How many titles contain `word` (3+ characters: a trigram phrase on the title column), or,
   * for a 2-character word, how many posts contain it anywhere (the bigram index has no
   * columns). Counting stops at SIMILAR_DF_CAP, so a common word costs no more than a rare one.
   */
  private documentFrequency(word: string): number {
    if (!isShort(word)) {
      return (
        this.stmt(`SELECT COUNT(*) AS n FROM (SELECT rowid FROM search_tri WHERE search_tri MATCH ? LIMIT ${SIMILAR_DF_CAP})`).get(
          `{title} : ${ftsString(word)}`,
        ) as {
          n: number;
        }
      ).n;
    }
    const w = wordChars(word);
    if (charLength(w) !== 2) return SIMILAR_DF_CAP;
    return (
      this.stmt(`SELECT COUNT(*) AS n FROM (SELECT rowid FROM search_bi WHERE search_bi MATCH ? LIMIT ${SIMILAR_DF_CAP})`).get(ftsString(w)) as { n: number }
    ).n;
  }

  /**
   * Titles that share content with `title` (the ask form's 「似た質問」, and related posts).
   * Candidates: the 60 best titles by bm25 over the typed words' trigrams (title column;
   * okurigana-like hiragana trigrams of mixed words such as 「したい」 left out, but a
   * hiragana word such as 「おくやみ」 kept), synonym variants included. Re-ranked by how much
   * of each typed word a title contains, each word weighted by how specific it is (idf: a
   * word in few titles counts more than 窓口 or 申請), plus a bonus when the whole typed title
   * appears; ties go to boost (resolved, featured), then bm25, then the newer post.
   */
  similarSync(title: string, limit: number, excludeId?: number, terms?: SearchTerm[]): number[] {
    if (limit <= 0) return [];
    const words = similarWords(terms ?? titleTerms(title));
    if (words.length === 0) return [];
    // All trigrams of the typed words; of a synonym variant only the first two it does not share
    // with the word (enough to find titles that use it, and each one more costs bm25 time).
    const trigrams = new Set<string>();
    for (const w of words) {
      const own = new Set(w.alts[0].trigrams.map(([, g]) => g));
      for (const g of own) trigrams.add(g);
      for (const a of w.alts.slice(1)) {
        for (const g of a.trigrams
          .map(([, x]) => x)
          .filter((x) => !own.has(x))
          .slice(0, 2))
          trigrams.add(g);
      }
    }
    let candidates: (Pick<SearchDocEntity, 'post_id' | 'title_n' | 'boost' | 'created_at'> & { rank: number })[];
    if (trigrams.size > 0) {
      candidates = this.stmt(
        `SELECT d.post_id, d.title_n, d.boost, d.created_at, c.rank FROM
           (SELECT rowid AS id, rank FROM search_tri WHERE search_tri MATCH ? ORDER BY rank LIMIT 60) c
           JOIN search_doc d ON d.post_id = c.id`,
      ).all(`{title} : (${[...trigrams].map(ftsString).join(' OR ')})`) as typeof candidates;
    } else {
      // Only 2-character words (「窓口 研修」): no trigram to look up, scan the titles.
      const needles = [...new Set(words.flatMap((w) => w.alts.map((a) => a.text)))];
      candidates = this.stmt(
        `SELECT post_id, title_n, boost, created_at, 0 AS rank FROM search_doc WHERE ${needles.map(() => 'instr(title_n, ?) > 0').join(' OR ')}
          ORDER BY created_at DESC LIMIT 60`,
      ).all(...needles) as typeof candidates;
    }
    candidates = candidates.filter((c) => c.post_id !== excludeId);
    if (candidates.length === 0) return [];
    // Specificity: idf of each word from the index, the longest words first within a bounded
    // number of look-ups; a synonym variant is counted only when the word itself is in no title (お悔やみ).
    const n = Math.max(this.docCount(), 1);
    let lookups = SIMILAR_DF_LOOKUPS;
    for (const w of [...words].sort((a, b) => b.length - a.length)) {
      let df = -1;
      for (const a of w.alts) {
        // A phrase longer than SIMILAR_DF_MAX_CHARS (「写しでタブレットがうまく動きません」, particles
        // not split) is rarely in a title whole, and counting it walks common trigrams: not looked up.
        if (lookups === 0 || df > 0 || a.length > SIMILAR_DF_MAX_CHARS) break;
        lookups -= 1;
        df = Math.max(df, this.documentFrequency(a.text));
      }
      // Not looked up (a very long title): an ordinary word.
      if (df < 0) df = Math.min(SIMILAR_DF_CAP, n) / 10;
      w.weight = 1 + Math.log(Math.min(SIMILAR_DF_CAP, n) / Math.max(1, Math.min(df, SIMILAR_DF_CAP)));
    }
    const compact = normalizeForSearch(title ?? '').replace(/\s+/g, '');
    const totalWeight = words.reduce((sum, w) => sum + w.weight, 0);
    return candidates
      .map((c) => {
        const t = c.title_n;
        let score = 0;
        let hits = 0;
        let pieceHit = false;
        const shared = new Set<string>();
        for (const w of words) {
          let cover = 0;
          for (const a of w.alts) {
            for (const [, g] of a.trigrams) if (t.includes(g)) shared.add(g);
            if (t.includes(a.text)) {
              cover = 1;
              continue;
            }
            // Part of the word: the characters covered by shared trigrams and by its pieces (おくやみ of おくやみ窓口).
            const covered = new Array<number>(a.length).fill(0);
            const mark = (from: number, to: number, share: number) => {
              for (let i = from; i < to; i += 1) covered[i] = Math.max(covered[i], share);
            };
            for (const [i, g] of a.trigrams) if (t.includes(g)) mark(i, i + 3, 1);
            for (const [from, to, p] of a.pieces) {
              if (!t.includes(p)) continue;
              mark(from, to, 1);
              pieceHit = true;
            }
            for (const [i, g] of a.bigrams) if (t.includes(g)) mark(i, i + 2, 0.5);
            cover = Math.max(cover, (SIMILAR_PARTIAL * covered.reduce((sum, x) => sum + x, 0)) / a.length);
          }
          if (cover === 1) hits += 1;
          score += w.weight * cover;
        }
        if (words.length > 1 && charLength(compact) >= 3 && t.includes(compact)) score += totalWeight / 2;
        // As before: a whole word (or a piece of one), or at least two shared trigrams.
        return { c, score, keep: hits >= 1 || pieceHit || shared.size >= 2 };
      })
      .filter((x) => x.keep)
      .sort(
        (a, b) =>
          b.score - a.score ||
          b.c.boost - a.c.boost ||
          a.c.rank - b.c.rank ||
          (a.c.created_at < b.c.created_at ? 1 : a.c.created_at > b.c.created_at ? -1 : b.c.post_id - a.c.post_id),
      )
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
