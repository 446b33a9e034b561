const JST_OFFSET_MS = 9 * 60 * 60 * 1000;

/** Calendar date in Japan (YYYY-MM-DD) for an instant; assignments and 年度 are JST dates. */
export function jstDate(at: Date = new Date()): string {
  return new Date(at.getTime() + JST_OFFSET_MS).toISOString().slice(0, 10);
}

/** 年度 (fiscal year, 1 April – 31 March) of an instant in JST: 2026-03-31 → 2025, 2026-04-01 → 2026. */
export function fiscalYear(at: Date = new Date()): number {
  const d = jstDate(at);
  const year = Number(d.slice(0, 4));
  const month = Number(d.slice(5, 7));
  return month >= 4 ? year : year - 1;
}

/** A JST calendar date (YYYY-MM-DD) as the UTC instant its day starts, plus `days`; null if no such date. */
export function jstDayStartIso(date: string, days = 0): string | null {
  const [y, m, d] = date.split('-').map(Number);
  const ms = Date.UTC(y, m - 1, d + days) - JST_OFFSET_MS;
  const check = new Date(Date.UTC(y, m - 1, d));
  if (Number.isNaN(ms) || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return null;
  return new Date(ms).toISOString();
}

/** 令和 from 2019 (令和元年 = 2019). */
export function fiscalYearLabel(fy: number): string {
  const reiwa = fy - 2018;
  return `${reiwa === 1 ? '令和元' : `令和${reiwa}`}年度（${fy}年度）`;
}
