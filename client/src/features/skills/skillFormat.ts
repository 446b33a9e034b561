import { translate, type Locale } from '../../i18n';
import type { RequirementMark } from '../../gql/graphql';

/** 年度 (fiscal year, April start) of a moment, in JST: 2026-03-31 → 2025, 2026-04-01 → 2026. */
export function fiscalYearOf(value: string | number | Date = Date.now()): number {
  const ms = value instanceof Date ? value.getTime() : new Date(value).getTime();
  const jst = new Date(ms + 9 * 3600_000);
  const y = jst.getUTCFullYear();
  return jst.getUTCMonth() >= 3 ? y : y - 1;
}

/** 令和 year of a fiscal year (2019 = 令和元年度, 2026 = 令和8年度). */
export function reiwaYear(fiscalYear: number): number {
  return fiscalYear - 2018;
}

/** 「2026年度」 / "FY2026". */
export function formatFiscalYear(fiscalYear: number, locale: Locale = 'ja'): string {
  return translate(locale, 'skills.fiscalYear', { year: fiscalYear });
}

/** 「2026年度（令和8年度）」 / "FY2026 (Reiwa 8)". */
export function formatFiscalYearLong(fiscalYear: number, locale: Locale = 'ja'): string {
  const r = reiwaYear(fiscalYear);
  if (r < 1) return formatFiscalYear(fiscalYear, locale);
  const reiwa = r === 1 ? translate(locale, 'skills.reiwaFirst') : translate(locale, 'skills.reiwa', { n: r });
  return `${formatFiscalYear(fiscalYear, locale)}${translate(locale, 'skills.reiwaWrap', { reiwa })}`;
}

/** Points without a trailing ".0": 30.5 → "30.5", 12 → "12". */
export function formatPoints(points: number): string {
  return Number.isInteger(points) ? String(points) : (Math.round(points * 10) / 10).toString();
}

/** 「2025年度 12pt → 2026年度 48pt」 (oldest first); empty when there is no history. */
export function formatTrend(trend: readonly { fiscalYear: number; points: number }[], locale: Locale = 'ja'): string {
  return [...trend]
    .sort((a, b) => a.fiscalYear - b.fiscalYear)
    .map((p) => `${formatFiscalYear(p.fiscalYear, locale)} ${formatPoints(p.points)}pt`)
    .join(' → ');
}

/** 「Lv.2」 */
export function levelLabel(level: number): string {
  return `Lv.${Math.max(0, Math.min(4, Math.round(level)))}`;
}

/** ◎ for 原則必修, ○ for 該当業務の担当者. */
export function requirementSymbol(mark: RequirementMark | null | undefined): string {
  if (mark === 'REQUIRED') return '◎';
  if (mark === 'FOR_RELEVANT_STAFF') return '○';
  return '';
}

/** Rows worth charting: skills with points, and every skill the role marks REQUIRED. */
export function chartEntries<T extends { points: number; requirement?: RequirementMark | null }>(entries: readonly T[]): T[] {
  return entries.filter((e) => e.points > 0 || e.requirement === 'REQUIRED');
}
