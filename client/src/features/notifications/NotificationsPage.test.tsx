import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { renderWithApollo } from '../admin/adminTestUtils';
import { dayLabel, groupNotifications, jstDay } from './grouping';
import { NOTIFICATIONS_PAGE_SIZE, NotificationsPage } from './NotificationsPage';
import { countMock, listMock, markReadMock, notification } from './notificationsTestData';
import type { TFunction } from '../../i18n';
import type { MockLink } from '@apollo/client/testing';

jest.setTimeout(20_000);

// 2026-05-20 12:00 JST.
const NOW = Date.parse('2026-05-20T03:00:00.000Z');
afterEach(() => jest.restoreAllMocks());

const answer = (id: string, createdAt: string, postId = '12', readAt: string | null = null) =>
  notification({ id, createdAt, postId, readAt, link: `/posts/${postId}#answer-${id}`, message: `回答 ${id} がつきました` });

describe('groupNotifications', () => {
  it('splits by JST day (not UTC) and folds adjacent notifications of one kind on one post', () => {
    const items = [
      answer('9', '2026-05-20T02:00:00.000Z'),
      answer('8', '2026-05-20T01:00:00.000Z'),
      answer('7', '2026-05-19T23:30:00.000Z'), // 08:30 JST on the 20th
      notification({ id: '6', kind: 'COMMENT_ON_MY_CONTENT', createdAt: '2026-05-19T22:00:00.000Z', commentId: '4' }),
      answer('5', '2026-05-19T21:00:00.000Z'), // same post again, but not adjacent to 7–9
      answer('4', '2026-05-19T14:59:00.000Z'), // 23:59 JST on the 19th
      answer('3', '2026-05-19T14:00:00.000Z'),
      answer('2', '2026-05-19T13:00:00.000Z', '40'),
      notification({ id: '1', kind: 'REPORT_RESOLVED', createdAt: '2026-05-19T12:00:00.000Z', postId: null, link: '/' }),
      notification({ id: '0', kind: 'REPORT_RESOLVED', createdAt: '2026-05-19T11:00:00.000Z', postId: null, link: '/' }),
    ];
    const days = groupNotifications(items);
    expect(days.map((d) => d.day)).toEqual(['2026-05-20', '2026-05-19']);
    expect(days[0].groups.map((g) => g.items.map((n) => n.id))).toEqual([['9', '8', '7'], ['6'], ['5']]);
    // Without a post, never folded.
    expect(days[1].groups.map((g) => g.items.map((n) => n.id))).toEqual([['4', '3'], ['2'], ['1'], ['0']]);
    expect(days[0].groups[0].key).toBe('9');
  });

  it('orders by createdAt, so back-filled notifications do not repeat a day', () => {
    const days = groupNotifications([
      answer('3', '2026-05-10T02:00:00.000Z', '1'),
      answer('2', '2026-05-12T02:00:00.000Z', '2'),
      answer('1', '2026-05-10T01:00:00.000Z', '1'),
    ]);
    expect(days.map((d) => d.day)).toEqual(['2026-05-12', '2026-05-10']);
    expect(days[1].groups.map((g) => g.items.map((n) => n.id))).toEqual([['3', '1']]);
  });

  it('labels today and yesterday in JST, older days with the date', () => {
    const t = ((key: string) => ({ 'notifications.today': '今日', 'notifications.yesterday': '昨日' })[key] ?? key) as TFunction;
    expect(jstDay('2026-05-19T15:00:00.000Z')).toBe('2026-05-20');
    expect(dayLabel('2026-05-20', t, 'ja', NOW)).toBe('今日');
    expect(dayLabel('2026-05-19', t, 'ja', NOW)).toBe('昨日');
    expect(dayLabel('2026-05-01', t, 'ja', NOW)).toBe('2026年5月1日');
    // 00:30 JST on 1 June: 31 May is 昨日.
    expect(dayLabel('2026-05-31', t, 'ja', Date.parse('2026-05-31T15:30:00.000Z'))).toBe('昨日');
  });
});

function renderPage(mocks: MockLink.MockedResponse[], route = '/notifications') {
  return renderWithApollo(
    <Routes>
      <Route path="/notifications" element={<NotificationsPage />} />
      <Route path="/posts/:id" element={<p>投稿ページ</p>} />
    </Routes>,
    { role: 'STAFF', mocks, route },
  );
}

const all = (variables: Record<string, unknown> = {}) => ({ first: NOTIFICATIONS_PAGE_SIZE, unreadOnly: false, ...variables });

