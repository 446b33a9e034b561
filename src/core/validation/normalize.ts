import { badInput } from '../errors/app-error';
import { jstDayStartIso } from '../time/jst';
import { LIMITS } from './limits';

/** Display form of a tag: Unicode NFKC (ＡＩ→AI, ｶﾅ→カナ), trimmed, inner whitespace collapsed. */
export function tagLabel(raw: string): string {
  return raw.normalize('NFKC').trim().replace(/\s+/g, ' ').replace(/^#+/, '').trim();
}

/** Identity of a tag: the label case-folded, so "RPA", "ｒｐａ" and "Rpa" are one tag. */
export function normalizeTag(raw: string): string {
  return tagLabel(raw).toLowerCase();
}

export interface NormalizedTag {
  key: string;
  label: string;
}

/**
 * Bidirectional embeddings, overrides and isolates (U+202A–202E, U+2066–2069). They reorder
 * how the text around them is drawn (「Trojan Source」), so a name can display as something it
 * is not. Refused (not stripped) in titles, names and tags: the person sees why, and what is
 * stored is exactly what was typed.
 */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
/** Line breaks, including the Unicode ones (NEL, LS, PS) and VT/FF. */
const LINE_BREAK = /[\n\r\u000B\u000C\u0085\u2028\u2029]/;
/** C0/C1 controls other than tab and line breaks (line breaks are LINE_BREAK's business). */
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]/;
/**
 * Characters that draw nothing: whitespace (incl. U+3000), soft hyphen, zero-width
 * space/non-joiner/joiner, LRM/RLM, word joiner and invisible operators, BOM, Hangul fillers
 * (U+115F, U+1160, U+3164, U+FFA0), variation selectors, tag characters and the bidi controls.
 */
const INVISIBLE =
  /[\s\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\u{E0000}-\u{E007F}\u{E0100}-\u{E01EF}]/gu;

const INVISIBLE_ONLY = (label: string) => `${label}が見えない文字（空白・ゼロ幅文字など）だけになっています。文字を入力してください。`;
const BIDI_MESSAGE = '文字の表示順を変える制御文字（U+202A〜U+202E、U+2066〜U+2069）は使えません。';

/** True when nothing of the text would be visible: only whitespace, zero-width and filler characters. */
export function isInvisibleOnly(value: string): boolean {
  return value.replace(INVISIBLE, '') === '';
}

/** Refuses bidi overrides/isolates in any text shown inline (descriptions, notes, citations). */
export function assertNoBidi(value: string, label: string, field: string): void {
  if (BIDI_CONTROL.test(value)) throw badInput(`${label}に${BIDI_MESSAGE}`, field);
}

/**
 * The rules of a one-line field (title, name, tag, term) on already-trimmed text: no line
 * breaks, no control characters, no bidi controls, and something visible.
 */
function assertOneLine(v: string, label: string, field: string): void {
  if (LINE_BREAK.test(v)) throw badInput(`${label}に改行は使えません。1行で入力してください。`, field);
  if (CONTROL.test(v)) throw badInput(`${label}に使えない制御文字が含まれています。`, field);
  assertNoBidi(v, label, field);
  if (isInvisibleOnly(v)) throw badInput(INVISIBLE_ONLY(label), field);
}

/** One typed tag → its label and key, or null when blank (blank tags are skipped). */
export function checkTag(raw: string, maxLength: number, field = 'tags'): NormalizedTag | null {
  const trimmed = raw.normalize('NFKC').trim();
  if (trimmed === '') return null;
  // Checked before whitespace is collapsed, which would turn an inner line break into a space.
  assertOneLine(trimmed, 'タグ', field);
  const label = tagLabel(raw);
  if (label === '') return null;
  if (/[,、，<>]/.test(label)) throw badInput(`タグ「${label}」に使えない文字（, 、 < >）が含まれています。`, field);
  if ([...label].length > maxLength) throw badInput(`タグは${maxLength}文字以内で入力してください。`, field);
  return { key: label.toLowerCase(), label };
}

/** Tags as typed by a person: normalised, de-duplicated, order kept. */
export function normalizeTags(raw: string[] | undefined | null, max: number, maxLength: number): NormalizedTag[] {
  const out: NormalizedTag[] = [];
  for (const t of raw ?? []) {
    const tag = checkTag(t, maxLength);
    if (tag && !out.some((o) => o.key === tag.key)) out.push(tag);
  }
  if (out.length > max) throw badInput(`タグは${max}個までです。`, 'tags');
  return out;
}

