/**
 * Text normalisation shared by indexing and querying. Both sides MUST go through
 * `normalizeForSearch`, so ＲＰＡ, ｒｐａ and RPA (or ｶﾅ and カナ) are one string for search.
 *
 * NFKC folds full-/half-width forms and compatibility characters (㈱ → (株), ① → 1),
 * then case is folded. Whitespace runs collapse to one space so phrases match across
 * line breaks and ideographic spaces.
 */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/ς/g, 'σ').replace(/\s+/g, ' ').trim();
}

/** Letters and digits of any script (kanji, kana incl. ー and 々, Latin, …): what a term is made of. */
export const WORD_CHAR = /[\p{L}\p{N}]/u;
const WORD_RUN = /[\p{L}\p{N}]+/gu;

/** Number of characters (code points), not UTF-16 units. */
export function charLength(s: string): number {
  let n = 0;
  for (const _ of s) n += 1;
  return n;
}

/**
 * The "bigram document" for the 1–2 character path. The trigram tokenizer cannot find
 * strings shorter than three characters through its index, so every run of letters/digits
 * is also written as space-separated overlapping bigrams plus its last character alone:
 * 「窓口申請」 → `窓口 口申 申請 請`. A 2-character term is then one token lookup, and a
 * 1-character term X is the prefix query `X*` (X starts a bigram, or ends a run).
 */
export function bigramDocument(normalized: string): string {
  const out: string[] = [];
  for (const m of normalized.matchAll(WORD_RUN)) {
    const chars = Array.from(m[0]);
    for (let i = 0; i + 1 < chars.length; i += 1) out.push(chars[i] + chars[i + 1]);
    out.push(chars[chars.length - 1]);
  }
  return out.join(' ');
}

/**
 * Normalises display text and keeps, for every character of the result, where it came
 * from in the original, so a match found in normalised text can be highlighted in the text
 * people actually wrote (ＲＰＡ stays ＲＰＡ, only marked). Works cluster by cluster
 * (a base character and its combining or half-width sound marks: ｶﾞ → ガ).
 */
export function normalizeWithMap(text: string): { norm: string; start: number[]; end: number[] } {
  return isPlainNfkc(text) ? normalizePlainWithMap(text) : normalizeClustersWithMap(text);
}

const MARK = /[\p{M}\uFF9E\uFF9F]/u;

/** Text NFKC leaves alone and without combining marks: every character maps to itself. */
function isPlainNfkc(text: string): boolean {
  return text.normalize('NFKC') === text && !MARK.test(text) && !text.includes('ς');
}

function isWhitespace(c: number): boolean {
  return c <= 32
    ? c === 32 || (c >= 9 && c <= 13)
    : c === 0x85 ||
        c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff;
}

/**
 * The common case (ordinary Japanese and ASCII), an order of magnitude faster than the
 * per-cluster path: only case folding and whitespace collapsing can change anything, and
 * both keep a 1:1 map unless lower-casing changes a length (then the general path runs).
 */
function normalizePlainWithMap(text: string): { norm: string; start: number[]; end: number[] } {
  let norm = '';
  const start: number[] = [];
  const end: number[] = [];
  let lastWasSpace = true;
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
    const to = i + width;
    if (isWhitespace(c)) {
      if (!lastWasSpace) {
        norm += ' ';
        start.push(i);
        end.push(to);
        lastWasSpace = true;
      }
      i = to;
      continue;
    }
    lastWasSpace = false;
    const ch = width === 1 ? text[i] : text.slice(i, to);
    const piece = c < 128 ? (c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : ch) : ch.toLowerCase();
    if (piece.length !== width) return normalizeClustersWithMap(text);
    for (let k = 0; k < piece.length; k += 1) {
      start.push(i);
      end.push(to);
    }
    norm += piece;
    i = to;
  }
  return { norm, start, end };
}

export function normalizeClustersWithMap(text: string): { norm: string; start: number[]; end: number[] } {
  let norm = '';
  const start: number[] = [];
  const end: number[] = [];
  const cluster = /[^\p{M}\uFF9E\uFF9F][\p{M}\uFF9E\uFF9F]*|[\p{M}\uFF9E\uFF9F]+/gsu;
  let lastWasSpace = true; // trims leading whitespace like normalizeForSearch
  for (const m of text.matchAll(cluster)) {
    const from = m.index!;
    const to = from + m[0].length;
    let piece = m[0].normalize('NFKC').toLowerCase().replace(/ς/g, 'σ');
    if (/^\s+$/u.test(piece)) {
      if (lastWasSpace) continue;
      piece = ' ';
      lastWasSpace = true;
    } else {
      lastWasSpace = false;
    }
    for (let i = 0; i < piece.length; i += 1) {
      start.push(from);
      end.push(to);
    }
    norm += piece;
  }
  return { norm, start, end };
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}
