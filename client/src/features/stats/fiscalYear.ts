import { translate, type Locale } from '../../i18n';
import { formatDate } from '../../lib/dates';
import { fiscalYearOf, reiwaYear } from '../skills/skillFormat';

/** The first 年度 the statistics offer (the platform's first year of records). */
export const FIRST_STATS_FISCAL_YEAR = 2024;

/** The current 年度 in JST (April–March): 2026-12-01 → 2026. */
export function currentFiscalYear(now: number | Date = Date.now()): number {
  return fiscalYearOf(now);
}

/** 「令和8年度（2026年度）」 / "FY2026 (Reiwa 8)" — the same wording as the server's fiscalYearLabel. */
export function fiscalYearLabel(fiscalYear: number, locale: Locale = 'ja'): string {
  const r = reiwaYear(fiscalYear);
  if (r < 1) return translate(locale, 'skills.fiscalYear', { year: fiscalYear });
  const reiwa = r === 1 ? translate(locale, 'stats.reiwaFirst') : String(r);
  return translate(locale, 'stats.fiscalYearLabel', { reiwa, year: fiscalYear });
}

/** Today's date in JST, YYYY-MM-DD. */
export function jstToday(now: number | Date = Date.now()): string {
  const ms = now instanceof Date ? now.getTime() : now;
  return new Date(ms + 9 * 3600_000).toISOString().slice(0, 10);
}

/** 年度 the selector offers, newest first: the current one back to FIRST_STATS_FISCAL_YEAR. */
export function fiscalYearOptions(current: number): number[] {
  const out: number[] = [];
  for (let fy = current; fy >= Math.min(FIRST_STATS_FISCAL_YEAR, current); fy--) out.push(fy);
  return out;
}

/** 「4月」 / "Apr" for a month period, 「4/7〜」 for a week (the period's first day, YYYY-MM-DD). */
export function periodLabel(periodStart: string, granularity: 'MONTH' | 'WEEK', locale: Locale = 'ja'): string {
  const [, m, d] = periodStart.split('-').map(Number);
  if (granularity === 'WEEK') return translate(locale, 'stats.week', { m, d });
  const name = new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-US', { month: 'short', timeZone: 'UTC' }).format(Date.UTC(2000, m - 1, 1));
  return translate(locale, 'stats.month', { m, name });
}

/** A period in a table or CSV: 「2026年4月」 / "April 2026", or 「2026年3月30日〜」 for a week. */
export function periodLongLabel(periodStart: string, granularity: 'MONTH' | 'WEEK', locale: Locale = 'ja'): string {
  const [y, m, d] = periodStart.split('-').map(Number);
  if (granularity === 'WEEK') return translate(locale, 'stats.weekOf', { date: formatDate(Date.UTC(y, m - 1, d), locale) });
  return new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-US', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, 1));
}
