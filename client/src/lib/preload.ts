/**
 * Queries main.tsx started before the page rendered (App.preloadRoute): the page reads them
 * from the cache (`cache-first`) instead of asking the server a second time for what just
 * arrived. After a few seconds the page's usual policy applies again (a later visit refreshes).
 */
const preloaded = new Map<string, number>();
const FRESH_MS = 10_000;

export function markPreloaded(key: string): void {
  preloaded.set(key, Date.now());
}

/** `cache-first` right after a preload of this query, otherwise `fallback`. */
export function preloadedPolicy<P extends string>(key: string, fallback: P): P | 'cache-first' {
  const at = preloaded.get(key);
  if (at === undefined || Date.now() - at > FRESH_MS) return fallback;
  preloaded.delete(key);
  return 'cache-first';
}
