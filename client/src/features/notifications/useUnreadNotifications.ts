import { useApolloClient, useQuery } from '@apollo/client/react';
import { useCallback, useEffect } from 'react';
import { UnreadNotificationCountDocument } from '../../gql/graphql';
import { useLiveNotifications } from '../live/useLiveNotifications';
import type { ApolloClient } from '@apollo/client';

/**
 * How often the unread count is asked for while the tab is visible: a fallback only — new
 * notifications arrive live (notificationAdded over graphql-ws) and refresh it at once.
 */
export const UNREAD_POLL_MS = 60_000;
/** Focus and visibility events often come together; one request for both. */
const MIN_GAP_MS = 1_000;

interface Poller {
  subscribers: number;
  stop: () => void;
}

const pollers = new WeakMap<ApolloClient, Poller>();
const lastFetch = new WeakMap<ApolloClient, number>();

function fetchCount(client: ApolloClient, force = false): Promise<unknown> {
  const now = Date.now();
  if (!force && now - (lastFetch.get(client) ?? 0) < MIN_GAP_MS) return Promise.resolve();
  lastFetch.set(client, now);
  // network-only writes the answer to the cache, so every useUnreadNotifications() updates.
  return client.query({ query: UnreadNotificationCountDocument, fetchPolicy: 'network-only' }).catch(() => undefined);
}

/** One timer and one pair of listeners per Apollo client, however many components use the count. */
function startPolling(client: ApolloClient): () => void {
  let poller = pollers.get(client);
  if (!poller) {
    const visible = () => typeof document === 'undefined' || document.visibilityState !== 'hidden';
    const tick = () => {
      if (visible()) void fetchCount(client);
    };
    const onVisibility = () => {
      if (visible()) void fetchCount(client);
    };
    const timer = setInterval(tick, UNREAD_POLL_MS);
    window.addEventListener('focus', tick);
    document.addEventListener('visibilitychange', onVisibility);
    poller = {
      subscribers: 0,
      stop: () => {
        clearInterval(timer);
        window.removeEventListener('focus', tick);
        document.removeEventListener('visibilitychange', onVisibility);
      },
    };
    pollers.set(client, poller);
  }
  poller.subscribers++;
  const mine = poller;
  return () => {
    mine.subscribers--;
    if (mine.subscribers === 0) {
      mine.stop();
      pollers.delete(client);
    }
  };
}

/**
 * The signed-in viewer's unread notification count, kept fresh: refreshed the moment a
 * notification is pushed (`notificationAdded` over graphql-ws) and after a reconnection, and as a
 * fallback every minute while the tab is visible and whenever the window regains focus. Every
 * component that shows the count goes through this hook.
 */
export function useUnreadNotifications(): { count: number; loaded: boolean; refresh: () => Promise<unknown> } {
  const client = useApolloClient();
  const { data } = useQuery(UnreadNotificationCountDocument, {
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  useEffect(() => startPolling(client), [client]);
  useLiveNotifications(() => void fetchCount(client, true), { onReconnected: () => void fetchCount(client, true) });
  const refresh = useCallback(() => fetchCount(client, true), [client]);
  return { count: data?.unreadNotificationCount ?? 0, loaded: data !== undefined, refresh };
}
