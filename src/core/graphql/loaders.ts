import DataLoader from 'dataloader';

/**
 * Per-request DataLoader registry. Services register their batch functions by name, so the
 * core does not depend on feature modules and each request gets fresh caches.
 */
export class Loaders {
  private readonly map = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(name: string, batch: (keys: readonly K[]) => V[] | Promise<V[]>): DataLoader<K, V> {
    let l = this.map.get(name) as DataLoader<K, V> | undefined;
    if (!l) {
      l = new DataLoader<K, V>(async (keys) => batch(keys), { maxBatchSize: 500 });
      this.map.set(name, l as DataLoader<unknown, unknown>);
    }
    return l;
  }

  /** Drop cached values after a mutation changed them within the same request. */
  clearAll(): void {
    for (const l of this.map.values()) l.clearAll();
  }
}

/** Group rows by key in the order of `keys` (DataLoader contract). */
export function groupBy<K, R>(keys: readonly K[], rows: R[], keyOf: (r: R) => K): R[][] {
  const m = new Map<K, R[]>();
  for (const r of rows) {
    const k = keyOf(r);
    const arr = m.get(k);
    if (arr) arr.push(r);
    else m.set(k, [r]);
  }
  return keys.map((k) => m.get(k) ?? []);
}

export function placeholders(n: number): string {
  return new Array(n).fill('?').join(',');
}
