import { translate } from '../../i18n';
import { changeVsPrevious, csvFileName, formatHours, formatRate } from './statsFormat';

const t = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate('ja', key, vars);

describe('stats formatting', () => {
  it('compares with the previous 年度, including none and zero', () => {
    expect(changeVsPrevious(40, 32)).toEqual({ kind: 'up', previous: 32, percent: 25 });
    expect(changeVsPrevious(96, 120)).toEqual({ kind: 'down', previous: 120, percent: 20 });
    expect(changeVsPrevious(10, 10)).toEqual({ kind: 'same', previous: 10, percent: 0 });
    expect(changeVsPrevious(3, 0)).toEqual({ kind: 'new', previous: 0 });
    expect(changeVsPrevious(0, 0)).toEqual({ kind: 'same', previous: 0, percent: 0 });
    expect(changeVsPrevious(5, null)).toEqual({ kind: 'none' });
  });

  it('shows hours under two days and days from then on', () => {
    expect(formatHours(5.46, t)).toBe('5.5時間');
    expect(formatHours(47, t)).toBe('47時間');
    expect(formatHours(72, t)).toBe('3日');
    expect(formatHours(null, t)).toBeNull();
    expect(formatRate(0.625)).toBe('63%');
    expect(formatRate(null)).toBeNull();
  });

  it('names CSV files without characters Windows refuses', () => {
    expect(csvFileName([2026, '市民課', 'monthly'])).toBe('banso-stats-2026-市民課-monthly.csv');
    expect(csvFileName([2026, 'a/b: c'])).toBe('banso-stats-2026-a_b_c.csv');
  });
});
