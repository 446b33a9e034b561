/**
 * Fixed-window counters in memory. Banso runs as one process next to its SQLite file, so an
 * in-process limiter is exact; a multi-instance deployment would move this to a shared store.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts a hit; returns seconds to wait when over the limit, else 0. */
  hit(key: string): number {
    const t = this.now();
    let w = this.windows.get(key);
    if (!w || w.resetAt <= t) {
      w = { count: 0, resetAt: t + this.windowMs };
      this.windows.set(key, w);
      if (this.windows.size > 50_000) this.sweep(t);
    }
    w.count += 1;
    return w.count > this.max ? Math.ceil((w.resetAt - t) / 1000) : 0;
  }

  /**
   * Counts an attempt now, before the slow work it guards (e.g. a password hash check), and
   * returns a function that gives it back. Reserving synchronously is what makes a limit hold
   * under a parallel burst: every request that passes `check` is counted before the next one
   * is looked at. Giving back is a no-op after the window rolled over or the key was reset.
   */
  reserve(key: string): () => void {
    this.hit(key);
    const w = this.windows.get(key)!;
    let given = false;
    return () => {
      if (given) return;
      given = true;
      if (this.windows.get(key) === w && w.count > 0) w.count -= 1;
    };
  }

  /** Seconds to wait if the key is already over the limit, without counting. */
  check(key: string): number {
    const t = this.now();
    const w = this.windows.get(key);
    if (!w || w.resetAt <= t) return 0;
    return w.count >= this.max ? Math.ceil((w.resetAt - t) / 1000) : 0;
  }

  reset(key: string): void {
    this.windows.delete(key);
  }

  private sweep(t: number) {
    for (const [k, w] of this.windows) if (w.resetAt <= t) this.windows.delete(k);
  }
}
