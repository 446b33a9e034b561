import { RateLimiter } from './rate-limiter';

describe('RateLimiter', () => {
  it('lets the first N hits through and then asks to wait until the window ends', () => {
    let t = 0;
    const rl = new RateLimiter(3, 60_000, () => t);
    expect([rl.hit('a'), rl.hit('a'), rl.hit('a')]).toEqual([0, 0, 0]);
    expect(rl.hit('a')).toBe(60);
    expect(rl.hit('b')).toBe(0);
    t = 30_000;
    expect(rl.check('a')).toBe(30);
    t = 60_001;
    expect(rl.hit('a')).toBe(0);
  });
});
