import { MockedProvider } from '@apollo/client/testing/react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { createCache } from '../../apollo';
import { ChangePasswordDocument, MeDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test-utils';
import { viewer } from '../admin/adminTestUtils';
import { RequireAuth } from '../auth/RequireAuth';
import type { MockLink } from '@apollo/client/testing';

// Mantine portals and Apollo round trips: roomy on a loaded machine (the root jest run ignores the client project's testTimeout).
jest.setTimeout(20_000);

function Where() {
  return <output data-testid="path">{useLocation().pathname}</output>;
}

function renderApp(mocks: MockLink.MockedResponse[], route = '/posts/1') {
  return renderWithProviders(
    <MockedProvider mocks={mocks} cache={createCache()} mockLinkDefaultOptions={{ delay: 0 }}>
      <MemoryRouter initialEntries={[route]}>
        <Where />
        <Routes>
          <Route
            path="*"
            element={
              <RequireAuth>
                <p>アプリの画面</p>
              </RequireAuth>
            }
          />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

const me = (mustChangePassword: boolean): MockLink.MockedResponse => ({
  request: { query: MeDocument },
  result: { data: { me: viewer('STAFF', { id: '5', displayName: '伴走 花子', mustChangePassword }) } },
});

describe('signing in with a temporary password', () => {
  it('sends the person to /account/password with a notice, and shows nothing else', async () => {
    renderApp([me(true)]);
    expect(await screen.findByText('管理者が発行した仮パスワードでサインインしています。新しいパスワードを設定してください。')).toBeInTheDocument();
    expect(screen.getByTestId('path')).toHaveTextContent('/account/password');
    expect(screen.getByRole('heading', { level: 1, name: '新しいパスワードの設定' })).toBeInTheDocument();
    expect(screen.getByLabelText(/^仮パスワード/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'サインアウト' })).toBeInTheDocument();
    expect(screen.queryByText('アプリの画面')).not.toBeInTheDocument();
  });

  it('lets the app through once the new password is set, and goes home', async () => {
    const user = userEvent.setup();
    renderApp([
      me(true),
      {
        request: { query: ChangePasswordDocument, variables: { input: { currentPassword: 'Kaede-7Q2m-xP9t', newPassword: 'my-new-passphrase-2027' } } },
        result: { data: { changePassword: true } },
      },
      me(false),
    ]);
    // paste, not type: the same input events, without a slow keystroke-by-keystroke render
    await user.click(await screen.findByLabelText(/^仮パスワード/));
    await user.paste('Kaede-7Q2m-xP9t');
    await user.click(screen.getByLabelText(/^新しいパスワード\s*\*?$/));
    await user.paste('my-new-passphrase-2027');
    await user.click(screen.getByLabelText(/^新しいパスワード（確認）/));
    await user.paste('my-new-passphrase-2027');
    await user.click(screen.getByRole('button', { name: '変更する' }));
    expect(await screen.findByText('アプリの画面')).toBeInTheDocument();
    expect(screen.getByTestId('path')).toHaveTextContent(/^\/$/);
  });

  it('leaves everyone else where they were', async () => {
    renderApp([me(false)]);
    expect(await screen.findByText('アプリの画面')).toBeInTheDocument();
    expect(screen.getByTestId('path')).toHaveTextContent('/posts/1');
  });
});
