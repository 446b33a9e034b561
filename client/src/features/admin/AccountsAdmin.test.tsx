import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AdminDepartmentsDocument, AdminUsersDocument, ResetPasswordDocument, type AdminUserFieldsFragment } from '../../gql/graphql';
import { ACCOUNTS_PAGE_SIZE, AccountsAdmin } from './AccountsAdmin';
import { account, department, renderWithApollo, type TestRole } from './adminTestUtils';
import type { MockLink } from '@apollo/client/testing';

// Mantine portals and Apollo round trips: roomy on a loaded machine (the root jest run ignores the client project's testTimeout).
jest.setTimeout(20_000);

const kikaku = department({ id: '1', name: '企画部' });
const dx = department({ id: '2', name: 'デジタル推進課', level: 'KA', parentId: '1', path: '企画部 > デジタル推進課' });
const hanako = account({
  id: '10',
  displayName: '伴走 花子',
  department: { __typename: 'Department', id: '2', name: 'デジタル推進課', path: '企画部 > デジタル推進課' } as AdminUserFieldsFragment['department'],
  roleCategory: 'DIGITAL_LEADER',
  roleCategoryName: 'デジタル推進リーダー人財',
});
const jiro = account({ id: '11', displayName: '市民 次郎', role: 'MANAGER' });
const former = account({ id: '12', displayName: '元 三郎', active: false });

const noFilter = { query: null, departmentId: null, role: null, active: null };

function mocks(extra: MockLink.MockedResponse[] = []): MockLink.MockedResponse[] {
  return [
    {
      request: { query: AdminUsersDocument, variables: { first: ACCOUNTS_PAGE_SIZE, after: null, filter: noFilter } },
      result: {
        data: {
          users: {
            __typename: 'UserConnection',
            edges: [hanako, jiro, former].map((node) => ({ __typename: 'UserEdge', cursor: `c${node.id}`, node })),
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c12' },
          },
        },
      },
      maxUsageCount: 5,
    },
    { request: { query: AdminDepartmentsDocument }, result: { data: { departments: [kikaku, dx] } }, maxUsageCount: 5 },
    ...extra,
  ];
}

function renderAs(role: TestRole, extra: MockLink.MockedResponse[] = []) {
  return renderWithApollo(<AccountsAdmin />, { role, mocks: mocks(extra) });
}

describe('AccountsAdmin', () => {
  it('lists people with their number, department, access and status', async () => {
    renderAs('ADMIN');
    const row = (await screen.findByRole('link', { name: '伴走 花子' })).closest('tr')!;
    expect(within(row).getByText('K00010')).toBeInTheDocument();
    expect(within(row).getByText('企画部 > デジタル推進課')).toBeInTheDocument();
    expect(within(row).getByText('デジタル推進リーダー人財')).toBeInTheDocument();
    expect(within(row).getByText('職員')).toBeInTheDocument();
    expect(within(row).getByText('利用中')).toBeInTheDocument();
    const formerRow = screen.getByRole('link', { name: '元 三郎' }).closest('tr')!;
    expect(within(formerRow).getAllByText('利用停止').length).toBeGreaterThan(0);
    expect(screen.getByText('1〜3件目')).toBeInTheDocument();
  });

  it('offers an administrator (admin.users) the add button and every row action', async () => {
    const user = userEvent.setup();
    renderAs('ADMIN');
    await screen.findByRole('link', { name: '伴走 花子' });
    expect(screen.getByRole('button', { name: 'アカウントを追加' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '市民 次郎さんの操作' }));
    const menu = await screen.findByRole('menu');
    for (const item of ['編集', '異動', '管理範囲', '仮パスワード発行', '利用停止']) {
      expect(within(menu).getByRole('menuitem', { name: item })).toBeInTheDocument();
    }
  });

  it('offers 利用再開 (not 仮パスワード) for a deactivated person', async () => {
    const user = userEvent.setup();
    renderAs('ADMIN');
    await user.click(await screen.findByRole('button', { name: '元 三郎さんの操作' }));
    const menu = await screen.findByRole('menu');
    expect(within(menu).getByRole('menuitem', { name: '利用再開' })).toBeInTheDocument();
    expect(within(menu).queryByRole('menuitem', { name: '仮パスワード発行' })).not.toBeInTheDocument();
    expect(within(menu).queryByRole('menuitem', { name: '管理範囲' })).not.toBeInTheDocument();
  });

  it('shows no actions to someone without admin.users (the server would refuse them)', async () => {
    renderAs('DX_OFFICE');
    await screen.findByRole('link', { name: '伴走 花子' });
    expect(screen.queryByRole('button', { name: 'アカウントを追加' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /さんの操作$/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: '操作' })).not.toBeInTheDocument();
  });

  it('asks first, then shows the temporary password once, with a copy button', async () => {
    const user = userEvent.setup(); // also gives navigator a clipboard to read back
    renderAs('ADMIN', [{ request: { query: ResetPasswordDocument, variables: { userId: '10' } }, result: { data: { resetPassword: 'Kaede-7Q2m-xP9t' } } }]);

    await user.click(await screen.findByRole('button', { name: '伴走 花子さんの操作' }));
    await user.click(await screen.findByRole('menuitem', { name: '仮パスワード発行' }));
    const confirm = await screen.findByRole('dialog', { name: '伴走 花子さんに仮パスワードを発行しますか？' });
    expect(within(confirm).getByText(/サインイン中の端末からはサインアウトされます/)).toBeInTheDocument();
    await user.click(within(confirm).getByRole('button', { name: '仮パスワードを発行' }));

    const dialog = await screen.findByRole('dialog', { name: '伴走 花子さんの仮パスワード' });
    expect(within(dialog).getByTestId('temporary-password')).toHaveTextContent('Kaede-7Q2m-xP9t');
    expect(
      within(dialog).getByText(/この画面を閉じると二度と表示されません。本人に安全な方法で伝えてください。次回サインイン時に新しいパスワードの設定が必要です/),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'コピー' }));
    expect(await navigator.clipboard.readText()).toBe('Kaede-7Q2m-xP9t');
    expect(await within(dialog).findByRole('button', { name: 'コピーしました' })).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: '伝えたので閉じる' }));
    await waitFor(() => expect(screen.queryByText('Kaede-7Q2m-xP9t')).not.toBeInTheDocument());

    // Opening the action again asks again: the password is gone from the page for good.
    await user.click(screen.getByRole('button', { name: '伴走 花子さんの操作' }));
    await user.click(await screen.findByRole('menuitem', { name: '仮パスワード発行' }));
    await screen.findByRole('dialog', { name: '伴走 花子さんに仮パスワードを発行しますか？' });
    expect(screen.queryByText('Kaede-7Q2m-xP9t')).not.toBeInTheDocument();
  });

  it('explains what 利用停止 does before doing it', async () => {
    const user = userEvent.setup();
    renderAs('ADMIN');
    await user.click(await screen.findByRole('button', { name: '伴走 花子さんの操作' }));
    await user.click(await screen.findByRole('menuitem', { name: '利用停止' }));
    const dialog = await screen.findByRole('dialog', { name: '伴走 花子さんを利用停止にしますか？' });
    expect(within(dialog).getByText(/すぐにすべての端末からサインアウトされ/)).toBeInTheDocument();
    expect(within(dialog).getByText(/「元職員」と表示されます/)).toBeInTheDocument();
    // Focus starts on キャンセル, so Enter on a surprise dialog changes nothing.
    expect(within(dialog).getByRole('button', { name: 'キャンセル' })).toHaveFocus();
  });
});