/**
 * Trims and rejects empty, invisible-only or over-long text, counting characters (not UTF-16
 * units). Line breaks are allowed: one-line fields use requireSingleLine.
 */
export function requireText(value: string | undefined | null, label: string, max: number, field: string): string {
  const v = (value ?? '').normalize('NFC').trim();
  if (v === '') throw badInput(`${label}を入力してください。`, field);
  if ([...v].length > max) throw badInput(`${label}は${max}文字以内で入力してください。`, field);
  // NUL and other C0 controls (except tab/newline) break text handling downstream.
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(v)) throw badInput(`${label}に使えない制御文字が含まれています。`, field);
  // Only zero-width characters, fillers and the like: it looks empty, so it is empty.
  if (isInvisibleOnly(v)) throw badInput(INVISIBLE_ONLY(label), field);
  return v;
}

/**
 * A one-line field (post title, skill/badge name…): requireText, and no line break, no bidi
 * override or isolate, no control character, and not only invisible characters.
 */
export function requireSingleLine(value: string | undefined | null, label: string, max: number, field: string): string {
  const v = requireText(value, label, max, field);
  assertOneLine(v, label, field);
  return v;
}

/** An optional one-line field: absent, null or blank → null; otherwise requireSingleLine's rules. */
export function optionalSingleLine(value: string | undefined | null, label: string, max: number, field: string): string | null {
  const v = (value ?? '').normalize('NFC').trim();
  return v === '' ? null : requireSingleLine(v, label, max, field);
}

/**
 * An explicit null for an update field that cannot be null is refused; absent (undefined)
 * means "leave unchanged". GraphQL lets a client send null for any nullable input field.
 */
export function rejectNull<T>(value: T | null | undefined, message: string, field: string): T | undefined {
  if (value === null) throw badInput(message, field);
  return value;
}

/** In-app references the SPA links to: a post id, `/posts/<id>` or `/posts/<id>#answer-<id>`. */
const IN_APP_EVIDENCE = /^(?:[1-9]\d{0,15}|\/posts\/[1-9]\d{0,15}(?:#answer-[1-9]\d{0,15})?)$/;
/** scheme://host[:port] then a path, query or fragment; no user info, backslash, space or control character. */
const WEB_URL = /^https?:\/\/[^\s\\/?#@\u0000-\u001F\u007F-\u009F]+(?:[/?#][^\s\\\u0000-\u001F\u007F-\u009F]*)?$/i;

/**
 * Certification evidence is either an in-app post/answer reference or an absolute http(s)
 * URL. Anything else (`/\host/x`, `//host`, `javascript:`, other paths) is refused, so what
 * the SPA renders as an in-app link can never navigate off-site.
 */
export function isValidEvidence(value: string): boolean {
  if (IN_APP_EVIDENCE.test(value)) return true;
  if (!WEB_URL.test(value) || BIDI_CONTROL.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** IDs are decimal integers on the wire; anything else cannot exist. */
export function parseId(raw: string | number | undefined | null): number | null {
  if (raw === undefined || raw === null) return null;
  const s = String(raw);
  if (!/^[1-9]\d{0,15}$/.test(s)) return null;
  return Number(s);
}

/** A `first` argument: absent means `def`; outside 0…pageSize is refused, never clamped silently. */
export function pageSize(first: number | null | undefined, def = 20): number {
  if (first === null || first === undefined) return def;
  if (first < 0 || first > LIMITS.pageSize) throw badInput(`first は0〜${LIMITS.pageSize}で指定してください。`, 'first');
  return first;
}

/** A required ID argument: BAD_USER_INPUT naming what it is when it is not a positive integer id. */
export function requireId(raw: string | null | undefined, field: string, what: string): number {
  const id = parseId(raw);
  if (!id) throw badInput(`${what}のIDが正しくありません。`, field);
  return id;
}

/** A JST calendar date `YYYY-MM-DD` that exists (2027-02-30 does not); BAD_USER_INPUT otherwise. */
export function requireJstDate(raw: string | null | undefined, field: string): string {
  const v = (raw ?? '').trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || jstDayStartIso(v) === null) {
    throw badInput('日付は YYYY-MM-DD の形式で入力してください（例: 2027-04-01）。', field);
  }
  return v;
}
