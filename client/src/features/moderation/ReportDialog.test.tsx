import { notifications } from '@mantine/notifications';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReportContentDocument } from '../../gql/graphql';
import { renderWithApollo } from '../admin/adminTestUtils';
import { ReportDialog } from './ReportDialog';
import type { MockLink } from '@apollo/client/testing';

const NOW = Date.parse('2026-12-01T00:00:00.000Z');
let show: jest.SpyInstance;
beforeEach(() => {
  jest.spyOn(Date, 'now').mockReturnValue(NOW);
  show = jest.spyOn(notifications, 'show').mockImplementation(() => 'n');
});
afterEach(() => jest.restoreAllMocks());

function reportMock(input: Record<string, unknown>, result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return { request: { query: ReportContentDocument, variables: { input } }, result };
}

const filed = (createdAt = '2026-12-01T00:00:00.000Z') => ({
  data: { report: { __typename: 'Report', id: '9', status: 'OPEN', createdAt } },
});

function renderDialog(mocks: MockLink.MockedResponse[], onClose = jest.fn()) {
  renderWithApollo(<ReportDialog opened onClose={onClose} targetType="ANSWER" targetId="71" />, { role: 'STAFF', mocks });
  return { onClose, dialog: screen.getByRole('dialog', { name: 'この回答を通報する' }) };
}

describe('ReportDialog (通報)', () => {
  it('offers the four reasons and sends 個人情報 with a note, then says so and closes', async () => {
    const user = userEvent.setup();
    const result = jest.fn(() => filed());
    const { dialog, onClose } = renderDialog([
      reportMock({ targetType: 'ANSWER', targetId: '71', reason: 'PERSONAL_INFO', note: '3行目に住所があります' }, result),
    ]);

    const reasons = within(dialog).getAllByRole('radio');
    expect(reasons.map((r) => r.getAttribute('value'))).toEqual(['PERSONAL_INFO', 'INAPPROPRIATE', 'SPAM', 'OTHER']);
    expect(within(dialog).getByRole('radio', { name: '個人情報' })).toBeInTheDocument();
    expect(within(dialog).getByRole('radio', { name: '不適切' })).toBeInTheDocument();
    expect(within(dialog).getByRole('radio', { name: 'スパム' })).toBeInTheDocument();
    expect(within(dialog).getByRole('radio', { name: 'その他' })).toBeInTheDocument();

    await user.click(within(dialog).getByRole('radio', { name: '個人情報' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'メモ（任意）' }), '3行目に住所があります');
    await user.click(within(dialog).getByRole('button', { name: '通報する' }));

    await waitFor(() => expect(result).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(show).toHaveBeenCalledWith(expect.objectContaining({ color: 'teal', message: '通報しました。DX推進課が確認します。' }));
  });

  it('asks for a reason first, and for その他 a note, before sending anything', async () => {
    const user = userEvent.setup();
    const result = jest.fn(() => filed());
    const { dialog, onClose } = renderDialog([reportMock({ targetType: 'ANSWER', targetId: '71', reason: 'OTHER', note: '古い様式の案内です' }, result)]);

    await user.click(within(dialog).getByRole('button', { name: '通報する' }));
    expect(await within(dialog).findByText('理由を選んでください')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('radio', { name: 'その他' }));
    // For その他 the note is required (and labelled so).
    const note = within(dialog).getByRole('textbox', { name: /^メモ/ });
    expect(note).toBeRequired();
    await user.click(within(dialog).getByRole('button', { name: '通報する' }));
    expect(await within(dialog).findByText('「その他」のときは、どこが問題かをメモに書いてください')).toBeInTheDocument();
    expect(result).not.toHaveBeenCalled();

    await user.type(note, '古い様式の案内です');
    await user.click(within(dialog).getByRole('button', { name: '通報する' }));
    await waitFor(() => expect(result).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });

  it('says “already reported” when the server returns the viewer’s earlier report', async () => {
    const user = userEvent.setup();
    const { dialog, onClose } = renderDialog([
      reportMock({ targetType: 'ANSWER', targetId: '71', reason: 'SPAM', note: null }, filed('2026-11-28T00:00:00.000Z')),
    ]);
    await user.click(within(dialog).getByRole('radio', { name: 'スパム' }));
    await user.click(within(dialog).getByRole('button', { name: '通報する' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(show).toHaveBeenCalledWith(expect.objectContaining({ message: 'すでに通報しています。DX推進課の対応をお待ちください。' }));
  });

  it('shows the server’s refusal inside the dialog and stays open', async () => {
    const user = userEvent.setup();
    const { dialog, onClose } = renderDialog([
      reportMock(
        { targetType: 'ANSWER', targetId: '71', reason: 'INAPPROPRIATE', note: null },
        {
          errors: [
            { message: '通報は1日20件までです。急ぎの場合はDX推進課に直接連絡してください。', extensions: { code: 'BAD_USER_INPUT', field: 'targetId' } },
          ],
        },
      ),
    ]);
    await user.click(within(dialog).getByRole('radio', { name: '不適切' }));
    await user.click(within(dialog).getByRole('button', { name: '通報する' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('通報は1日20件までです。');
    expect(onClose).not.toHaveBeenCalled();
    expect(show).not.toHaveBeenCalled();
  });
});
