import { Notifications } from '@mantine/notifications';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  CreateWebhookDocument,
  DeleteWebhookDocument,
  TagSuggestionsDocument,
  TestWebhookDocument,
  UpdateWebhookDocument,
  WebhooksDocument,
  type WebhookFieldsFragment,
  type WebhookInput,
} from '../../gql/graphql';
import { renderWithApollo } from '../admin/adminTestUtils';
import { toInput, initialValues } from './webhookModel';
import { WebhooksAdmin } from './WebhooksAdmin';
import type { MockLink } from '@apollo/client/testing';

jest.setTimeout(20_000);

type Delivery = NonNullable<WebhookFieldsFragment['lastDelivery']>;
/** The generated types leave out __typename; the mocked cache wants it. */
const delivery = (d: Delivery): Delivery => ({ __typename: 'WebhookDeliveryStatus', ...d }) as Delivery;

function hook(over: Partial<WebhookFieldsFragment> & Pick<WebhookFieldsFragment, 'id' | 'name'>): WebhookFieldsFragment {
  return {
    __typename: 'Webhook',
    url: 'https://chat.city.example.lg.jp/hooks/abc',
    format: 'TEAMS',
    tags: [],
    kinds: [],
    hasSecret: false,
    active: true,
    createdAt: '2026-04-01T00:00:00.000Z',
    lastDelivery: null,
    ...over,
  } as WebhookFieldsFragment;
}

const teams = hook({
  id: '1',
  name: 'DX推進チャネル',
  tags: ['RPA', '電子申請'],
  kinds: ['QUESTION', 'CASE'],
  lastDelivery: delivery({ status: 'DELIVERED', httpStatus: 202, error: null, at: new Date().toISOString() }),
});
const generic = hook({
  id: '2',
  name: '庁内ポータル連携',
  url: 'http://10.0.0.5/banso',
  format: 'GENERIC',
  hasSecret: true,
  active: false,
  lastDelivery: delivery({ status: 'FAILED', httpStatus: 500, error: '受信側が HTTP 500 を返しました', at: '2026-04-02T01:00:00.000Z' }),
});

const list = (webhooks: WebhookFieldsFragment[], maxUsageCount = 10): MockLink.MockedResponse => ({
  request: { query: WebhooksDocument },
  result: { data: { webhooks } },
  maxUsageCount,
});
const tagSuggestions: MockLink.MockedResponse = {
  request: { query: TagSuggestionsDocument, variables: () => true },
  result: { data: { tags: [{ __typename: 'Tag', id: 't1', name: 'RPA', postCount: 3 }] } },
  maxUsageCount: 50,
};

function renderAdmin(mocks: MockLink.MockedResponse[]) {
  return renderWithApollo(
    <>
      <Notifications />
      <WebhooksAdmin />
    </>,
    { role: 'DX_OFFICE', mocks: [tagSuggestions, ...mocks] },
  );
}

describe('webhook form model', () => {
  it('sends the secret only when it changes: kept (null), replaced, or removed ("")', () => {
    const v = initialValues(generic);
    expect(toInput(v).secret).toBeNull();
    expect(toInput({ ...v, secret: ' new-secret ' }).secret).toBe('new-secret');
    expect(toInput({ ...v, clearSecret: true, secret: 'x' }).secret).toBe('');
    expect(toInput({ ...v, name: ' 名前 ', url: ' https://a.example/x ' })).toMatchObject({
      name: '名前',
      url: 'https://a.example/x',
      format: 'GENERIC',
      active: false,
    });
  });
});

