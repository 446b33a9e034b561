import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { translate } from '../i18n';
import { errorCode, errorMessage, fieldErrors, hasErrorCode } from './errors';

const t = (key: Parameters<typeof translate>[1]) => translate('ja', key);

describe('GraphQL error handling', () => {
  const error = new CombinedGraphQLErrors({
    data: null,
    errors: [{ message: 'タイトルは150文字以内で入力してください', extensions: { code: 'BAD_USER_INPUT', field: 'title' } }],
  });

  it("shows the server's Japanese message", () => {
    expect(errorMessage(error, t)).toBe('タイトルは150文字以内で入力してください');
  });

  it('exposes the error code and field errors', () => {
    expect(errorCode(error)).toBe('BAD_USER_INPUT');
    expect(hasErrorCode(error, 'BAD_USER_INPUT')).toBe(true);
    expect(hasErrorCode(error, 'UNAUTHENTICATED')).toBe(false);
    expect(fieldErrors(error)).toEqual({ title: 'タイトルは150文字以内で入力してください' });
  });

  it('shows a localised message for network failures', () => {
    expect(errorMessage(new TypeError('Failed to fetch'), t)).toBe('サーバーに接続できませんでした。ネットワークを確認してください。');
  });
});
