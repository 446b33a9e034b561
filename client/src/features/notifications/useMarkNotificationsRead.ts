import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { MarkNotificationsReadDocument, type NotificationsQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import { errorMessage } from '../../lib/errors';
import { showNotice } from '../admin/notice';
import { useUnreadNotifications } from './useUnreadNotifications';
import type { ApolloCache, Reference } from '@apollo/client';

type StoredConnection = Omit<NotificationsQuery['notifications'], 'edges'> & { edges: { cursor: string; node: Reference }[] };

/**
 * Marks notifications read in the cache: their `readAt`, the unread count and each loaded list's
 * `unreadCount`. Used as the mutation's `update`, so it runs optimistically first (the bell and
 * the inbox change at once) and again with the server's answer; a failure rolls it back.
 */
export function markReadInCache(cache: ApolloCache, target: readonly string[] | 'all', at = new Date().toISOString()): void {
  const ids = new Set<string>();
  if (target === 'all') {
    // Every notification in the cache sits in some loaded list.
    cache.modify({
      id: 'ROOT_QUERY',
      fields: {
        notifications(existing, { readField }) {
          const stored = existing as unknown as StoredConnection;
          for (const edge of stored.edges ?? []) {
            const id = readField<string>('id', edge.node);
            if (id) ids.add(id);
          }
          return existing;
        },
      },
    });
  } else target.forEach((id) => ids.add(id));

  let changed = 0;
  for (const id of ids) {
    cache.modify({
      id: cache.identify({ __typename: 'Notification', id }),
      fields: {
        readAt(existing: string | null) {
          if (existing) return existing;
          changed++;
          return at;
        },
      },
    });
  }
  const lower = (n: number) => (target === 'all' ? 0 : Math.max(0, n - changed));
  cache.modify({
    id: 'ROOT_QUERY',
    fields: {
      unreadNotificationCount: (existing: number) => lower(existing),
      notifications: (existing) => {
        const stored = existing as unknown as StoredConnection;
        return { ...stored, unreadCount: lower(stored.unreadCount) } as unknown as typeof existing;
      },
    },
  });
}

/** markNotificationsRead with the cache updated at once; the count is checked with the server afterwards. */
export function useMarkNotificationsRead() {
  const t = useT();
  const { refresh } = useUnreadNotifications();
  const [mutate, { loading }] = useMutation(MarkNotificationsReadDocument);

  const run = useCallback(
    async (target: readonly string[] | 'all'): Promise<boolean> => {
      if (target !== 'all' && target.length === 0) return true;
      try {
        await mutate({
          variables: target === 'all' ? { all: true } : { ids: [...target] },
          optimisticResponse: { markNotificationsRead: target === 'all' ? 0 : target.length },
          update: (cache) => markReadInCache(cache, target),
        });
        return true;
      } catch (e) {
        showNotice(t, { color: 'red', title: t('error.title'), message: errorMessage(e, t) });
        return false;
      } finally {
        void refresh();
      }
    },
    [mutate, refresh, t],
  );

  const markRead = useCallback((ids: readonly string[]) => run(ids), [run]);
  const markAllRead = useCallback(() => run('all'), [run]);
  return { markRead, markAllRead, loading };
}
