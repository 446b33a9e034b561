import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../test-utils';
import { LoginForm } from './LoginForm';

describe('LoginForm', () => {
  it('has labelled email and password fields and a login button', () => {
    renderWithProviders(<LoginForm onSubmit={() => undefined} />);
    expect(screen.getByLabelText('メールアドレス')).toHaveAttribute('type', 'email');
    expect(screen.getByLabelText('パスワード')).toHaveAttribute('type', 'password');
    expect(screen.getByRole('button', { name: 'ログイン' })).toBeInTheDocument();
  });

  it('shows Japanese validation messages and does not submit empty fields', async () => {
    const onSubmit = jest.fn();
    const user = userEvent.setup();
    renderWithProviders(<LoginForm onSubmit={onSubmit} />);
    await user.click(screen.getByRole('button', { name: 'ログイン' }));
    expect(await screen.findByText('メールアドレスを入力してください')).toBeInTheDocument();
    expect(screen.getByText('パスワードを入力してください')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('rejects a malformed email address', async () => {
    const onSubmit = jest.fn();
    const user = userEvent.setup();
    renderWithProviders(<LoginForm onSubmit={onSubmit} />);
    await user.type(screen.getByLabelText('メールアドレス'), 'staff01');
    await user.type(screen.getByLabelText('パスワード'), 'banso-demo');
    await user.click(screen.getByRole('button', { name: 'ログイン' }));
    expect(await screen.findByText('メールアドレスの形式が正しくありません')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('submits trimmed credentials', async () => {
    const onSubmit = jest.fn();
    const user = userEvent.setup();
    renderWithProviders(<LoginForm onSubmit={onSubmit} />);
    await user.type(screen.getByLabelText('メールアドレス'), '  staff01@demo.banso.example ');
    await user.type(screen.getByLabelText('パスワード'), 'banso-demo{Enter}');
    expect(onSubmit).toHaveBeenCalledWith({ email: 'staff01@demo.banso.example', password: 'banso-demo' });
  });

  it('shows the server error in an alert', () => {
    renderWithProviders(<LoginForm onSubmit={() => undefined} error="メールアドレスまたはパスワードが正しくありません" />);
    expect(screen.getByRole('alert')).toHaveTextContent('メールアドレスまたはパスワードが正しくありません');
  });
});
