import { currentFiscalYear, fiscalYearLabel, fiscalYearOptions, periodLabel, periodLongLabel } from './fiscalYear';

describe('年度', () => {
  it('labels a 年度 in 令和 and 西暦, like the server', () => {
    expect(fiscalYearLabel(2026)).toBe('令和8年度（2026年度）');
    expect(fiscalYearLabel(2024)).toBe('令和6年度（2024年度）');
    expect(fiscalYearLabel(2019)).toBe('令和元年度（2019年度）');
    expect(fiscalYearLabel(2026, 'en')).toBe('FY2026 (Reiwa 8)');
  });

  it('runs April to March in JST', () => {
    expect(currentFiscalYear(new Date('2026-11-30T16:00:00Z'))).toBe(2026); // 2026-12-01 01:00 JST
    expect(currentFiscalYear(new Date('2027-03-31T14:59:59Z'))).toBe(2026); // 3月31日 23:59 JST
    expect(currentFiscalYear(new Date('2027-03-31T15:00:00Z'))).toBe(2027); // 4月1日 0:00 JST
  });

  it('offers the current 年度 back to 2024, newest first', () => {
    expect(fiscalYearOptions(2026)).toEqual([2026, 2025, 2024]);
  });

  it('labels months and weeks', () => {
    expect(periodLabel('2026-04-01', 'MONTH')).toBe('4月');
    expect(periodLabel('2027-03-01', 'MONTH')).toBe('3月');
    expect(periodLabel('2026-03-30', 'WEEK')).toBe('3/30〜');
    expect(periodLabel('2026-04-01', 'MONTH', 'en')).toBe('Apr');
    expect(periodLongLabel('2027-03-01', 'MONTH')).toBe('2027年3月');
    expect(periodLongLabel('2026-03-30', 'WEEK')).toBe('2026年3月30日〜');
  });
});
