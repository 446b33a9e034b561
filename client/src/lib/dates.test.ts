import { formatAssignmentPeriod, formatCalendarDate, formatDate, formatRelative, previousCalendarDay } from './dates';

describe('JST date formatting', () => {
  const now = Date.parse('2026-05-20T03:00:00Z'); // 2026-05-20 12:00 JST

  it('shows recent timestamps relatively', () => {
    expect(formatRelative('2026-05-20T02:59:40Z', 'ja', now)).toBe('たった今');
    expect(formatRelative('2026-05-20T02:55:00Z', 'ja', now)).toBe('5分前');
    expect(formatRelative('2026-05-20T00:00:00Z', 'ja', now)).toBe('3時間前');
    expect(formatRelative('2026-05-18T03:00:00Z', 'ja', now)).toBe('2日前');
    expect(formatRelative('2026-05-20T00:00:00Z', 'en', now)).toBe('3 h ago');
  });

  it('shows older timestamps as an absolute date in Asia/Tokyo, not UTC', () => {
    // 15:30 UTC on 31 March is already 1 April in Japan.
    expect(formatRelative('2026-03-31T15:30:00Z', 'ja', now)).toBe('2026年4月1日');
    expect(formatDate('2026-03-31T15:30:00Z', 'ja')).toBe('2026年4月1日');
    expect(formatDate('2026-03-31T15:30:00Z', 'en')).toBe('Apr 1, 2026');
  });

  it('formats calendar dates without shifting the day', () => {
    expect(formatCalendarDate('2023-04-01', 'ja')).toBe('2023年4月1日');
    expect(formatCalendarDate('2024-12-31', 'ja')).toBe('2024年12月31日');
  });

  it('computes the previous calendar day across month and leap-year boundaries', () => {
    expect(previousCalendarDay('2026-04-01')).toBe('2026-03-31');
    expect(previousCalendarDay('2024-03-01')).toBe('2024-02-29');
    expect(previousCalendarDay('2025-01-01')).toBe('2024-12-31');
  });

  it('shows an assignment period with the exclusive end date minus one day', () => {
    expect(formatAssignmentPeriod('2023-04-01', '2026-04-01', 'ja')).toBe('2023年4月1日〜2026年3月31日');
    expect(formatAssignmentPeriod('2026-04-01', null, 'ja')).toBe('2026年4月1日〜現在');
    expect(formatAssignmentPeriod('2026-04-01', null, 'en')).toBe('Apr 1, 2026 – present');
  });
});
