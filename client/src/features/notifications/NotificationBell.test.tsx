import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router-dom';
import { renderWithApollo } from '../admin/adminTestUtils';
import { badgeText } from './grouping';
import { kindStyle } from './kinds';
import { BELL_LIMIT, NotificationBell } from './NotificationBell';
import { countMock, listMock, markReadMock, notification } from './notificationsTestData';
import type { NotificationKind } from '../../gql/graphql';
import type { MockLink } from '@apollo/client/testing';

jest.setTimeout(20_000);

function Where() {
  const { pathname, hash } = useLocation();
  return <p data-testid="where">{`${pathname}${hash}`}</p>;
}

function renderBell(mocks: MockLink.MockedResponse[]) {
  return renderWithApollo(
    <>
      <NotificationBell />
      <Where />
    </>,
    { role: 'STAFF', mocks },
  );
}

const A = notification({ id: '31', message: '佐藤 花子さんが「RPAのシナリオ共有について」に回答しました' });
const B = notification({
  id: '30',
  kind: 'COMMENT_ON_MY_CONTENT',
  message: '山田 太郎さんがあなたの投稿にコメントしました：「窓口の番号札」',
  link: '/posts/9#comment-5',
  postId: '9',
  answerId: null,
  commentId: '5',
});
const C = notification({
  id: '20',
  kind: 'POST_FEATURED',
  readAt: '2026-05-18T00:00:00.000Z',
  actor: null,
  message: 'あなたの投稿「窓口の番号札」が優良事例に選ばれました',
});

describe('badgeText', () => {
  it('is empty at 0, the number up to 99, then 99+', () => {
    expect(badgeText(0)).toBeNull();
    expect(badgeText(1)).toBe('1');
    expect(badgeText(99)).toBe('99');
    expect(badgeText(100)).toBe('99+');
  });
});

describe('NotificationBell', () => {
  it('shows the unread count on the bell, 99+ above 99, nothing at 0', async () => {
    const first = renderBell([countMock(() => 3)]);
    expect(await screen.findByRole('button', { name: 'お知らせ（未読3件）' })).toBeInTheDocument();
    expect(screen.getByTestId('notification-badge')).toHaveTextContent('3');
    first.unmount();

    const many = renderBell([countMock(() => 250)]);
    expect(await screen.findByRole('button', { name: 'お知らせ（未読99+件）' })).toBeInTheDocument();
    expect(screen.getByTestId('notification-badge')).toHaveTextContent('99+');
    many.unmount();

    renderBell([countMock(() => 0)]);
    await waitFor(() => expect(screen.getByRole('button', { name: 'お知らせ' })).toBeInTheDocument());
    expect(screen.queryByTestId('notification-badge')).not.toBeInTheDocument();
  });

  it('lists the latest notifications, unread ones emphasised, and marks all read', async () => {
    const user = userEvent.setup();
    let unread = 2;
    const marked = jest.fn(() => {
      unread = 0;
    });
    renderBell([countMock(() => unread), listMock({ first: BELL_LIMIT }, [A, B, C]), markReadMock({ all: true }, 2, marked)]);
    await user.click(await screen.findByRole('button', { name: 'お知らせ（未読2件）' }));
    const popover = await screen.findByRole('dialog', { name: 'お知らせ' });
    const list = await within(popover).findByRole('list', { name: 'お知らせ' });
    const links = within(list).getAllByRole('link');
    expect(links.map((l) => l.getAttribute('href'))).toEqual(['/posts/12#answer-31', '/posts/9#comment-5', '/posts/12#answer-20']);
    expect(within(popover).getByRole('link', { name: 'すべてのお知らせ' })).toHaveAttribute('href', '/notifications');
    expect(links[0]).toHaveAttribute('data-unread', 'true');
    expect(within(links[0]).getByText('未読')).toBeInTheDocument();
    expect(links[2]).not.toHaveAttribute('data-unread');
    expect(within(popover).getByText('未読 2件')).toBeInTheDocument();

    await user.click(within(popover).getByRole('button', { name: 'すべて既読にする' }));
    await waitFor(() => expect(marked).toHaveBeenCalledTimes(1));
    // The bell and the list change at once (the popover stays open).
    await waitFor(() => expect(screen.getByRole('button', { name: 'お知らせ' })).toBeInTheDocument());
    expect(screen.queryByTestId('notification-badge')).not.toBeInTheDocument();
    expect(within(popover).queryAllByText('未読')).toHaveLength(0);
    await waitFor(() => expect(within(popover).getByRole('button', { name: 'すべて既読にする' })).toBeDisabled());
  });

  it('opens a notification at its answer and marks that one read', async () => {
    const user = userEvent.setup();
    let unread = 2;
    const marked = jest.fn(() => {
      unread = 1;
    });
    renderBell([countMock(() => unread), listMock({ first: BELL_LIMIT }, [A, B]), markReadMock({ ids: ['31'] }, 1, marked)]);
    await user.click(await screen.findByRole('button', { name: 'お知らせ（未読2件）' }));
    const popover = await screen.findByRole('dialog', { name: 'お知らせ' });
    await user.click(await within(popover).findByRole('link', { name: /佐藤 花子さんが「RPAのシナリオ共有について」に回答しました/ }));
    expect(screen.getByTestId('where')).toHaveTextContent('/posts/12#answer-31');
    // The popover closes on the way.
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(marked).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.getByRole('button', { name: 'お知らせ（未読1件）' })).toBeInTheDocument());
  });

  it('says so when there is nothing', async () => {
    const user = userEvent.setup();
    renderBell([countMock(() => 0), listMock({ first: BELL_LIMIT }, [])]);
    await user.click(await screen.findByRole('button', { name: 'お知らせ' }));
    expect(await screen.findByText('お知らせはありません')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'すべて既読にする' })).toBeDisabled();
    // Esc closes it and gives the focus back to the bell.
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'お知らせ' })).toHaveFocus();
  });
});

describe('kindStyle', () => {
  it('has a label for every kind it knows and falls back for a kind from a newer server', () => {
    expect(kindStyle('MENTION').label).toBe('notifications.kind.MENTION');
    expect(kindStyle('SOMETHING_NEW' as NotificationKind).label).toBe('notifications.kind.OTHER');
  });
});
