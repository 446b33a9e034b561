import { escapeHtml, normalizeForSearch, normalizeWithMap } from './search-text';

/** Ranges [start, end) in the original text where any of the needles occurs (normalised comparison). */
export function matchRanges(text: string, needles: string[]): [number, number][] {
  const wanted = [...new Set(needles.map((n) => normalizeForSearch(n)).filter((n) => n !== ''))];
  if (wanted.length === 0 || text === '') return [];
  const { norm, start, end } = normalizeWithMap(text);
  const ranges: [number, number][] = [];
  for (const n of wanted) {
    let i = norm.indexOf(n);
    while (i !== -1) {
      ranges.push([start[i], end[i + n.length - 1]]);
      i = norm.indexOf(n, i + n.length);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/**
 * HTML for a piece of user text with matches wrapped in <mark>. Everything the user wrote is
 * escaped; the only markup in the result is ours.
 */
export function highlight(text: string, ranges: [number, number][], from = 0, to = text.length): string {
  let html = '';
  let pos = from;
  for (const [a, b] of ranges) {
    if (b <= from || a >= to) continue;
    const s = Math.max(a, from);
    const e = Math.min(b, to);
    html += escapeHtml(text.slice(pos, s)) + '<mark>' + escapeHtml(text.slice(s, e)) + '</mark>';
    pos = e;
  }
  return html + escapeHtml(text.slice(pos, to));
}

/** Does not cut a surrogate pair in half. */
function safeIndex(text: string, i: number): number {
  if (i <= 0) return 0;
  if (i >= text.length) return text.length;
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff ? i - 1 : i;
}

/**
 * A window of about `size` characters around the first match in the first text that has
 * one; when only the title matched, the beginning of the first non-empty text.
 */
export function buildSnippet(texts: string[], needles: string[], size = 120): string {
  const wanted = needles.map((n) => normalizeForSearch(n)).filter((n) => n !== '');
  for (const text of texts) {
    // Cheap whole-text check first (native NFKC); the offset-mapping normaliser is slow and
    // only runs on a prefix that reaches the first match, grown until it does.
    const normAll = normalizeForSearch(text);
    if (!wanted.some((n) => normAll.includes(n))) continue;
    let first: [number, number] | undefined;
    for (let k = 400; !first; k *= 4) {
      const end = safeIndex(text, Math.min(text.length, k));
      first = matchRanges(text.slice(0, end), needles)[0];
      if (end >= text.length) break;
    }
    if (!first) continue;
    const from = safeIndex(text, Math.max(0, first[0] - Math.floor(size / 3)));
    const to = safeIndex(text, Math.min(text.length, from + size));
    const ranges = matchRanges(text.slice(0, safeIndex(text, Math.min(text.length, to + 64))), needles);
    return (from > 0 ? '…' : '') + highlight(text, ranges, from, to) + (to < text.length ? '…' : '');
  }
  const first = texts.find((t) => t.trim() !== '') ?? '';
  const to = safeIndex(first, Math.min(first.length, size));
  return escapeHtml(first.slice(0, to)) + (to < first.length ? '…' : '');
}
