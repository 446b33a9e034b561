import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CollectionsDocument, FeedPostsDocument, ImpactSummaryDocument, ModerationCountsDocument, ReviewCountDocument } from '../../gql/graphql';
import { renderWithApollo, type TestRole } from '../admin/adminTestUtils';
import { quietChartWarnings } from '../stats/statsTestData';
import { DASHBOARD_LIST_SIZE, DxDashboardPage, FEATURED_FILTER } from './DxDashboardPage';
import { impact, postCard } from './practicesTestData';
import type { MockLink } from '@apollo/client/testing';

jest.setTimeout(20_000);

// 2026-12-01 09:00 JST: 令和8年度.
const NOW = Date.parse('2026-12-01T00:00:00.000Z');
beforeEach(() => {
  jest.spyOn(Date, 'now').mockReturnValue(NOW);
  quietChartWarnings();
});
afterEach(() => jest.restoreAllMocks());

const impactMock = (
  fiscalYear: number,
  result: MockLink.MockedResponse['result'] = { data: { impactSummary: impact({ fiscalYear }) } },
): MockLink.MockedResponse => ({
  request: { query: ImpactSummaryDocument, variables: { fiscalYear } },
  result,
  maxUsageCount: 5,
});

const featuredMock = (posts = [postCard({ id: '101', title: '転入届で「書かない窓口」を試行' })]): MockLink.MockedResponse => ({
  request: { query: FeedPostsDocument, variables: { first: DASHBOARD_LIST_SIZE, filter: FEATURED_FILTER } },
  result: {
    data: {
      posts: {
        __typename: 'PostConnection',
        edges: posts.map((node) => ({ __typename: 'PostEdge', cursor: `c${node.id}`, node })),
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        totalCount: posts.length,
      },
    },
  },
  maxUsageCount: 5,
});

const collectionsMock = (): MockLink.MockedResponse => ({
  request: { query: CollectionsDocument },
  result: {
    data: {
      collections: [
        {
          __typename: 'Collection',
          id: '3',
          title: '書かない窓口 導入パック',
          description: '窓口の事例を順に並べました。',
          postCount: 5,
          createdAt: '2026-11-01T00:00:00.000Z',
          updatedAt: '2026-11-24T00:00:00.000Z',
          viewerCanEdit: true,
        },
      ],
    },
  },
  maxUsageCount: 5,
});

/** The report queue's and the content review's counts (moderation/DxWorkCards). */
const workMocks = (): MockLink.MockedResponse[] => [
  {
    request: { query: ModerationCountsDocument },
    result: { data: { moderationCounts: { __typename: 'ModerationCounts', openReports: 3, hiddenContent: 2 } } },
    maxUsageCount: 5,
  },
  {
    request: { query: ReviewCountDocument },
    result: { data: { contentReviewMonths: 12, contentReviewQueue: { __typename: 'PostConnection', totalCount: 7 } } },
    maxUsageCount: 5,
  },
];

function renderAs(role: TestRole, mocks: MockLink.MockedResponse[], route = '/dx') {
  return renderWithApollo(<DxDashboardPage />, { role, mocks: [...mocks, ...workMocks()], route });
}

