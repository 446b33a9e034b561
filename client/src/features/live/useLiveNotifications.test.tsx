import { waitFor } from '@testing-library/react';
import { LiveNotificationAddedDocument } from '../../gql/graphql';
import { renderWithApollo } from '../admin/adminTestUtils';
import { useLiveNotifications, type LiveNotification } from './useLiveNotifications';

const notification = {
  __typename: 'Notification',
  id: '501',
  kind: 'ANSWER_ON_MY_POST',
  createdAt: '2026-04-01T00:00:00.000Z',
  readAt: null,
  actor: { __typename: 'User', id: '9', displayName: '伴走 花子' },
  message: '伴走 花子さんが「窓口の電子化」に回答しました',
  link: '/posts/3#answer-12',
  postId: '3',
  answerId: '12',
  commentId: null,
};

function Probe({ onAdded, skip }: { onAdded: (n: LiveNotification) => void; skip?: boolean }) {
  useLiveNotifications(onAdded, { skip });
  return null;
}

describe('useLiveNotifications', () => {
  it('hands each new notification (notificationAdded) to the callback', async () => {
    const got: LiveNotification[] = [];
    renderWithApollo(<Probe onAdded={(n) => got.push(n)} />, {
      mocks: [{ request: { query: LiveNotificationAddedDocument }, result: { data: { notificationAdded: notification } } }],
    });
    await waitFor(() => expect(got).toHaveLength(1));
    expect(got[0]).toMatchObject({ id: '501', kind: 'ANSWER_ON_MY_POST', link: '/posts/3#answer-12' });
  });

  it('does not subscribe when skipped (signed out, or the bell hidden)', async () => {
    const onAdded = jest.fn();
    const result = jest.fn(() => ({ data: { notificationAdded: notification } }));
    renderWithApollo(<Probe onAdded={onAdded} skip />, { mocks: [{ request: { query: LiveNotificationAddedDocument }, result }] });
    await new Promise((r) => setTimeout(r, 50));
    expect(result).not.toHaveBeenCalled();
    expect(onAdded).not.toHaveBeenCalled();
  });
});
