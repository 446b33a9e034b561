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

/** Evidence for a certification: post ids (「123」), in-app paths (「/posts/123」) or http(s) links. */
export function validateEvidence(values: readonly string[], t: TFunction): string | null {
  const bad = values.find((v) => !/^\d+$/.test(v) && !/^\/(?!\/)\S*$/.test(v) && !/^https?:\/\/\S+$/.test(v));
  return bad ? t('admin.v.evidence', { value: bad }) : null;
}

/** 「/posts/123」 or a full app URL to a post → its id; anything else as typed. */
export function normalizeEvidence(value: string, origin = typeof window !== 'undefined' ? window.location.origin : ''): string {
  const v = value.trim();
  const local = origin && v.startsWith(origin) ? v.slice(origin.length) : v;
  const m = /^\/posts\/(\d+)(?:[#?].*)?$/.exec(local);
  return m ? m[1] : local;
}
