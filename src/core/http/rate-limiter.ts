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
