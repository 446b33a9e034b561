import { MarkNotificationsReadDocument, NotificationsDocument, UnreadNotificationCountDocument, type NotificationFieldsFragment } from '../../gql/graphql';
import type { MockLink } from '@apollo/client/testing';

/** A notification as the server sends it (with __typename, which the mocked cache wants). */
export function notification(overrides: Partial<NotificationFieldsFragment> & Pick<NotificationFieldsFragment, 'id'>): NotificationFieldsFragment {
  return {
    __typename: 'Notification',
    kind: 'ANSWER_ON_MY_POST',
    createdAt: '2026-05-20T01:00:00.000Z',
    readAt: null,
    actor: { __typename: 'User', id: '7', displayName: '佐藤 花子' },
    message: '佐藤 花子さんが「RPAのシナリオ共有について」に回答しました',
    link: `/posts/12#answer-${overrides.id}`,
    postId: '12',
    postKind: 'QUESTION',
    answerId: overrides.id,
    commentId: null,
    ...overrides,
  } as NotificationFieldsFragment;
}

export function connection(items: NotificationFieldsFragment[], { unreadCount, hasNextPage = false }: { unreadCount?: number; hasNextPage?: boolean } = {}) {
  return {
    notifications: {
      __typename: 'NotificationConnection',
      edges: items.map((node) => ({ __typename: 'NotificationEdge', cursor: `c${node.id}`, node })),
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: items.length ? `c${items[items.length - 1].id}` : null },
      unreadCount: unreadCount ?? items.filter((n) => !n.readAt).length,
    },
  };
}

export const listMock = (
  variables: Record<string, unknown>,
  items: NotificationFieldsFragment[],
  options: { unreadCount?: number; hasNextPage?: boolean } = {},
): MockLink.MockedResponse => ({
  request: { query: NotificationsDocument, variables },
  result: { data: connection(items, options) },
  maxUsageCount: 10,
});

/** The unread count: a function, so a test can change what the server says next. */
export const countMock = (count: () => number): MockLink.MockedResponse => ({
  request: { query: UnreadNotificationCountDocument },
  result: () => ({ data: { unreadNotificationCount: count() } }),
  maxUsageCount: 50,
});

export const markReadMock = (variables: { ids?: string[]; all?: boolean }, changed: number, onCall: () => void = () => undefined): MockLink.MockedResponse => ({
  request: { query: MarkNotificationsReadDocument, variables },
  result: () => {
    onCall();
    return { data: { markNotificationsRead: changed } };
  },
});
