import { fiscalYear, jstDate } from './jst';

describe('JST dates and 年度', () => {
  it('uses the Japanese calendar date, not UTC', () => {
    // 2026-03-31T15:30Z is already 1 April 00:30 in Tokyo.
    expect(jstDate(new Date('2026-03-31T15:30:00Z'))).toBe('2026-04-01');
    expect(jstDate(new Date('2026-03-31T14:59:59Z'))).toBe('2026-03-31');
  });

  it('starts the fiscal year on 1 April JST', () => {
    expect(fiscalYear(new Date('2026-03-31T14:59:59Z'))).toBe(2025);
    expect(fiscalYear(new Date('2026-03-31T15:00:00Z'))).toBe(2026);
    expect(fiscalYear(new Date('2027-01-15T00:00:00Z'))).toBe(2026);
  });
});
