import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { RecordAdoptionDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test-utils';
import { renderWithApollo, viewer } from '../admin/adminTestUtils';
import { ViewerContext } from '../auth/ViewerContext';
import { AdoptionForm } from './AdoptionForm';
import { AdoptionSection } from './AdoptionSection';
import { adoption, department } from './practicesTestData';
import type { AdoptionFieldsFragment } from '../../gql/graphql';
import type { MockLink } from '@apollo/client/testing';

// 2026-12-01 09:00 JST: today is 2026-12-01.
const NOW = Date.parse('2026-12-01T00:00:00.000Z');
beforeEach(() => jest.spyOn(Date, 'now').mockReturnValue(NOW));
afterEach(() => jest.restoreAllMocks());

const ME = viewer('STAFF', { id: '7', displayName: '中村 美咲', department: department('8') });

function recordMock(input: Record<string, unknown>, result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return { request: { query: RecordAdoptionDocument, variables: { input } }, result };
}

const saved = (overrides: Partial<AdoptionFieldsFragment>) => {
  const a = adoption({
    id: '77',
    department: department('8'),
    viewerCanEdit: true,
    recordedBy: { id: '7', displayName: '中村 美咲' },
    ...overrides,
  });
  return { data: { recordAdoption: { ...a, post: { __typename: 'Post', id: '55', adoptions: [a] } } } };
};

function renderForm(mocks: MockLink.MockedResponse[], existing: AdoptionFieldsFragment | null = null) {
  return renderWithApollo(<AdoptionForm postId="55" existing={existing} departmentName="市民部 > 市民課 > 窓口係" />, { mocks, me: ME });
}

describe('AdoptionForm (自分の部署で導入を記録)', () => {
  it('records 導入済み with today’s date, the hours and a note', async () => {
    const user = userEvent.setup();
    const result = jest.fn(() => saved({ status: 'ADOPTED', adoptedOn: '2026-12-01', hoursSavedPerYear: 120.5, note: '11月から運用しています。' }));
    renderForm([recordMock({ postId: '55', status: 'ADOPTED', adoptedOn: '2026-12-01', hoursSavedPerYear: 120.5, note: '11月から運用しています。' }, result)]);

    expect(screen.getByRole('heading', { name: '自分の部署で導入を記録' })).toBeInTheDocument();
    expect(screen.getByText('市民部 > 市民課 > 窓口係として記録します。記録は部署ごとに1件で、記録し直すと更新されます。')).toBeInTheDocument();
    // A new record starts at 検討中, without a date.
    expect(screen.getByRole('radio', { name: '検討中' })).toBeChecked();
    expect(screen.queryByLabelText('導入日')).not.toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: '導入済み' }));
    expect(screen.getByLabelText('導入日')).toHaveValue('2026-12-01');
    await user.type(screen.getByRole('textbox', { name: 'この部署での年間削減時間（任意）' }), '120.5');
    await user.type(screen.getByRole('textbox', { name: 'メモ（任意）' }), '11月から運用しています。');
    await user.click(screen.getByRole('button', { name: '記録する' }));
    await waitFor(() => expect(result).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('starts from the department’s existing record and updates it', async () => {
    const user = userEvent.setup();
    const existing = adoption({
      id: '77',
      department: department('8'),
      status: 'IN_PROGRESS',
      adoptedOn: null,
      hoursSavedPerYear: 40,
      note: '試行中',
      viewerCanEdit: true,
    });
    const result = jest.fn(() => saved({ status: 'IN_PROGRESS', adoptedOn: null, hoursSavedPerYear: 45, note: '試行中' }));
    renderForm([recordMock({ postId: '55', status: 'IN_PROGRESS', adoptedOn: null, hoursSavedPerYear: 45, note: '試行中' }, result)], existing);

    expect(screen.getByRole('heading', { name: '自分の部署の導入状況を更新' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '導入中' })).toBeChecked();
    const hours = screen.getByRole('textbox', { name: 'この部署での年間削減時間（任意）' });
    expect(hours).toHaveValue('40');
    expect(screen.getByRole('textbox', { name: 'メモ（任意）' })).toHaveValue('試行中');
    await user.clear(hours);
    await user.type(hours, '45');
    await user.click(screen.getByRole('button', { name: '記録を更新する' }));
    await waitFor(() => expect(result).toHaveBeenCalledTimes(1));
  });

  it('refuses a future date and impossible hours before asking the server', async () => {
    const user = userEvent.setup();
    const result = jest.fn(() => saved({}));
    renderForm([recordMock({ postId: '55', status: 'ADOPTED', adoptedOn: '2026-12-05', hoursSavedPerYear: 200000, note: null }, result)]);
    await user.click(screen.getByRole('radio', { name: '導入済み' }));
    fireEvent.change(screen.getByLabelText('導入日'), { target: { value: '2026-12-05' } });
    await user.type(screen.getByRole('textbox', { name: 'この部署での年間削減時間（任意）' }), '200000');
    await user.click(screen.getByRole('button', { name: '記録する' }));
    expect(await screen.findByText('導入日に未来の日付は指定できません。導入前は「導入中」にしてください。')).toBeInTheDocument();
    expect(screen.getByText('0〜100,000の数値を入力してください')).toBeInTheDocument();
    expect(result).not.toHaveBeenCalled();
  });

  it('shows the server’s refusal of a field beside that field', async () => {
    const user = userEvent.setup();
    renderForm([
      recordMock(
        { postId: '55', status: 'CONSIDERING', adoptedOn: null, hoursSavedPerYear: 10, note: null },
        { errors: [{ message: '年間削減時間は0〜100,000の数値で入力してください。', extensions: { code: 'BAD_USER_INPUT', field: 'hoursSavedPerYear' } }] },
      ),
    ]);
    const hours = screen.getByRole('textbox', { name: 'この部署での年間削減時間（任意）' });
    await user.type(hours, '10');
    await user.click(screen.getByRole('button', { name: '記録する' }));
    expect(await screen.findByText('年間削減時間は0〜100,000の数値で入力してください。')).toBeInTheDocument();
    expect(hours).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows any other refusal above the form', async () => {
    const user = userEvent.setup();
    renderForm([
      recordMock(
        { postId: '55', status: 'CONSIDERING', adoptedOn: null, hoursSavedPerYear: null, note: null },
        {
          errors: [
            {
              message: '事例を投稿した部署自身の導入は記録できません（横展開はほかの部署への広がりです）。',
              extensions: { code: 'BAD_USER_INPUT', field: 'departmentId' },
            },
          ],
        },
      ),
    ]);
    await user.click(screen.getByRole('button', { name: '記録する' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('事例を投稿した部署自身の導入は記録できません（横展開はほかの部署への広がりです）。');
  });
});

describe('AdoptionSection (横展開)', () => {
  const adoptions = [
    adoption({
      id: '1',
      department: department('5'),
      status: 'ADOPTED',
      hoursSavedPerYear: 120,
      followUpPost: { id: '88', title: '税務課でも書かない窓口' },
    }),
    adoption({ id: '2', department: department('7'), status: 'ADOPTED', adoptedOn: '2026-09-01', hoursSavedPerYear: 80.5, note: '' }),
    adoption({ id: '3', department: department('2'), status: 'CONSIDERING', adoptedOn: null, hoursSavedPerYear: 300, note: '' }),
    adoption({
      id: '4',
      department: department('8'),
      status: 'DECLINED',
      adoptedOn: null,
      hoursSavedPerYear: null,
      note: '窓口の人数が足りないため見送り',
      viewerCanEdit: true,
    }),
  ];

  it('lists each department with its status, date, hours, note and follow-up case, and totals the adopted hours', () => {
    renderWithApollo(<AdoptionSection post={{ id: '55', adoptions, viewerCanRecordAdoption: false }} />, { me: ME });
    const section = screen.getByRole('region', { name: '横展開' });
    // Only 導入済み counts towards the total (120 + 80.5), not 検討中's estimate.
    expect(within(section).getByText('200.5時間')).toBeInTheDocument();
    const overview = within(section).getByRole('list', { name: '部署ごとの状況' });
    const rows = within(overview).getAllByRole('listitem');
    expect(rows.map((r) => r.textContent)).toEqual(['導入済み2部署税務課保育課', '検討中1部署市民課', '見送り1部署窓口係']);
    const records = within(section).getByRole('list', { name: '導入の記録' });
    const tax = within(records).getByText('総務部 > 税務課').closest('li')!;
    expect(within(tax).getByText('導入済み')).toBeInTheDocument();
    expect(within(tax).getByText('導入日 2026年11月4日')).toBeInTheDocument();
    expect(within(tax).getByText('年間 120時間 削減')).toBeInTheDocument();
    expect(within(tax).getByRole('link', { name: '税務課でも書かない窓口' })).toHaveAttribute('href', '/posts/88');
    expect(within(tax).getByText('記録: 佐藤 花子')).toBeInTheDocument();
    const declined = within(records).getByText('市民部 > 市民課 > 窓口係').closest('li')!;
    expect(within(declined).getByText('見送り')).toBeInTheDocument();
    expect(within(declined).getByText('窓口の人数が足りないため見送り')).toBeInTheDocument();
    // Without viewerCanRecordAdoption there is no form.
    expect(within(section).queryByRole('button', { name: /記録/ })).not.toBeInTheDocument();
  });

  it('says so when nothing is recorded, and offers the form pre-filled from the viewer’s department’s record', () => {
    const { unmount } = renderWithApollo(<AdoptionSection post={{ id: '55', adoptions: [], viewerCanRecordAdoption: true }} />, { me: ME });
    expect(screen.getByText(/まだ導入の記録はありません/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '自分の部署で導入を記録' })).toBeInTheDocument();
    unmount();

    renderWithApollo(<AdoptionSection post={{ id: '55', adoptions, viewerCanRecordAdoption: true }} />, { me: ME });
    expect(screen.getByRole('heading', { name: '自分の部署の導入状況を更新' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '見送り' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'メモ（任意）' })).toHaveValue('窓口の人数が足りないため見送り');
  });

  it('speaks English when asked', () => {
    renderWithProviders(
      <MockedProvider mocks={[]}>
        <MemoryRouter>
          <ViewerContext.Provider value={ME}>
            <AdoptionSection post={{ id: '55', adoptions: adoptions.slice(0, 1), viewerCanRecordAdoption: false }} />
          </ViewerContext.Provider>
        </MemoryRouter>
      </MockedProvider>,
      { locale: 'en' },
    );
    expect(screen.getByRole('heading', { name: 'Roll-out' })).toBeInTheDocument();
    expect(screen.getAllByText('Adopted').length).toBeGreaterThan(0);
    expect(screen.getByText('Saves 120 h a year')).toBeInTheDocument();
  });
});
