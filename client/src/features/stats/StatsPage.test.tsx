import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ContributionStatsDocument, LeaderboardDocument, SetLeaderboardOptInDocument, StatsFiltersDocument } from '../../gql/graphql';
import { renderWithApollo, type TestRole } from '../admin/adminTestUtils';
import { StatsPage } from './StatsPage';
import { quietChartWarnings, stats } from './statsTestData';
import type { MockLink } from '@apollo/client/testing';

jest.setTimeout(20_000);

// 2026-12-01 09:00 JST: 令和8年度.
const NOW = Date.parse('2026-12-01T00:00:00.000Z');
beforeEach(() => {
  jest.spyOn(Date, 'now').mockReturnValue(NOW);
  quietChartWarnings();
});
afterEach(() => jest.restoreAllMocks());

const input = (overrides: Record<string, unknown> = {}) => ({
  fiscalYear: 2026,
  departmentId: null,
  includeSubdepartments: true,
  granularity: 'MONTH',
  ...overrides,
});

const statsMock = (variablesInput: Record<string, unknown>, result = stats()): MockLink.MockedResponse => ({
  request: { query: ContributionStatsDocument, variables: { input: variablesInput } },
  result: { data: { contributionStats: result } },
  maxUsageCount: 5,
});

const leaderboardMock = (optIn = false, entries: unknown[] = []): MockLink.MockedResponse => ({
  request: { query: LeaderboardDocument, variables: { fiscalYear: 2026, first: 20 } },
  result: { data: { leaderboard: entries, me: { __typename: 'User', id: '1', leaderboardOptIn: optIn } } },
  maxUsageCount: 5,
});

const dept = (id: string, name: string, path: string, parentId: string | null, level: string) => ({
  __typename: 'Department',
  id,
  name,
  path,
  parentId,
  level,
  retired: false,
});

const DEPARTMENTS = [
  dept('1', '市民部', '市民部', null, 'BU'),
  dept('2', '市民課', '市民部 > 市民課', '1', 'KA'),
  dept('3', '窓口係', '市民部 > 市民課 > 窓口係', '2', 'KAKARI'),
  dept('4', '総務部', '総務部', null, 'BU'),
  dept('5', '税務課', '総務部 > 税務課', '4', 'KA'),
];

const filtersMock = (managed: string[]): MockLink.MockedResponse => ({
  request: { query: StatsFiltersDocument },
  result: {
    data: {
      me: {
        __typename: 'User',
        id: '1',
        managedDepartments: DEPARTMENTS.filter((d) => managed.includes(d.id)).map(({ id, name, path }) => ({ __typename: 'Department', id, name, path })),
      },
      departments: DEPARTMENTS,
    },
  },
  maxUsageCount: 5,
});

function renderAs(role: TestRole, mocks: MockLink.MockedResponse[], route = '/stats') {
  return renderWithApollo(<StatsPage />, { role, mocks, route });
}

