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

  it('reserves synchronously: a burst that passes check() one by one is counted before any of it finishes', () => {
    const rl = new RateLimiter(3, 60_000, () => 0);
    const admitted: (() => void)[] = [];
    for (let i = 0; i < 10; i++) if (rl.check('a') === 0) admitted.push(rl.reserve('a'));
    expect(admitted).toHaveLength(3);
    expect(rl.check('a')).toBe(60);
  });

  it('gives a reservation back once, and never into a later window or after a reset', () => {
    let t = 0;
    const rl = new RateLimiter(2, 60_000, () => t);
    const first = rl.reserve('a');
    rl.reserve('a');
    expect(rl.check('a')).toBe(60);
    first();
    first();
    expect(rl.check('a')).toBe(0);
    expect(rl.hit('a')).toBe(0);
    expect(rl.check('a')).toBe(60);

    const stale = rl.reserve('b');
    t = 60_000; // the window of 'b' has ended; a new one starts with this hit
    rl.hit('b');
    rl.hit('b');
    stale();
    expect(rl.check('b')).toBe(60);

    const afterReset = rl.reserve('c');
    rl.reset('c');
    rl.hit('c');
    rl.hit('c');
    afterReset();
    expect(rl.check('c')).toBe(60);
  });
});
