import { notifications } from '@mantine/notifications';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ResolveReportDocument } from '../../gql/graphql';
import { renderWithApollo } from '../admin/adminTestUtils';
import { reportNode } from './moderationTestData';
import { ReportQueueItem } from './ReportQueueItem';
import type { ReportFieldsFragment } from '../../gql/graphql';
import type { MockLink } from '@apollo/client/testing';

let show: jest.SpyInstance;
beforeEach(() => {
  show = jest.spyOn(notifications, 'show').mockImplementation(() => 'n');
});
afterEach(() => jest.restoreAllMocks());

function resolveMock(variables: Record<string, unknown>, result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return { request: { query: ResolveReportDocument, variables }, result };
}

const resolved = (overrides: Partial<ReportFieldsFragment>) => ({
  data: { resolveReport: reportNode({ status: 'RESOLVED', resolvedAt: '2026-12-01T00:00:00.000Z', ...overrides }) },
});

function renderItem(report: ReportFieldsFragment, mocks: MockLink.MockedResponse[] = []) {
  renderWithApollo(<ReportQueueItem report={report} />, { role: 'DX_OFFICE', mocks });
  return screen.getByRole('article', { name: `回答への通報（${report.reason === 'PERSONAL_INFO' ? '個人情報' : 'その他'}）` });
}

describe('ReportQueueItem (通報の対応)', () => {
  it('shows what was reported, why, by whom, and how many reports the content has', () => {
    const item = renderItem(reportNode({ openReportsOnTarget: 3 }));
    expect(within(item).getByText('個人情報')).toBeInTheDocument();
    expect(within(item).getByText('回答')).toBeInTheDocument();
    expect(within(item).getByText('同じ内容への通報 3件')).toBeInTheDocument();
    expect(within(item).getByText('先日、山田太郎さん（かえで市本町1-2-3）の転入届で…')).toBeInTheDocument();
    expect(within(item).getByText('住民の方の氏名と住所が書かれています。')).toBeInTheDocument();
    expect(within(item).getByText('通報した人：佐藤 花子')).toBeInTheDocument();
    // The link goes to the answer on its post.
    expect(within(item).getByRole('link', { name: '投稿を開く：転入届の受付で住所の確認をどこまでしますか？' })).toHaveAttribute('href', '/posts/12#answer-71');
    // Reported 2026-11-30 10:15 JST.
    expect(within(item).getByText(/2026年11月30日 10:15に通報/)).toBeInTheDocument();
  });

  it('非表示にする asks for the reason the author will see, then hides', async () => {
    const user = userEvent.setup();
    const result = jest.fn(() => resolved({ action: 'HIDE', targetHidden: true, resolutionNote: '個人情報が含まれるため' }));
    const item = renderItem(reportNode(), [resolveMock({ id: '5', action: 'HIDE', note: '個人情報が含まれるため' }, result)]);

    await user.click(within(item).getByRole('button', { name: '非表示にする' }));
    const reason = within(item).getByRole('textbox', { name: /非表示にする理由（投稿者に示されます）/ });
    expect(reason).toHaveFocus();
    await user.click(within(item).getByRole('button', { name: '非表示にする' }));
    expect(await within(item).findByText('非表示にする理由を書いてください（投稿者に示されます）')).toBeInTheDocument();
    expect(result).not.toHaveBeenCalled();

    await user.type(reason, '個人情報が含まれるため');
    await user.click(within(item).getByRole('button', { name: '非表示にする' }));
    await waitFor(() => expect(result).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(show).toHaveBeenCalledWith(expect.objectContaining({ message: '非表示にしました' })));
  });

  it('問題なし resolves with an optional note; キャンセル goes back without asking the server', async () => {
    const user = userEvent.setup();
    const result = jest.fn(() => resolved({ action: 'DISMISS' }));
    const item = renderItem(reportNode(), [resolveMock({ id: '5', action: 'DISMISS', note: null }, result)]);

    await user.click(within(item).getByRole('button', { name: '問題なし' }));
    await user.click(within(item).getByRole('button', { name: 'キャンセル' }));
    expect(within(item).queryByRole('textbox')).not.toBeInTheDocument();
    expect(result).not.toHaveBeenCalled();

    await user.click(within(item).getByRole('button', { name: '問題なし' }));
    expect(within(item).getByRole('textbox', { name: '対応のメモ（任意）' })).toBeInTheDocument();
    await user.click(within(item).getByRole('button', { name: '問題なしにする' }));
    await waitFor(() => expect(result).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(show).toHaveBeenCalledWith(expect.objectContaining({ message: '「問題なし」にしました' })));
  });

  it('shows the server’s refusal in place', async () => {
    const user = userEvent.setup();
    const item = renderItem(reportNode(), [
      resolveMock(
        { id: '5', action: 'DISMISS', note: null },
        { errors: [{ message: 'この通報はすでに対応済みです。', extensions: { code: 'BAD_USER_INPUT', field: 'id' } }] },
      ),
    ]);
    await user.click(within(item).getByRole('button', { name: '問題なし' }));
    await user.click(within(item).getByRole('button', { name: '問題なしにする' }));
    expect(await within(item).findByRole('alert')).toHaveTextContent('この通報はすでに対応済みです。');
    expect(show).not.toHaveBeenCalled();
  });

  it('a resolved report shows what was done, by whom and the note, and offers no actions', () => {
    const item = renderItem(
      reportNode({
        status: 'RESOLVED',
        action: 'HIDE',
        targetHidden: true,
        resolutionNote: '個人情報が含まれるため',
        resolvedBy: { __typename: 'User', id: '3', displayName: '高橋 誠' } as ReportFieldsFragment['resolvedBy'],
        resolvedAt: '2026-12-01T00:30:00.000Z',
      }),
    );
    expect(within(item).getByText('非表示にした')).toBeInTheDocument();
    expect(within(item).getByText('非表示中')).toBeInTheDocument();
    expect(within(item).getByText(/高橋 誠・2026年12月1日 9:30/)).toBeInTheDocument();
    expect(within(item).getByText('対応のメモ：個人情報が含まれるため')).toBeInTheDocument();
    expect(within(item).queryByRole('button')).not.toBeInTheDocument();
  });

  it('an anonymous asker reporting in their own thread is not named', () => {
    const item = renderItem(reportNode({ reporter: null, reason: 'OTHER', note: '別の質問と重複しています' }));
    expect(within(item).getByText('通報した人：質問者（匿名）')).toBeInTheDocument();
  });
});
