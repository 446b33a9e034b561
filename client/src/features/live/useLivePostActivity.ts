import { useSubscription } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { LivePostActivityDocument, type LivePostActivitySubscription } from '../../gql/graphql';
import { onLiveReconnected } from './liveLink';

export type LivePostActivity = LivePostActivitySubscription['postActivity'];

/**
 * New answers and comments on an open post (`postActivity(postId)` over graphql-ws). The event
 * says only what happened; the page reloads the post to show it. `onReconnected` runs after
 * the connection came back (events meanwhile are lost: reload once).
 */
export function useLivePostActivity(
  postId: string | null | undefined,
  onActivity: (activity: LivePostActivity) => void,
  { onReconnected }: { onReconnected?: () => void } = {},
): void {
  const activity = useRef(onActivity);
  const reconnected = useRef(onReconnected);
  useEffect(() => {
    activity.current = onActivity;
    reconnected.current = onReconnected;
  });
  useEffect(() => (postId ? onLiveReconnected(() => reconnected.current?.()) : undefined), [postId]);
  useSubscription(LivePostActivityDocument, {
    variables: { postId: postId ?? '' },
    skip: !postId,
    ignoreResults: true,
    fetchPolicy: 'no-cache',
    onData: ({ data }) => {
      const a = data.data?.postActivity;
      if (a) activity.current(a);
    },
  });
}
