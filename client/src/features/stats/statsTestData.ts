import type { ContributionStatsQuery, StatsTotalsFieldsFragment } from '../../gql/graphql';

type Stats = ContributionStatsQuery['contributionStats'];

export function totals(overrides: Partial<StatsTotalsFieldsFragment> = {}): StatsTotalsFieldsFragment {
  return {
    __typename: 'StatsTotals',
    questions: 40,
    cases: 6,
    ideas: 4,
    answers: 96,
    acceptedAnswers: 25,
    comments: 130,
    stampsGiven: 210,
    stampsReceived: 210,
    adoptions: 0,
    activeContributors: 31,
    ...overrides,
  } as StatsTotalsFieldsFragment;
}

const MONTHS = ['04', '05', '06', '07', '08', '09', '10', '11', '12', '01', '02', '03'];

/** contributionStats as the server answers it (defaults: the organisation, 2026, shown). */
export function stats(overrides: Partial<Stats> = {}): Stats {
  const fy = overrides.fiscalYear ?? 2026;
  return {
    __typename: 'ContributionStats',
    fiscalYear: fy,
    fiscalYearLabel: `令和${fy - 2018}年度（${fy}年度）`,
    department: null,
    suppressed: false,
    suppressedReason: '',
    minGroupSize: 5,
    groupSize: 40,
    totals: totals(),
    previousTotals: totals({ questions: 32, answers: 120, comments: 130, activeContributors: 0 }),
    series: MONTHS.map((m, i) => ({
      __typename: 'StatsPeriod',
      periodStart: `${i < 9 ? fy : fy + 1}-${m}-01`,
      questions: i < 8 ? 5 : 0,
      cases: 0,
      ideas: 0,
      answers: i < 8 ? 12 : 0,
      acceptedAnswers: 3,
      comments: 16,
      stampsGiven: 20,
      activeContributors: 9,
    })),
    byDepartment: [],
    response: {
      __typename: 'StatsResponse',
      questions: 40,
      medianFirstAnswerHours: 5.5,
      p90FirstAnswerHours: 71.2,
      medianAcceptedHours: 30,
      resolutionRate: 0.625,
      unansweredOver3Days: 2,
      unansweredOver7Days: 1,
      unansweredOver30Days: 0,
    },
    unanswered: [
      { __typename: 'UnansweredQuestion', id: '77', title: 'LoGoフォームで添付ファイルを受け付けるには？', createdAt: '2026-11-20T01:00:00.000Z', ageDays: 11 },
    ],
    ...overrides,
  } as Stats;
}

/** Recharts measures its container, which jsdom lays out at 0×0; that warning is noise in component tests. */
export function quietChartWarnings() {
  const warn = console.warn.bind(console);
  jest.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    if (String(args[0]).includes('of chart should be greater than 0')) return;
    warn(...args);
  });
}
