import { diffChars, diffWords } from 'diff';

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** Above this many characters in either text, no diff is computed (the full text is shown instead). */
export const DIFF_MAX_CHARS = 30_000;
/** The diff gives up after this long, so a pathological pair never freezes the page. */
const TIMEOUT_MS = 300;

/**
 * Japanese has no spaces between words, so a word diff split on spaces would mark whole
 * sentences as changed, and a character diff scatters matches on common kana (の, は). Words
 * are cut with the browser's own Japanese word segmenter (Intl.Segmenter), so 「窓口で」→
 * 「オンラインでも」 reads as one replaced phrase; without a segmenter, characters.
 * Returns null when the texts are too long or the diff timed out.
 */
export function diffText(before: string, after: string): DiffPart[] | null {
  if (before.length > DIFF_MAX_CHARS || after.length > DIFF_MAX_CHARS) return null;
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  const changes = Segmenter
    ? diffWords(before, after, { intlSegmenter: new Segmenter('ja', { granularity: 'word' }), timeout: TIMEOUT_MS })
    : diffChars(before, after, { timeout: TIMEOUT_MS });
  if (!changes) return null;
  const parts: DiffPart[] = [];
  for (const c of changes) {
    const kind = c.added ? 'added' : c.removed ? 'removed' : 'same';
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += c.value;
    else parts.push({ kind, text: c.value });
  }
  return parts;
}

/** Did anything change? */
export function hasChanges(parts: DiffPart[] | null): boolean {
  return !parts || parts.some((p) => p.kind !== 'same');
}
