import { useSubscription } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { LiveNotificationAddedDocument, type LiveNotificationAddedSubscription } from '../../gql/graphql';
import { onLiveReconnected } from './liveLink';

export type LiveNotification = LiveNotificationAddedSubscription['notificationAdded'];

/**
 * The signed-in person's new notifications as they happen (`notificationAdded` over graphql-ws).
 * `onAdded` gets each one (the latest callback is used, so it need not be memoised);
 * `onReconnected` runs after the connection came back (a notification sent meanwhile is not
 * replayed: reload the count / list then). The socket opens only while a component uses this.
 *
 * ```tsx
 * useLiveNotifications((n) => { refetchUnreadCount(); }, { onReconnected: refetchUnreadCount });
 * ```
 */
export function useLiveNotifications(
  onAdded: (notification: LiveNotification) => void,
  { skip = false, onReconnected }: { skip?: boolean; onReconnected?: () => void } = {},
): { error: unknown } {
  const added = useRef(onAdded);
  const reconnected = useRef(onReconnected);
  useEffect(() => {
    added.current = onAdded;
    reconnected.current = onReconnected;
  });
  useEffect(() => (skip ? undefined : onLiveReconnected(() => reconnected.current?.())), [skip]);
  const { error } = useSubscription(LiveNotificationAddedDocument, {
    skip,
    ignoreResults: true,
    onData: ({ data }) => {
      const n = data.data?.notificationAdded;
      if (n) added.current(n);
    },
  });
  return { error };
}
