import type { AdoptionFieldsFragment, ImpactSummaryQuery, PostCardFieldsFragment } from '../../gql/graphql';

const DEPARTMENTS = {
  '2': { name: '市民課', path: '市民部 > 市民課' },
  '5': { name: '税務課', path: '総務部 > 税務課' },
  '7': { name: '保育課', path: '子ども部 > 保育課' },
  '8': { name: '窓口係', path: '市民部 > 市民課 > 窓口係' },
} as const;

export const department = (id: keyof typeof DEPARTMENTS) => ({ __typename: 'Department' as const, id, ...DEPARTMENTS[id] });

/** An adoption as the server answers it (defaults: 税務課, 導入済み, 120 h). */
export function adoption(overrides: Partial<AdoptionFieldsFragment> = {}): AdoptionFieldsFragment {
  return {
    __typename: 'Adoption',
    id: '31',
    department: department('5'),
    status: 'ADOPTED',
    adoptedOn: '2026-11-04',
    hoursSavedPerYear: 120,
    note: '様式を税務課向けに直して運用しています。',
    recordedBy: { __typename: 'User', id: '12', displayName: '佐藤 花子' },
    createdAt: '2026-10-01T01:00:00.000Z',
    updatedAt: '2026-11-04T01:00:00.000Z',
    viewerCanEdit: false,
    followUpPost: null,
    ...overrides,
  } as AdoptionFieldsFragment;
}

/** A post card (feed fields) as the server answers it. */
export function postCard(overrides: Partial<PostCardFieldsFragment> & Pick<PostCardFieldsFragment, 'id' | 'title'>): PostCardFieldsFragment {
  return {
    __typename: 'Post',
    kind: 'CASE',
    excerpt: '',
    status: 'OPEN',
    anonymous: false,
    featured: true,
    ideaStatus: null,
    bookmarked: false,
    author: { __typename: 'User', id: '40', displayName: '金子 大輔', active: true },
    department: { __typename: 'Department', id: '2', name: '市民課' },
    tags: [],
    answerCount: 0,
    commentCount: 0,
    reactions: { __typename: 'ReactionSummary', cheer: 0, helpful: 0, thanks: 0, viewerStamps: [], targetType: 'POST', targetId: overrides.id },
    createdAt: '2026-10-27T01:00:00.000Z',
    lastActivityAt: '2026-10-27T01:00:00.000Z',
    ...overrides,
  } as PostCardFieldsFragment;
}

type Impact = ImpactSummaryQuery['impactSummary'];

/** impactSummary for 2026 (令和8年度) with two departments and two cases. */
export function impact(overrides: Partial<Impact> = {}): Impact {
  const fy = overrides.fiscalYear ?? 2026;
  return {
    __typename: 'ImpactSummary',
    fiscalYear: fy,
    fiscalYearLabel: `令和${fy - 2018}年度（${fy}年度）`,
    totalHoursSaved: 1234.5,
    caseHoursSaved: 1000,
    adoptionHoursSaved: 234.5,
    previousTotalHoursSaved: 1000,
    adoptionCount: 3,
    adoptingDepartments: 2,
    byDepartment: [
      { __typename: 'ImpactDepartment', department: department('2'), label: '市民部 > 市民課', hoursSaved: 1000, cases: 2, adoptions: 0 },
      { __typename: 'ImpactDepartment', department: department('5'), label: '総務部 > 税務課', hoursSaved: 234.5, cases: 0, adoptions: 3 },
    ],
    cases: [
      {
        __typename: 'ImpactCase',
        post: { __typename: 'Post', id: '101', title: '転入届で「書かない窓口」を試行', department: { __typename: 'Department', id: '2', name: '市民課' } },
        hoursSaved: 834.5,
        caseHoursSaved: 600,
        adoptionHoursSaved: 234.5,
        adoptions: 3,
      },
      {
        __typename: 'ImpactCase',
        post: { __typename: 'Post', id: '102', title: '窓口の番号札をスマホで確認', department: { __typename: 'Department', id: '2', name: '市民課' } },
        hoursSaved: 400,
        caseHoursSaved: 400,
        adoptionHoursSaved: 0,
        adoptions: 0,
      },
    ],
    ...overrides,
  } as Impact;
}