describe('StatsPage', () => {
  it('shows staff the organisation in the current 年度, labelled 令和 and 西暦, without a department selector', async () => {
    renderAs('STAFF', [statsMock(input()), leaderboardMock()]);
    expect(await screen.findByRole('heading', { name: '組織全体・令和8年度（2026年度）' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: '年度' })).toHaveValue('令和8年度（2026年度）');
    expect(screen.queryByRole('combobox', { name: '対象' })).not.toBeInTheDocument();
    expect(screen.queryByRole('switch', { name: '下の部署を含める' })).not.toBeInTheDocument();
    // Totals with the change against the previous 年度.
    const questions = screen.getByText('質問', { selector: 'li p' }).closest('li')!;
    expect(within(questions).getByText('40')).toBeInTheDocument();
    expect(within(questions).getByText('前年度 32 から 25% 増')).toBeInTheDocument();
    const answers = screen.getByText('回答', { selector: 'li p' }).closest('li')!;
    expect(within(answers).getByText('前年度 120 から 20% 減')).toBeInTheDocument();
    // Response times and the waiting questions.
    expect(screen.getByText('5.5時間')).toBeInTheDocument();
    expect(screen.getByText('3日')).toBeInTheDocument(); // 71.2 h
    expect(screen.getByText('63%')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'LoGoフォームで添付ファイルを受け付けるには？' })).toHaveAttribute('href', '/posts/77');
  });

  it('offers a manager only their departments and below, and starts on the first one', async () => {
    const user = userEvent.setup();
    const citizens = stats({
      department: { __typename: 'Department', id: '2', name: '市民課', path: '市民部 > 市民課' },
      byDepartment: [],
    } as never);
    renderAs('MANAGER', [filtersMock(['2']), statsMock(input({ departmentId: '2' }), citizens), leaderboardMock()]);
    expect(await screen.findByRole('heading', { name: '市民部 > 市民課・令和8年度（2026年度）' })).toBeInTheDocument();
    const scope = screen.getByRole('combobox', { name: '対象' });
    expect(scope).toHaveValue('市民部 > 市民課');
    expect(screen.getByRole('switch', { name: '下の部署を含める' })).toBeChecked();
    await user.click(scope);
    const listbox = await screen.findByRole('listbox');
    const names = within(listbox)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(names).toEqual(['組織全体', '市民部 > 市民課', '市民部 > 市民課 > 窓口係']);
  });

  it('gives the DX office every department, starting on the organisation', async () => {
    renderAs('DX_OFFICE', [filtersMock([]), statsMock(input()), leaderboardMock()]);
    expect(await screen.findByRole('heading', { name: '組織全体・令和8年度（2026年度）' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('combobox', { name: '対象' })).toHaveValue('組織全体'));
  });

  it('shows the server’s reason, and no figures, for a group too small to show', async () => {
    const hidden = stats({
      department: { __typename: 'Department', id: '3', name: '窓口係', path: '市民部 > 市民課 > 窓口係' },
      suppressed: true,
      suppressedReason: '5人未満のため表示しません',
      groupSize: 3,
      totals: null,
      previousTotals: null,
      series: [],
      response: null,
      unanswered: [],
    } as never);
    renderAs('MANAGER', [filtersMock(['2']), statsMock(input({ departmentId: '3' }), hidden), leaderboardMock()], '/stats?department=3');
    expect(await screen.findByText('5人未満のため表示しません')).toBeInTheDocument();
    expect(screen.queryByText('質問', { selector: 'li p' })).not.toBeInTheDocument();
    expect(screen.queryByText('3')).not.toBeInTheDocument();
  });

  it('shows the server’s message when the statistics cannot be loaded', async () => {
    renderAs(
      'MANAGER',
      [
        filtersMock(['2']),
        {
          request: { query: ContributionStatsDocument, variables: { input: input({ departmentId: '5' }) } },
          result: { errors: [{ message: '管理範囲の部署の統計だけを見られます。', extensions: { code: 'FORBIDDEN' } }] },
        },
        leaderboardMock(),
      ],
      '/stats?department=5',
    );
    expect(await screen.findByText('管理範囲の部署の統計だけを見られます。')).toBeInTheDocument();
  });
});

describe('LeaderboardCard on /stats', () => {
  it('lists only participants and lets the viewer join with the switch', async () => {
    const user = userEvent.setup();
    const setOptIn = jest.fn(() => ({ data: { setLeaderboardOptIn: { __typename: 'User', id: '1', leaderboardOptIn: true } } }));
    const entry = { __typename: 'LeaderboardEntry', rank: 1, points: 120, contributions: 18, user: { __typename: 'User', id: '9', displayName: '伴走 花子' } };
    renderAs('STAFF', [
      statsMock(input()),
      { ...leaderboardMock(false, [entry]), maxUsageCount: 1 },
      // After joining, the list is fetched again.
      leaderboardMock(true, [entry]),
      { request: { query: SetLeaderboardOptInDocument, variables: { optIn: true } }, result: setOptIn },
    ]);
    expect(await screen.findByText('ランキングに参加した人だけが載ります。匿名の投稿は数えません。')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: '伴走 花子' })).toHaveAttribute('href', '/users/9');
    const row = screen.getByRole('link', { name: '伴走 花子' }).closest('tr')!;
    expect(within(row).getByText('120pt')).toBeInTheDocument();
    const toggle = screen.getByRole('switch', { name: 'ランキングに参加する' });
    expect(toggle).not.toBeChecked();
    await user.click(toggle);
    await waitFor(() => expect(setOptIn).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.getByRole('switch', { name: 'ランキングに参加する' })).toBeChecked());
  });
});
