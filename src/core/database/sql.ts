/**
 * `column IN (@p0, @p1, …)` for a list bound by name (repositories use named parameters),
 * adding the values to `params`; `prefix` keeps two lists in one statement apart. An empty list
 * matches nothing; `null` means "no restriction".
 */
export function namedIn(column: string, values: readonly unknown[] | null, params: Record<string, unknown>, prefix = 'in'): string {
  if (values === null) return '1 = 1';
  if (values.length === 0) return '0 = 1';
  values.forEach((v, i) => (params[`${prefix}${i}`] = v));
  return `${column} IN (${values.map((_, i) => `@${prefix}${i}`).join(', ')})`;
}
