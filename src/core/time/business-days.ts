import holidayJp from '@holiday-jp/holiday_jp';

/**
 * Business days of a Japanese municipal office: not Saturday or Sunday, not a national
 * holiday (@holiday-jp/holiday_jp, maintained upstream), and not the year-end closure
 * 12/29–1/3 that municipal ordinances make office holidays.
 */
export function isBusinessDay(jstDate: string): boolean {
  const [y, m, d] = jstDate.split('-').map(Number);
  const local = new Date(y, m - 1, d); // the library reads the local calendar date
  const weekday = local.getDay();
  if (weekday === 0 || weekday === 6) return false;
  if ((m === 12 && d >= 29) || (m === 1 && d <= 3)) return false;
  return !holidayJp.isHoliday(local);
}

const nextDay = (jstDate: string): string => {
  const t = new Date(`${jstDate}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
};

/** Business days after `from` up to and including `to` (JST dates); 0 when to ≤ from. */
export function businessDaysBetween(from: string, to: string): number {
  let n = 0;
  for (let d = nextDay(from); d <= to; d = nextDay(d)) if (isBusinessDay(d)) n++;
  return n;
}
