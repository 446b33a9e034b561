import { translate, type Locale } from '../i18n';

export const TIME_ZONE = 'Asia/Tokyo';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Up to this age a timestamp is shown relatively ("3時間前"), older ones as a date. */
export const RELATIVE_LIMIT_MS = 7 * DAY;

function intlLocale(locale: Locale): string {
  return locale === 'ja' ? 'ja-JP' : 'en-US';
}

function toDate(value: string | number | Date): Date {
  return value instanceof Date ? value : new Date(value);
}

/** "2026年4月1日" / "Apr 1, 2026", always in JST. */
export function formatDate(value: string | number | Date, locale: Locale = 'ja'): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: locale === 'ja' ? 'long' : 'short',
    day: 'numeric',
  }).format(toDate(value));
}

/** "2026年4月1日 9:05" / "Apr 1, 2026, 9:05 AM", always in JST. */
export function formatDateTime(value: string | number | Date, locale: Locale = 'ja'): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: locale === 'ja' ? 'long' : 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(toDate(value));
}

/**
 * Relative time for recent timestamps ("たった今", "5分前", "3時間前", "2日前"),
 * an absolute JST date for anything older than a week (or in the future).
 */
export function formatRelative(value: string | number | Date, locale: Locale = 'ja', now: number | Date = Date.now()): string {
  const then = toDate(value).getTime();
  const nowMs = now instanceof Date ? now.getTime() : now;
  const diff = nowMs - then;
  if (Number.isNaN(then)) return '';
  if (diff < -MINUTE || diff >= RELATIVE_LIMIT_MS) return formatDate(then, locale);
  if (diff < MINUTE) return translate(locale, 'time.justNow');
  if (diff < HOUR) return translate(locale, 'time.minutesAgo', { n: Math.floor(diff / MINUTE) });
  if (diff < DAY) return translate(locale, 'time.hoursAgo', { n: Math.floor(diff / HOUR) });
  return translate(locale, 'time.daysAgo', { n: Math.floor(diff / DAY) });
}

const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseYmd(ymd: string): [number, number, number] | null {
  const m = YMD.exec(ymd);
  if (!m) return null;
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** A calendar date string (YYYY-MM-DD, already a JST date) → "2023年4月1日". */
export function formatCalendarDate(ymd: string, locale: Locale = 'ja'): string {
  const parts = parseYmd(ymd);
  if (!parts) return ymd;
  const [y, m, d] = parts;
  // Midnight JST of that calendar day, formatted in JST → the same calendar day.
  const instant = Date.UTC(y, m - 1, d) - 9 * HOUR;
  return formatDate(instant, locale);
}

/** The calendar day before a YYYY-MM-DD date (handles month/year boundaries). */
export function previousCalendarDay(ymd: string): string {
  const parts = parseYmd(ymd);
  if (!parts) return ymd;
  const [y, m, d] = parts;
  const date = new Date(Date.UTC(y, m - 1, d - 1));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/**
 * Assignment period. `endDate` is exclusive (the first day in the next post),
 * so the last day shown is endDate − 1: 2023-04-01 / 2026-04-01 → 「2023年4月1日〜2026年3月31日」.
 */
export function formatAssignmentPeriod(startDate: string, endDate: string | null | undefined, locale: Locale = 'ja'): string {
  const start = formatCalendarDate(startDate, locale);
  const end = endDate ? formatCalendarDate(previousCalendarDay(endDate), locale) : translate(locale, 'time.present');
  return `${start}${translate(locale, 'time.rangeSep')}${end}`;
}
