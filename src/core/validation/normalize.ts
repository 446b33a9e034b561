import { badInput } from '../errors/app-error';
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

/** Tags as typed by a person: normalised, de-duplicated, order kept. */
export function normalizeTags(raw: string[] | undefined | null, max: number, maxLength: number): NormalizedTag[] {
  const out: NormalizedTag[] = [];
  for (const t of raw ?? []) {
    const label = tagLabel(t);
    if (label === '') continue;
    if (/[,、，<>]/.test(label)) throw badInput(`タグ「${t}」に使えない文字（, 、 < >）が含まれています。`, 'tags');
    if ([...label].length > maxLength) throw badInput(`タグは${maxLength}文字以内で入力してください。`, 'tags');
    const key = label.toLowerCase();
    if (!out.some((o) => o.key === key)) out.push({ key, label });
  }
  if (out.length > max) throw badInput(`タグは${max}個までです。`, 'tags');
  return out;
}

/** Trims and rejects empty or over-long text, counting characters (not UTF-16 units). */
export function requireText(value: string | undefined | null, label: string, max: number, field: string): string {
  const v = (value ?? '').normalize('NFC').trim();
  if (v === '') throw badInput(`${label}を入力してください。`, field);
  if ([...v].length > max) throw badInput(`${label}は${max}文字以内で入力してください。`, field);
  // NUL and other C0 controls (except tab/newline) break text handling downstream.
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(v)) throw badInput(`${label}に使えない制御文字が含まれています。`, field);
  return v;
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
