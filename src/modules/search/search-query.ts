import { badInput } from '../../core/errors/app-error';
import { charLength, normalizeForSearch, WORD_CHAR } from './search-text';

export const SEARCH_LIMITS = { queryChars: 200, terms: 10, alternativesPerTerm: 8, titleChars: 150 } as const;

export interface SearchTerm {
  /** normalised text; every term must match (AND) */
  text: string;
  /** written in quotes: matched exactly as written, never split */
  phrase: boolean;
  /** `text` first, then synonym variants; any one of them matching is enough (OR) */
  alternatives: string[];
}

/**
 * Hiragana runs that, between other words, are grammar rather than content: 「マイナンバーの申請」
 * means マイナンバー AND 申請. Without a morphological analyser a whole-run list is the
 * safe subset: 「おくやみ」「書かない」 are never split because they are not in it.
 */
const PARTICLES = new Set([
  'の',
  'を',
  'に',
  'で',
  'は',
  'が',
  'と',
  'や',
  'へ',
  'も',
  'から',
  'まで',
  'より',
  'など',
  'には',
  'では',
  'とは',
  'での',
  'への',
  'との',
  'について',
  'に関する',
  'に関して',
  'における',
  'による',
  'によって',
  'ための',
  'したい',
  'する',
  'して',
  'した',
  'している',
  'できる',
  'できますか',
  'ですか',
  'ますか',
  'ません',
  'ですが',
  'ており',
  'なし',
  'あり',
]);
const HIRAGANA_RUN = /[\u3041-\u309F]+/gu;

function splitParticles(word: string): string[] {
  const parts: string[] = [];
  let last = 0;
  for (const m of word.matchAll(HIRAGANA_RUN)) {
    const from = m.index!;
    const to = from + m[0].length;
    const boundedBefore = from > 0;
    const boundedAfter = to < word.length;
    if ((boundedBefore || boundedAfter) && PARTICLES.has(m[0])) {
      parts.push(word.slice(last, from));
      last = to;
    }
  }
  parts.push(word.slice(last));
  return parts.filter((p) => p !== '');
}

/** Strip punctuation around a bare word: `(rpa)` → `rpa`; inner punctuation stays (`ai-ocr`). */
function trimPunctuation(word: string): string {
  const chars = Array.from(word);
  let a = 0;
  let b = chars.length;
  while (a < b && !WORD_CHAR.test(chars[a])) a += 1;
  while (b > a && !WORD_CHAR.test(chars[b - 1])) b -= 1;
  return chars.slice(a, b).join('');
}

/**
 * Parses what a person typed. Nothing here is ever passed to FTS5 as syntax: operators,
 * brackets and stray quotes are plain characters, so `"` or `AND (` cannot break a query.
 * Quoted text is a phrase; other words are split on whitespace and on particles.
 * Punctuation-only words carry nothing searchable and are left out; the terms actually
 * used are returned to the client, so nothing is dropped silently.
 */
export function parseSearchQuery(raw: string): SearchTerm[] {
  const input = (raw ?? '').trim();
  if (charLength(input) > SEARCH_LIMITS.queryChars) {
    throw badInput(`検索語は${SEARCH_LIMITS.queryChars}文字以内で入力してください。`, 'query');
  }
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(input)) throw badInput('検索語に使えない制御文字が含まれています。', 'query');
  // “ ” and 「」 are accepted as quotes too: they are what a Japanese IME produces.
  const normalized = normalizeForSearch(input).replace(/[“”「」『』]/g, '"');
  const terms: SearchTerm[] = [];
  const add = (text: string, phrase: boolean) => {
    if (text === '' || !Array.from(text).some((c) => WORD_CHAR.test(c))) return;
    if (!terms.some((t) => t.text === text && t.phrase === phrase)) terms.push({ text, phrase, alternatives: [text] });
  };
  for (const m of normalized.matchAll(/"([^"]*)"|([^\s"]+)/g)) {
    if (m[1] !== undefined) add(m[1].trim(), true);
    else for (const part of splitParticles(m[2])) add(trimPunctuation(part), false);
  }
  if (terms.length === 0) throw badInput('検索語を入力してください（文字または数字を含めてください）。', 'query');
  if (terms.length > SEARCH_LIMITS.terms) throw badInput(`検索語は${SEARCH_LIMITS.terms}個までにしてください。`, 'query');
  return terms;
}

/**
 * Words of a title for "similar questions": the same split, without failing on input that
 * has nothing searchable (the user is still typing).
 */
export function titleWords(title: string): string[] {
  const normalized = normalizeForSearch(
    Array.from(title ?? '')
      .slice(0, SEARCH_LIMITS.titleChars)
      .join(''),
  );
  const out: string[] = [];
  for (const w of normalized.split(/[\s"“”「」『』、。,.!?！？・:：;；()（）[\]【】]+/)) {
    for (const part of splitParticles(w)) {
      const t = trimPunctuation(part);
      if (t !== '' && !out.includes(t)) out.push(t);
    }
  }
  return out;
}

/**
 * The title's words as terms, for SynonymsService.expand: SearchService adds the synonym
 * variants before asking a backend for similar titles (お悔やみ窓口 → おくやみ窓口).
 */
export function titleTerms(title: string): SearchTerm[] {
  return titleWords(title).map((text) => ({ text, phrase: false, alternatives: [text] }));
}

/** Is this term matched by the bigram path (fewer than three characters)? */
export const isShort = (s: string) => charLength(s) < 3;
