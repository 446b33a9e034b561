import type { StatsTotalsFieldsFragment } from '../../gql/graphql';
import type { TFunction } from '../../i18n';
import type { CsvCell } from './csv';

export type TotalsKey = Exclude<keyof StatsTotalsFieldsFragment, '__typename'>;

/** The totals shown as cards, in reading order (横展開 stays out until the DX office records it). */
export const CARD_METRICS: readonly TotalsKey[] = [
  'questions',
  'answers',
  'acceptedAnswers',
  'comments',
  'cases',
  'ideas',
  'stampsGiven',
  'activeContributors',
];

/** The columns of the tables and CSV files (the series has no stamps received or roll-outs). */
export const TABLE_METRICS: readonly TotalsKey[] = [
  'questions',
  'cases',
  'ideas',
  'answers',
  'acceptedAnswers',
  'comments',
  'stampsGiven',
  'activeContributors',
];

export const metricLabel = (t: TFunction, key: TotalsKey | 'periodStart') => (key === 'periodStart' ? t('stats.period') : t(`stats.metric.${key}`));

export type Change = { kind: 'none' } | { kind: 'new'; previous: number } | { kind: 'up' | 'down' | 'same'; previous: number; percent: number };

/** This 年度 against the previous one (null: no figure for it, e.g. the group was too small). */
export function changeVsPrevious(current: number, previous: number | null | undefined): Change {
  if (previous === null || previous === undefined) return { kind: 'none' };
  if (previous === 0) return current === 0 ? { kind: 'same', previous, percent: 0 } : { kind: 'new', previous };
  const percent = Math.round((Math.abs(current - previous) / previous) * 100);
  if (percent === 0) return { kind: 'same', previous, percent };
  return { kind: current > previous ? 'up' : 'down', previous, percent };
}

const oneDecimal = (n: number) => (Math.round(n * 10) / 10).toLocaleString('ja-JP', { maximumFractionDigits: 1 });

/** 「3.5時間」 under two days, 「4.2日」 from then on; null → null. */
export function formatHours(hours: number | null | undefined, t: TFunction): string | null {
  if (hours === null || hours === undefined) return null;
  return hours < 48 ? t('stats.hours', { n: oneDecimal(hours) }) : t('stats.days', { n: oneDecimal(hours / 24) });
}

/** 0.734 → 「73%」. */
export function formatRate(rate: number | null | undefined): string | null {
  return rate === null || rate === undefined ? null : `${Math.round(rate * 100)}%`;
}

export const formatCount = (n: number) => n.toLocaleString('ja-JP');

/** A row of a chart's table and CSV: a label and its figures, or a hidden group. */
export interface StatsRow<K extends string = TotalsKey> {
  key: string;
  label: string;
  suppressed?: boolean;
  values: Partial<Record<K, number>>;
}

/**
 * CSV rows for a chart's table: a header, then one line per row; a hidden row carries the
 * reason in place of its first figure and nothing else (never a number).
 */
export function rowsToCsv<K extends string = TotalsKey>(
  firstColumn: string,
  columns: readonly { key: K; label: string }[],
  rows: readonly StatsRow<K>[],
  suppressedText: string,
): CsvCell[][] {
  return [
    [firstColumn, ...columns.map((c) => c.label)],
    ...rows.map((r) => (r.suppressed ? [r.label, suppressedText, ...columns.slice(1).map(() => '')] : [r.label, ...columns.map((c) => r.values[c.key] ?? '')])),
  ];
}

/** A file name without characters Windows refuses: banso-stats-2026-市民課-month.csv */
export function csvFileName(parts: readonly (string | number)[]): string {
  return `${['banso-stats', ...parts].join('-').replace(/[\\/:*?"<>|\s]+/g, '_')}.csv`;
}
