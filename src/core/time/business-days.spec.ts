import { businessDaysBetween, isBusinessDay } from './business-days';

describe('business days of a municipal office', () => {
  it('skips weekends, national holidays and the year-end closure 12/29–1/3', () => {
    expect(isBusinessDay('2026-11-30')).toBe(true); // Monday
    expect(isBusinessDay('2026-11-28')).toBe(false); // Saturday
    expect(isBusinessDay('2026-11-23')).toBe(false); // 勤労感謝の日 (Monday)
    expect(isBusinessDay('2026-12-29')).toBe(false); // 年末年始
    expect(isBusinessDay('2027-01-04')).toBe(true);
  });

  it('counts the business days after a date: Friday → next Tuesday is 2; over the year end the closure is skipped', () => {
    expect(businessDaysBetween('2026-11-27', '2026-12-01')).toBe(2);
    expect(businessDaysBetween('2026-12-25', '2027-01-05')).toBe(3); // 12/28, 1/4, 1/5
    expect(businessDaysBetween('2026-12-01', '2026-12-01')).toBe(0);
    expect(businessDaysBetween('2026-12-02', '2026-12-01')).toBe(0);
  });

  it('does not depend on the server’s time zone', () => {
    const saved = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      expect(isBusinessDay('2026-11-23')).toBe(false);
      expect(isBusinessDay('2026-11-24')).toBe(true);
    } finally {
      process.env.TZ = saved;
    }
  });
});
