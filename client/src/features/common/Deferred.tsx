import { startTransition, useEffect, useState, type ReactNode } from 'react';

/**
 * Renders its children just after the first paint, as a transition (React renders it in small
 * slices and yields to the browser in between): for what is below the fold — the answer form,
 * related posts, the rest of a list — so the first render is short and no task blocks input
 * for long (#13, Lighthouse TBT). `fallback` holds the place meanwhile.
 */
export function Deferred({ children, fallback = null }: { children: ReactNode; fallback?: ReactNode }) {
  const [ready, setReady] = useState(false);
  useEffect(() => startTransition(() => setReady(true)), []);
  return <>{ready ? children : fallback}</>;
}

/** The first `initial` items at once, all of them in a transition just after (a long list's first render). */
export function useProgressiveList<T>(items: readonly T[], initial = 6): readonly T[] {
  const [all, setAll] = useState(items.length <= initial);
  useEffect(() => {
    if (!all && items.length > initial) startTransition(() => setAll(true));
  }, [all, items.length, initial]);
  return all ? items : items.slice(0, initial);
}
