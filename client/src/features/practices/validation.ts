import type { TFunction } from '../../i18n';

/** The server's limits (src/modules/practices/practices.model.ts COLLECTION_LIMITS). */
export const LIMITS = { title: 80, description: 1000, featuredNote: 200, adoptionNote: 1000, hours: 100_000 } as const;

export function validateTitle(value: string, t: TFunction): string | null {
  const v = value.trim();
  if (!v) return t('practices.v.titleRequired');
  if (/[\r\n]/.test(v)) return t('practices.v.singleLine');
  if (v.length > LIMITS.title) return t('practices.v.tooLong', { max: LIMITS.title });
  return null;
}

export function validateLength(value: string, max: number, t: TFunction): string | null {
  return value.trim().length > max ? t('practices.v.tooLong', { max }) : null;
}

/** Hours per year: empty, or a number from 0 to 100,000. */
export function validateHours(value: number | string, t: TFunction): string | null {
  if (value === '' || value === null || value === undefined) return null;
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n) || n < 0 || n > LIMITS.hours) return t('adoption.v.hours');
  return null;
}

/** The date of a 導入済み record: empty (the server takes today) or a YYYY-MM-DD not after today (JST). */
export function validateAdoptedOn(value: string, today: string, t: TFunction): string | null {
  if (!value) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return t('adoption.v.date');
  if (value > today) return t('adoption.v.future');
  return null;
}
