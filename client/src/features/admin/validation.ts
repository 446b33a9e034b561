import { isValidEvidence } from '../skills/evidence';
import type { TFunction } from '../../i18n';

export const CODE_PATTERN = /^[A-Z][A-Z0-9_]{1,49}$/;

export function validateCode(value: string, t: TFunction): string | null {
  const v = value.trim();
  if (!v) return t('admin.v.required');
  if (!CODE_PATTERN.test(v)) return t('admin.v.code');
  return null;
}

export function validateRequired(value: string, t: TFunction, max = 200): string | null {
  const v = value.trim();
  if (!v) return t('admin.v.required');
  if (v.length > max) return t('admin.v.tooLong', { max });
  return null;
}

export function validateWeight(value: number | string, t: TFunction): string | null {
  const n = typeof value === 'number' ? value : Number(value);
  if (value === '' || !Number.isFinite(n) || n <= 0 || n > 10) return t('admin.v.weight');
  return null;
}

/** Level thresholds for Lv.1–4: four positive whole numbers, strictly increasing. */
export function validateThresholds(values: readonly (number | string)[], t: TFunction): string | null {
  if (values.length !== 4) return t('admin.v.thresholds');
  const nums = values.map((v) => (typeof v === 'number' ? v : Number(v)));
  if (nums.some((n, i) => values[i] === '' || !Number.isInteger(n) || n <= 0)) return t('admin.v.thresholds');
  for (let i = 1; i < nums.length; i++) if (nums[i] <= nums[i - 1]) return t('admin.v.thresholdsOrder');
  return null;
}

export function validatePointValue(value: number | string, t: TFunction): string | null {
  const n = typeof value === 'number' ? value : Number(value);
  if (value === '' || !Number.isInteger(n) || n < 0 || n > 1000) return t('admin.v.points');
  return null;
}

/**
 * Evidence for a certification, checked as it will be sent (after normalizeEvidence): post
 * ids (「123」), post/answer paths (「/posts/123」「/posts/123#answer-4」) or http(s) links.
 * The same rule as the server; anything else (`//host`, `/\host`, `javascript:`…) is refused.
 */
export function validateEvidence(values: readonly string[], t: TFunction): string | null {
  const bad = values.find((v) => !isValidEvidence(normalizeEvidence(v)));
  return bad ? t('admin.v.evidence', { value: bad }) : null;
}

/**
 * 「/posts/123」 or a full app URL to a post → its id; a link to an answer keeps the answer
 * (「/posts/123#answer-4」); anything else as typed (trimmed).
 */
export function normalizeEvidence(value: string, origin = typeof window !== 'undefined' ? window.location.origin : ''): string {
  const v = value.trim();
  const local = origin && v.startsWith(`${origin}/`) ? v.slice(origin.length) : v;
  const answer = /^\/posts\/([1-9]\d{0,15})(?:\?[^#]*)?#answer-([1-9]\d{0,15})$/.exec(local);
  if (answer) return `/posts/${answer[1]}#answer-${answer[2]}`;
  const m = /^\/posts\/([1-9]\d{0,15})(?:[#?].*)?$/.exec(local);
  // Not a post: keep what was typed (a full URL of another page stays a URL).
  return m ? m[1] : v;
}
