import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Notifications } from '@mantine/notifications';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NotificationSettingsDocument, UpdateNotificationSettingsDocument, type NotificationKind, type NotificationSettingsInput } from '../../gql/graphql';
import { renderWithApollo } from '../admin/adminTestUtils';
import { KIND_GROUPS } from './kindGroups';
import { NotificationSettingsPage } from './NotificationSettingsPage';
import type { MockLink } from '@apollo/client/testing';

jest.setTimeout(20_000);

/** Every NotificationKind of the schema the client is built against. */
const SCHEMA_KINDS = (() => {
  const schema = readFileSync(join(__dirname, '../../../schema.graphql'), 'utf8');
  const body = /enum NotificationKind \{([^}]*)\}/.exec(schema)![1];
  return body
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /^[A-Z_]+$/.test(l)) as NotificationKind[];
})();

const ON_BY_DEFAULT: NotificationKind[] = ['ANSWER_ON_MY_POST', 'COMMENT_ON_MY_CONTENT', 'ANSWER_ACCEPTED', 'MENTION', 'QUESTION_ROUTED_TO_ME'];

function settings(over: Partial<{ emailMode: string; routingRequests: boolean; on: NotificationKind[] }> = {}) {
  const on = new Set(over.on ?? ON_BY_DEFAULT);
  return {
    __typename: 'NotificationSettings',
    emailMode: over.emailMode ?? 'DAILY',
    routingRequests: over.routingRequests ?? true,
    emailAvailable: false,
    kinds: SCHEMA_KINDS.map((kind) => ({ __typename: 'NotificationKindSetting', kind, email: on.has(kind) })),
  };
}

const load = (s = settings()): MockLink.MockedResponse => ({
  request: { query: NotificationSettingsDocument },
  result: { data: { notificationSettings: s } },
  maxUsageCount: 5,
});

function renderPage(mocks: MockLink.MockedResponse[]) {
  return renderWithApollo(
    <>
      <Notifications />
      <NotificationSettingsPage />
    </>,
    { role: 'STAFF', mocks },
  );
}

describe('kind groups', () => {
  it('put every notification kind of the schema in exactly one group, each with a Japanese label', () => {
    const grouped = KIND_GROUPS.flatMap((g) => g.kinds);
    expect(SCHEMA_KINDS.length).toBeGreaterThanOrEqual(16);
    expect([...grouped].sort()).toEqual([...SCHEMA_KINDS].sort());
    expect(new Set(grouped).size).toBe(grouped.length);
  });
});

describe('NotificationSettingsPage', () => {
  it('shows the saved choices: e-mail mode, routing requests and the kinds by group, with the SMTP caveat', async () => {
    renderPage([load()]);
    expect(await screen.findByRole('heading', { level: 1, name: 'お知らせの設定' })).toBeInTheDocument();
    expect(await screen.findByRole('radio', { name: /1日1回まとめて/ })).toBeChecked();
    expect(screen.getByRole('radio', { name: /すぐに/ })).not.toBeChecked();
    expect(screen.getByRole('radio', { name: /週1回まとめて/ })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /送らない/ })).toBeInTheDocument();
    expect(screen.getByText(/まだメール送信が設定されていないため、いまはメールは届きません/)).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: /回答の依頼を受け付ける/ })).toBeChecked();
    const mine = screen.getByRole('group', { name: '自分の投稿・回答について' });
    expect(within(mine).getByRole('switch', { name: /自分の投稿への回答/ })).toBeChecked();
    const follow = screen.getByRole('group', { name: 'フォロー中の投稿・タグ' });
    expect(within(follow).getByRole('switch', { name: /フォロー中のタグの新しい投稿/ })).not.toBeChecked();
    expect(screen.getByRole('group', { name: 'DX推進課からの連絡' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '保存する' })).toBeDisabled();
  });

  it('saves every choice and confirms with a toast', async () => {
    const user = userEvent.setup();
    let sent: NotificationSettingsInput | null = null;
    const saved = settings({ emailMode: 'IMMEDIATE', routingRequests: false, on: [...ON_BY_DEFAULT, 'FOLLOWED_TAG_POST'] });
    renderPage([
      load(),
      {
        request: { query: UpdateNotificationSettingsDocument, variables: () => true },
        result: (v: { input: NotificationSettingsInput }) => {
          sent = v.input;
          return { data: { updateNotificationSettings: saved } };
        },
      },
    ]);
    await user.click(await screen.findByRole('radio', { name: /すぐに/ }));
    await user.click(screen.getByRole('switch', { name: /回答の依頼を受け付ける/ }));
    await user.click(screen.getByRole('switch', { name: /フォロー中のタグの新しい投稿/ }));
    expect(screen.getByText('保存していない変更があります')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '保存する' }));
    expect(await screen.findByText('お知らせの設定を保存しました')).toBeInTheDocument();
    expect(sent).not.toBeNull();
    const input = sent as unknown as NotificationSettingsInput;
    expect(input.emailMode).toBe('IMMEDIATE');
    expect(input.routingRequests).toBe(false);
    expect(input.kinds).toHaveLength(SCHEMA_KINDS.length);
    expect(input.kinds).toContainEqual({ kind: 'FOLLOWED_TAG_POST', email: true });
    expect(input.kinds).toContainEqual({ kind: 'POST_CLOSED', email: false });
    await waitFor(() => expect(screen.getByText('変更はすべて保存されています')).toBeInTheDocument());
    expect(screen.getByRole('radio', { name: /すぐに/ })).toBeChecked();
    expect(screen.getByRole('button', { name: '保存する' })).toBeDisabled();
  });

  it('turns the per-kind switches off (unused) when e-mail is 送らない', async () => {
    const user = userEvent.setup();
    renderPage([load()]);
    await user.click(await screen.findByRole('radio', { name: /送らない/ }));
    expect(screen.getByText(/種類ごとの設定は使われません/)).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: /自分の投稿への回答/ })).toBeDisabled();
    // 回答の依頼 is not about e-mail: still available.
    expect(screen.getByRole('switch', { name: /回答の依頼を受け付ける/ })).toBeEnabled();
  });

  it('reverts unsaved changes', async () => {
    const user = userEvent.setup();
    renderPage([load()]);
    await user.click(await screen.findByRole('radio', { name: /週1回まとめて/ }));
    await user.click(screen.getByRole('button', { name: '元に戻す' }));
    expect(screen.getByRole('radio', { name: /1日1回まとめて/ })).toBeChecked();
    expect(screen.getByRole('button', { name: '保存する' })).toBeDisabled();
  });

  it('shows the server’s refusal and keeps the changes', async () => {
    const user = userEvent.setup();
    renderPage([
      load(),
      {
        request: { query: UpdateNotificationSettingsDocument, variables: () => true },
        result: { errors: [{ message: 'メールの送り方が正しくありません。', extensions: { code: 'BAD_USER_INPUT' } }] },
      },
    ]);
    await user.click(await screen.findByRole('radio', { name: /すぐに/ }));
    await user.click(screen.getByRole('button', { name: '保存する' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('メールの送り方が正しくありません。');
    expect(screen.getByRole('radio', { name: /すぐに/ })).toBeChecked();
  });

  it('offers a retry when the settings cannot be loaded', async () => {
    renderPage([{ request: { query: NotificationSettingsDocument }, error: new TypeError('Failed to fetch') }]);
    expect(await screen.findByRole('button', { name: '再試行' })).toBeInTheDocument();
  });
});
