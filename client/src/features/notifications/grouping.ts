import { formatCalendarDate, previousCalendarDay, TIME_ZONE } from '../../lib/dates';
import type { NotificationFieldsFragment } from '../../gql/graphql';
import type { Locale, TFunction } from '../../i18n';

/** Notifications of one kind on one post that arrived one after another: shown as 「3件の回答」. */
export interface NotificationGroup {
  /** Stable across pages: the newest notification's id. */
  key: string;
  kind: NotificationFieldsFragment['kind'];
  postId: string | null;
  /** Newest first, as the server sends them. */
  items: NotificationFieldsFragment[];
}

/** The notifications of one JST calendar day. */
export interface NotificationDay {
  /** YYYY-MM-DD in JST. */
  day: string;
  groups: NotificationGroup[];
}

const JST_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The JST calendar day (YYYY-MM-DD) of an instant. */
export function jstDay(value: string | number | Date): string {
  return JST_DAY.format(value instanceof Date ? value : new Date(value));
}

/**
 * Groups notifications by JST day, newest first, and, within a day, folds adjacent notifications of the
 * same kind on the same post into one group. Notifications without a post are never folded.
 * Done on the client over everything loaded so far, so a group split by 「もっと見る」 joins up.
 */
export function groupNotifications(items: readonly NotificationFieldsFragment[]): NotificationDay[] {
  const days: NotificationDay[] = [];
  // The server pages newest first by when the notification was written, which for back-filled
  // ones (notifications:rebuild, the demo) is not the order of their createdAt: sort what is loaded.
  const sorted = [...items].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  for (const n of sorted) {
    const day = jstDay(n.createdAt);
    let current = days[days.length - 1];
    if (!current || current.day !== day) {
      current = { day, groups: [] };
      days.push(current);
    }
    const last = current.groups[current.groups.length - 1];
    if (last && n.postId && last.postId === n.postId && last.kind === n.kind) last.items.push(n);
    else current.groups.push({ key: n.id, kind: n.kind, postId: n.postId, items: [n] });
  }
  return days;
}

/** 「今日」, 「昨日」 or the JST date (「2026年4月1日」). */
export function dayLabel(day: string, t: TFunction, locale: Locale, now: number | Date = Date.now()): string {
  const today = jstDay(now);
  if (day === today) return t('notifications.today');
  if (day === previousCalendarDay(today)) return t('notifications.yesterday');
  return formatCalendarDate(day, locale);
}

/** The badge text: the count, 「99+」 above 99, nothing at 0. */
export function badgeText(count: number): string | null {
  if (count <= 0) return null;
  return count > 99 ? '99+' : String(count);
}

/** How many of the latest notifications the bell lists. */
export const BELL_LIMIT = 8;