describe('DxDashboardPage (/dx)', () => {
  it('shows the DX office the 年度’s impact against the previous one, split into cases and roll-out', async () => {
    renderAs('DX_OFFICE', [impactMock(2026), featuredMock(), collectionsMock()]);
    expect(screen.getByRole('heading', { level: 1, name: 'DX推進ダッシュボード' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: '年度' })).toHaveValue('令和8年度（2026年度）');

    const figures = await screen.findByRole('list', { name: '効果の数字' });
    const card = (label: string) => within(figures).getByText(label).closest('li')!;
    const total = card('年間削減時間の合計');
    expect(within(total).getByText('1,234.5時間')).toBeInTheDocument();
    expect(within(total).getByText('前年度 1,000時間 から 234.5時間 増')).toBeInTheDocument();
    expect(within(card('事例')).getByText('1,000時間')).toBeInTheDocument();
    expect(within(card('横展開')).getByText('234.5時間')).toBeInTheDocument();
    const departments = card('導入した部署');
    expect(within(departments).getByText('2部署')).toBeInTheDocument();
    expect(within(departments).getByText('導入済み 3件')).toBeInTheDocument();
    expect(screen.getByText('事例 1,000時間（81%）')).toBeInTheDocument();
    expect(screen.getByText('横展開 234.5時間（19%）')).toBeInTheDocument();
  });

  it('offers the departments as a chart or a table, the server’s CSV, and the cases behind the number', async () => {
    const user = userEvent.setup();
    renderAs('DX_OFFICE', [impactMock(2026), featuredMock(), collectionsMock()]);
    const byDepartment = await screen.findByRole('region', { name: '部署別の年間削減時間' });
    expect(within(byDepartment).getByRole('link', { name: '部署別の年間削減時間をCSVでダウンロード' })).toHaveAttribute(
      'href',
      '/export/impact.csv?fiscalYear=2026',
    );
    await user.click(within(byDepartment).getByText('表', { exact: true }));
    const table = within(byDepartment).getByRole('table');
    const row = within(table).getByRole('rowheader', { name: '総務部 > 税務課' }).closest('tr')!;
    expect(Array.from(row.querySelectorAll('td')).map((td) => td.textContent)).toEqual(['234.5', '0', '3']);

    const cases = screen.getByRole('region', { name: '数字の元になった事例' });
    const links = within(cases).getAllByRole('link', { name: '転入届で「書かない窓口」を試行' });
    expect(links[0]).toHaveAttribute('href', '/posts/101');
    expect(within(cases).getAllByText('834.5').length).toBeGreaterThan(0);
  });

  it('lists the featured posts and the collections, and links the report queue and the content review', async () => {
    renderAs('DX_OFFICE', [impactMock(2026), featuredMock(), collectionsMock()]);
    const featured = screen.getByRole('region', { name: '最近の優良事例' });
    expect(await within(featured).findByRole('link', { name: '転入届で「書かない窓口」を試行' })).toHaveAttribute('href', '/posts/101');
    expect(within(featured).getByRole('link', { name: 'すべて見る' })).toHaveAttribute('href', '/?featured=1');
    const collections = screen.getByRole('region', { name: 'まとめ' });
    expect(await within(collections).findByRole('link', { name: '書かない窓口 導入パック' })).toHaveAttribute('href', '/collections/3');
    expect(within(collections).getByText('5件の投稿')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: '通報の対応' })).getByRole('link', { name: '通報の対応へ' })).toHaveAttribute('href', '/dx/reports');
    expect(await within(screen.getByRole('region', { name: '通報の対応' })).findByText('3件')).toBeInTheDocument();
    expect(await within(screen.getByRole('region', { name: '内容の確認' })).findByText('7件')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: '内容の確認' })).getByRole('link', { name: '内容の確認へ' })).toHaveAttribute('href', '/dx/review');
  });

  it('reads another 年度 from the address', async () => {
    renderAs(
      'DX_OFFICE',
      [
        impactMock(2025, { data: { impactSummary: impact({ fiscalYear: 2025, totalHoursSaved: 1000, previousTotalHoursSaved: 1200 }) } }),
        featuredMock(),
        collectionsMock(),
      ],
      '/dx?fy=2025',
    );
    expect(screen.getByRole('combobox', { name: '年度' })).toHaveValue('令和7年度（2025年度）');
    expect(await screen.findByText('前年度 1,200時間 から 200時間 減')).toBeInTheDocument();
    expect(screen.queryByText('この年度は途中までの数字です。前年度は1年間の数字です。')).not.toBeInTheDocument();
  });

  it('says so when the 年度 has no impact yet', async () => {
    const empty = impact({
      totalHoursSaved: 0,
      caseHoursSaved: 0,
      adoptionHoursSaved: 0,
      previousTotalHoursSaved: 0,
      adoptionCount: 0,
      adoptingDepartments: 0,
      byDepartment: [],
      cases: [],
    });
    renderAs('DX_OFFICE', [impactMock(2026, { data: { impactSummary: empty } }), featuredMock([]), collectionsMock()]);
    expect(await screen.findByText('この年度の効果はまだ記録されていません')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: '部署別の年間削減時間' })).not.toBeInTheDocument();
    expect(await screen.findByText('優良事例はまだありません。投稿のページの「優良事例にする」から選べます。')).toBeInTheDocument();
  });

  it('shows the server’s message when the impact cannot be loaded', async () => {
    renderAs('DX_OFFICE', [
      impactMock(2026, { errors: [{ message: '年度が正しくありません。', extensions: { code: 'BAD_USER_INPUT', field: 'fiscalYear' } }] }),
      featuredMock(),
      collectionsMock(),
    ]);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('年度が正しくありません。');
    expect(within(alert).getByRole('button', { name: '再試行' })).toBeInTheDocument();
  });

  it('gives everyone else a friendly refusal and asks the server nothing', async () => {
    const impactResult = jest.fn(() => ({ data: { impactSummary: impact() } }));
    renderAs('STAFF', [{ request: { query: ImpactSummaryDocument, variables: { fiscalYear: 2026 } }, result: impactResult }]);
    expect(screen.getByRole('alert')).toHaveTextContent('この画面はDX推進課向けです。');
    expect(screen.getByRole('heading', { level: 1, name: 'DX推進ダッシュボード' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('link', { name: 'ホームへ戻る' })).toBeInTheDocument());
    expect(impactResult).not.toHaveBeenCalled();
  });
});