describe('NotificationsPage (/notifications)', () => {
  beforeEach(() => jest.spyOn(Date, 'now').mockReturnValue(NOW));

  it('groups by day and shows three answers on one post as 「3件の回答」, expandable', async () => {
    const user = userEvent.setup();
    const items = [
      answer('9', '2026-05-20T02:00:00.000Z'),
      answer('8', '2026-05-20T01:00:00.000Z'),
      answer('7', '2026-05-20T00:00:00.000Z', '12', '2026-05-20T02:30:00.000Z'),
      notification({ id: '6', kind: 'ANSWER_ACCEPTED', createdAt: '2026-05-19T05:00:00.000Z', message: 'あなたの回答がベストアンサーに選ばれました' }),
      notification({
        id: '5',
        kind: 'POST_CLOSED',
        createdAt: '2026-05-10T05:00:00.000Z',
        readAt: '2026-05-11T00:00:00.000Z',
        actor: null,
        message: '投稿がクローズされました',
      }),
    ];
    renderPage([countMock(() => 3), listMock(all(), items)]);
    expect(await screen.findByRole('heading', { level: 1, name: 'お知らせ' })).toBeInTheDocument();
    const today = await screen.findByRole('region', { name: '今日のお知らせ' });
    expect(screen.getByRole('region', { name: '昨日のお知らせ' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '2026年5月10日のお知らせ' })).toBeInTheDocument();

    const toggle = within(today).getByRole('button', { name: /^3件の回答/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(today).getByText('うち未読2件')).toBeInTheDocument();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const list = within(today).getByRole('list', { name: '3件の回答' });
    expect(
      within(list)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['/posts/12#answer-9', '/posts/12#answer-8', '/posts/12#answer-7']);
  });

  it('marks one read, then all read', async () => {
    const user = userEvent.setup();
    let unread = 2;
    const one = jest.fn(() => (unread = 1));
    const everything = jest.fn(() => (unread = 0));
    const items = [
      answer('9', '2026-05-20T02:00:00.000Z', '12'),
      notification({ id: '6', kind: 'ANSWER_ACCEPTED', createdAt: '2026-05-19T05:00:00.000Z', message: 'あなたの回答がベストアンサーに選ばれました' }),
    ];
    renderPage([countMock(() => unread), listMock(all(), items), markReadMock({ ids: ['6'] }, 1, one), markReadMock({ all: true }, 1, everything)]);
    await user.click(await screen.findByRole('button', { name: '「あなたの回答がベストアンサーに選ばれました」を既読にする' }));
    await waitFor(() => expect(one).toHaveBeenCalled());
    await waitFor(() => expect(screen.queryByRole('button', { name: '「あなたの回答がベストアンサーに選ばれました」を既読にする' })).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: '「回答 9 がつきました」を既読にする' })).toBeInTheDocument();

    const markAll = screen.getByRole('button', { name: 'すべて既読にする' });
    await waitFor(() => expect(markAll).toBeEnabled());
    await user.click(markAll);
    await waitFor(() => expect(everything).toHaveBeenCalled());
    await waitFor(() => expect(screen.queryByRole('button', { name: /を既読にする$/ })).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('button', { name: 'すべて既読にする' })).toBeDisabled());
  });

  it('opens a notification at its anchor and marks it read', async () => {
    const user = userEvent.setup();
    const marked = jest.fn();
    renderPage([countMock(() => 1), listMock(all(), [answer('9', '2026-05-20T02:00:00.000Z')]), markReadMock({ ids: ['9'] }, 1, marked)]);
    await user.click(await screen.findByRole('link', { name: /回答 9 がつきました/ }));
    expect(await screen.findByText('投稿ページ')).toBeInTheDocument();
    await waitFor(() => expect(marked).toHaveBeenCalled());
  });

  it('pages on with 「もっと見る」 and keeps a group whole across pages', async () => {
    const user = userEvent.setup();
    renderPage([
      countMock(() => 0),
      listMock(all(), [answer('9', '2026-05-20T02:00:00.000Z', '12', 'r'), answer('8', '2026-05-20T01:00:00.000Z', '12', 'r')], { hasNextPage: true }),
      listMock(all({ after: 'c8' }), [answer('7', '2026-05-20T00:00:00.000Z', '12', 'r')]),
    ]);
    expect(await screen.findByRole('button', { name: /^2件の回答/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'もっと見る' }));
    expect(await screen.findByRole('button', { name: /^3件の回答/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'もっと見る' })).not.toBeInTheDocument();
  });

  it('shows 「お知らせはありません」, and the unread tab its own empty state', async () => {
    const user = userEvent.setup();
    renderPage([countMock(() => 0), listMock(all(), []), listMock(all({ unreadOnly: true }), [])]);
    expect(await screen.findByRole('heading', { name: 'お知らせはありません' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'すべて既読にする' })).toBeDisabled();
    await user.click(screen.getByRole('tab', { name: '未読' }));
    expect(await screen.findByRole('heading', { name: '未読のお知らせはありません' })).toBeInTheDocument();
  });

  it('opens on the unread tab from ?filter=unread and lists only what the server sends for it', async () => {
    renderPage([countMock(() => 1), listMock(all({ unreadOnly: true }), [answer('9', '2026-05-20T02:00:00.000Z')])], '/notifications?filter=unread');
    expect(await screen.findByRole('tab', { name: '未読（未読 1件）', selected: true })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: /回答 9 がつきました/ })).toBeInTheDocument();
  });

  it('shows an error with a retry', async () => {
    renderPage([countMock(() => 0), { request: { query: listMock(all(), []).request.query, variables: all() }, error: new Error('network down') }]);
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '再試行' })).toBeInTheDocument();
  });
});
