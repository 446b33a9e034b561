import type { AdoptionFieldsFragment, AdoptionStatus } from '../../gql/graphql';
import type { Locale } from '../../i18n';

/** The statuses in the order of a roll-out (the form offers them in this order). */
export const ADOPTION_STATUSES: readonly AdoptionStatus[] = ['CONSIDERING', 'IN_PROGRESS', 'ADOPTED', 'DECLINED'];

/** The overview lists the furthest along first. */
export const OVERVIEW_ORDER: readonly AdoptionStatus[] = ['ADOPTED', 'IN_PROGRESS', 'CONSIDERING', 'DECLINED'];

/** 導入済み teal (done), 導入中 orange (under way), 検討中 blue, 見送り grey. */
export const ADOPTION_STATUS_COLOR: Record<AdoptionStatus, string> = {
  ADOPTED: 'teal',
  IN_PROGRESS: 'orange',
  CONSIDERING: 'banso',
  DECLINED: 'gray',
};

/** Hours per year the adopting departments report, counting only those that have adopted (導入済み). */
export function adoptedHoursTotal(adoptions: readonly Pick<AdoptionFieldsFragment, 'status' | 'hoursSavedPerYear'>[]): number {
  const sum = adoptions.reduce((n, a) => (a.status === 'ADOPTED' && a.hoursSavedPerYear != null ? n + a.hoursSavedPerYear : n), 0);
  return Math.round(sum * 10) / 10;
}

/** The adoptions grouped by status, in overview order, leaving out empty groups. */
export function groupByStatus<T extends Pick<AdoptionFieldsFragment, 'status'>>(adoptions: readonly T[]): { status: AdoptionStatus; items: T[] }[] {
  return OVERVIEW_ORDER.map((status) => ({ status, items: adoptions.filter((a) => a.status === status) })).filter((g) => g.items.length > 0);
}

/** The adoption the viewer's department already recorded (the form edits it instead of adding another). */
export function ownAdoption<T extends Pick<AdoptionFieldsFragment, 'viewerCanEdit' | 'department'>>(
  adoptions: readonly T[],
  departmentId: string | null | undefined,
): T | null {
  if (!departmentId) return null;
  return adoptions.find((a) => a.viewerCanEdit && a.department.id === departmentId) ?? null;
}

/** 1234.5 → 「1,234.5」 (at most one decimal, as the server rounds). */
export function formatHours(hours: number, locale: Locale = 'ja'): string {
  return new Intl.NumberFormat(locale === 'ja' ? 'ja-JP' : 'en-US', { maximumFractionDigits: 1 }).format(hours);
}

/** A difference with its sign: 「+12.5」, 「−3」, 「±0」. */
export function formatHoursDiff(diff: number, locale: Locale = 'ja'): string {
  const rounded = Math.round(diff * 10) / 10;
  if (rounded === 0) return '±0';
  return `${rounded > 0 ? '+' : '−'}${formatHours(Math.abs(rounded), locale)}`;
}