describe('WebhooksAdmin', () => {
  it('lists each webhook with its format, filters, state and last delivery', async () => {
    renderAdmin([list([teams, generic])]);
    const first = (await screen.findByRole('article', { name: 'DX推進チャネル' })) as HTMLElement;
    expect(within(first).getByText('Teams ワークフロー')).toBeInTheDocument();
    expect(within(first).getByText('有効')).toBeInTheDocument();
    expect(within(first).getByText('電子申請')).toBeInTheDocument();
    expect(within(first).getByText('質問・事例')).toBeInTheDocument();
    expect(within(first).getByText('送信済み')).toBeInTheDocument();
    expect(within(first).getByText(/HTTP 202/)).toBeInTheDocument();
    const second = screen.getByRole('article', { name: '庁内ポータル連携' });
    expect(within(second).getByText('停止中')).toBeInTheDocument();
    expect(within(second).getByText('送信失敗')).toBeInTheDocument();
    expect(within(second).getByText('受信側が HTTP 500 を返しました')).toBeInTheDocument();
    expect(within(second).getByText('あり（X-Banso-Signature）')).toBeInTheDocument();
    expect(within(second).getAllByText('すべて')).toHaveLength(2);
  });

  it('explains an empty list and offers to add one', async () => {
    renderAdmin([list([])]);
    expect(await screen.findByText('Webhook はまだありません')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Webhook を追加' })).toBeInTheDocument();
  });

  it('creates a webhook: required fields first, format help, tag and kind filters, the secret for generic JSON', async () => {
    const user = userEvent.setup();
    let sent: WebhookInput | null = null;
    const created = hook({
      id: '3',
      name: '新しい連携',
      url: 'https://hooks.city.example.lg.jp/x',
      format: 'GENERIC',
      tags: ['RPA'],
      kinds: ['QUESTION'],
      hasSecret: true,
    });
    renderAdmin([
      list([], 1),
      {
        request: { query: CreateWebhookDocument, variables: () => true },
        result: (v: { input: WebhookInput }) => {
          sent = v.input;
          return { data: { createWebhook: created } };
        },
      },
      list([created]),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Webhook を追加' }));
    const dialog = await screen.findByRole('dialog', { name: 'Webhook を追加' });
    // Nothing filled in: both required fields say what is missing.
    await user.click(within(dialog).getByRole('button', { name: '追加する' }));
    expect(await within(dialog).findByText('名前を入力してください。')).toBeInTheDocument();
    expect(within(dialog).getByText('送信先 URL を入力してください。')).toBeInTheDocument();
    // Each format explains itself; the secret appears for generic JSON only.
    expect(within(dialog).getByText(/Webhook 要求を受信したらチャネルに投稿する/)).toBeInTheDocument();
    expect(within(dialog).getByText(/Mattermost、Rocket.Chat/)).toBeInTheDocument();
    expect(within(dialog).queryByLabelText('署名の鍵')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('radio', { name: /汎用 JSON/ }));
    await user.type(within(dialog).getByLabelText('署名の鍵'), 's3cret');

    await user.type(within(dialog).getByRole('textbox', { name: '名前' }), '新しい連携');
    await user.type(within(dialog).getByRole('textbox', { name: '送信先 URL' }), 'ftp://x');
    await user.click(within(dialog).getByRole('button', { name: '追加する' }));
    expect(await within(dialog).findByText('URL は http:// か https:// で始めてください。')).toBeInTheDocument();
    await user.clear(within(dialog).getByRole('textbox', { name: '送信先 URL' }));
    await user.type(within(dialog).getByRole('textbox', { name: '送信先 URL' }), 'https://hooks.city.example.lg.jp/x');
    await user.type(within(dialog).getByLabelText('タグで絞り込む'), 'RPA{Enter}');
    await user.click(within(dialog).getByRole('checkbox', { name: '質問' }));
    await user.click(within(dialog).getByRole('button', { name: '追加する' }));

    expect(await screen.findByText('「新しい連携」を追加しました')).toBeInTheDocument();
    expect(sent).toEqual({
      name: '新しい連携',
      url: 'https://hooks.city.example.lg.jp/x',
      format: 'GENERIC',
      tags: ['RPA'],
      kinds: ['QUESTION'],
      secret: 's3cret',
      active: true,
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByRole('article', { name: '新しい連携' })).toBeInTheDocument();
  });

  it('shows a URL the server refuses (WEBHOOK_ALLOWED_HOSTS) under the URL field', async () => {
    const user = userEvent.setup();
    renderAdmin([
      list([]),
      {
        request: { query: CreateWebhookDocument, variables: () => true },
        result: {
          errors: [{ message: '「evil.example.com」は WEBHOOK_ALLOWED_HOSTS にない送信先です。', extensions: { code: 'BAD_USER_INPUT', field: 'url' } }],
        },
      },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Webhook を追加' }));
    const dialog = await screen.findByRole('dialog', { name: 'Webhook を追加' });
    await user.type(within(dialog).getByRole('textbox', { name: '名前' }), '外部');
    const url = within(dialog).getByRole('textbox', { name: '送信先 URL' });
    await user.type(url, 'https://evil.example.com/hook');
    await user.click(within(dialog).getByRole('button', { name: '追加する' }));
    expect(await within(dialog).findByText('「evil.example.com」は WEBHOOK_ALLOWED_HOSTS にない送信先です。')).toBeInTheDocument();
    expect(url).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('edits without resending the secret unless it is replaced or removed', async () => {
    const user = userEvent.setup();
    let sent: { id: string; input: WebhookInput } | null = null;
    renderAdmin([
      list([generic]),
      {
        request: { query: UpdateWebhookDocument, variables: () => true },
        result: (v: { id: string; input: WebhookInput }) => {
          sent = v;
          return { data: { updateWebhook: { ...generic, active: true, hasSecret: false } } };
        },
      },
    ]);
    await user.click(await screen.findByRole('button', { name: '「庁内ポータル連携」を編集' }));
    const dialog = await screen.findByRole('dialog', { name: 'Webhook を編集' });
    expect(within(dialog).getByRole('textbox', { name: '名前' })).toHaveValue('庁内ポータル連携');
    expect(within(dialog).getByLabelText('署名の鍵')).toHaveAttribute('placeholder', '設定済み（変えるときだけ入力）');
    await user.click(within(dialog).getByRole('switch', { name: /有効にする/ }));
    await user.click(within(dialog).getByRole('checkbox', { name: '署名の鍵を削除する' }));
    await user.click(within(dialog).getByRole('button', { name: '保存する' }));
    expect(await screen.findByText('「庁内ポータル連携」を保存しました')).toBeInTheDocument();
    expect(sent).toMatchObject({ id: '2', input: { active: true, secret: '', format: 'GENERIC' } });
  });

  it('sends a test and shows what the receiver said, success or failure', async () => {
    const user = userEvent.setup();
    renderAdmin([
      list([teams, generic]),
      {
        request: { query: TestWebhookDocument, variables: { id: '1' } },
        result: { data: { testWebhook: { __typename: 'WebhookTestResult', ok: true, httpStatus: 202, error: null } } },
      },
      {
        request: { query: TestWebhookDocument, variables: { id: '2' } },
        result: { data: { testWebhook: { __typename: 'WebhookTestResult', ok: false, httpStatus: null, error: '5秒以内に応答がありませんでした' } } },
      },
    ]);
    await user.click(await screen.findByRole('button', { name: '「DX推進チャネル」にテスト送信' }));
    const first = screen.getByRole('article', { name: 'DX推進チャネル' });
    expect(await within(first).findByText('テスト送信に成功しました')).toBeInTheDocument();
    expect(within(first).getByText(/HTTP 202 で応答しました/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '「庁内ポータル連携」にテスト送信' }));
    const second = screen.getByRole('article', { name: '庁内ポータル連携' });
    expect(await within(second).findByText('テスト送信に失敗しました')).toBeInTheDocument();
    expect(within(second).getByText('5秒以内に応答がありませんでした')).toBeInTheDocument();
  });

  it('deletes after asking (focus on キャンセル)', async () => {
    const user = userEvent.setup();
    const removed: string[] = [];
    renderAdmin([
      list([teams, generic], 1),
      {
        request: { query: DeleteWebhookDocument, variables: () => true },
        result: (v: { id: string }) => {
          removed.push(v.id);
          return { data: { deleteWebhook: true } };
        },
      },
      list([generic]),
    ]);
    await user.click(await screen.findByRole('button', { name: '「DX推進チャネル」を削除' }));
    const dialog = await screen.findByRole('dialog', { name: 'Webhook を削除しますか？' });
    expect(within(dialog).getByText(/「DX推進チャネル」を削除します/)).toBeInTheDocument();
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'キャンセル' })).toHaveFocus());
    await user.click(within(dialog).getByRole('button', { name: '削除' }));
    expect(await screen.findByText('「DX推進チャネル」を削除しました')).toBeInTheDocument();
    expect(removed).toEqual(['1']);
    await waitFor(() => expect(screen.queryByRole('article', { name: 'DX推進チャネル' })).not.toBeInTheDocument());
  });
});
