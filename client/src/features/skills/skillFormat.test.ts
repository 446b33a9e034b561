import { chartEntries, fiscalYearOf, formatFiscalYearLong, formatPoints, formatTrend, levelLabel, reiwaYear, requirementSymbol } from './skillFormat';

describe('年度 formatting', () => {
  it('starts the fiscal year on 1 April in JST', () => {
    expect(fiscalYearOf('2026-03-31T14:59:00Z')).toBe(2025); // 23:59 JST on 31 March
    expect(fiscalYearOf('2026-03-31T15:00:00Z')).toBe(2026); // 00:00 JST on 1 April
    expect(fiscalYearOf('2027-01-10T00:00:00Z')).toBe(2026);
  });

  it('maps 2026 to 令和8年度', () => {
    expect(reiwaYear(2026)).toBe(8);
    expect(formatFiscalYearLong(2026, 'ja')).toBe('2026年度（令和8年度）');
    expect(formatFiscalYearLong(2019, 'ja')).toBe('2019年度（令和元年度）');
    expect(formatFiscalYearLong(2026, 'en')).toBe('FY2026 (Reiwa 8)');
  });

  it('shows the trend oldest first with points', () => {
    const trend = [
      { fiscalYear: 2026, points: 48 },
      { fiscalYear: 2025, points: 12 },
    ];
    expect(formatTrend(trend, 'ja')).toBe('2025年度 12pt → 2026年度 48pt');
    expect(formatTrend(trend, 'en')).toBe('FY2025 12pt → FY2026 48pt');
    expect(formatTrend([], 'ja')).toBe('');
  });
});

describe('skill chart helpers', () => {
  it('formats levels, points and requirement marks', () => {
    expect(levelLabel(2)).toBe('Lv.2');
    expect(levelLabel(7)).toBe('Lv.4');
    expect(formatPoints(30.5)).toBe('30.5');
    expect(formatPoints(12)).toBe('12');
    expect(requirementSymbol('REQUIRED')).toBe('◎');
    expect(requirementSymbol('FOR_RELEVANT_STAFF')).toBe('○');
    expect(requirementSymbol(null)).toBe('');
  });

  it('charts skills with points and the REQUIRED ones without', () => {
    const rows = chartEntries([
      { id: 'a', points: 10, requirement: null },
      { id: 'b', points: 0, requirement: 'REQUIRED' as const },
      { id: 'c', points: 0, requirement: 'FOR_RELEVANT_STAFF' as const },
      { id: 'd', points: 0, requirement: null },
    ]);
    expect(rows.map((r) => r.id)).toEqual(['a', 'b']);
  });
});
