import { useCallback, useRef } from 'react';

/** A random key (crypto.getRandomValues works on plain-HTTP intranet hosts too, unlike randomUUID). */
export function newIdempotencyKey(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * One key per thing being written: a double click or a retry after a network error sends the
 * same key, so the server creates one post/answer/comment. Renew after a success.
 */
export function useIdempotencyKey(): [() => string, () => void] {
  const key = useRef<string | null>(null);
  const current = useCallback(() => (key.current ??= newIdempotencyKey()), []);
  const renew = useCallback(() => {
    key.current = null;
  }, []);
  return [current, renew];
}
