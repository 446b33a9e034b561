import type { AnswerFieldsFragment, CommentFieldsFragment, ReportFieldsFragment } from '../../gql/graphql';

/** A report as the server answers it (defaults: an open 個人情報 report on answer 71 of post 12). */
export function reportNode(overrides: Partial<ReportFieldsFragment> = {}): ReportFieldsFragment {
  return {
    __typename: 'Report',
    id: '5',
    targetType: 'ANSWER',
    targetId: '71',
    post: { __typename: 'Post', id: '12', title: '転入届の受付で住所の確認をどこまでしますか？' },
    targetExcerpt: '先日、山田太郎さん（かえで市本町1-2-3）の転入届で…',
    targetHidden: false,
    openReportsOnTarget: 1,
    reason: 'PERSONAL_INFO',
    note: '住民の方の氏名と住所が書かれています。',
    status: 'OPEN',
    action: null,
    resolutionNote: null,
    reporter: { __typename: 'User', id: '21', displayName: '佐藤 花子' },
    resolvedBy: null,
    createdAt: '2026-11-30T01:15:00.000Z',
    resolvedAt: null,
    ...overrides,
  } as ReportFieldsFragment;
}

/** An answer as the post page receives it (defaults: by 金子 大輔, shown, not official). */
export function answerNode(overrides: Partial<AnswerFieldsFragment> = {}): AnswerFieldsFragment {
  return {
    __typename: 'Answer',
    id: '71',
    postId: '12',
    body: '住民票の写しで確認しています。',
    bodyHtml: '<p>住民票の写しで確認しています。</p>',
    author: { __typename: 'User', id: '40', displayName: '金子 大輔', active: true },
    byAnonymousAsker: false,
    department: { __typename: 'Department', id: '2', name: '市民課' },
    accepted: false,
    acceptedAt: null,
    reactions: { __typename: 'ReactionSummary', cheer: 0, helpful: 0, thanks: 0, viewerStamps: [], targetType: 'ANSWER', targetId: '71' },
    comments: [],
    createdAt: '2026-11-20T01:00:00.000Z',
    updatedAt: '2026-11-20T01:00:00.000Z',
    viewerCanEdit: false,
    viewerCanDelete: false,
    viewerIsAuthor: false,
    hidden: false,
    hiddenReason: null,
    official: false,
    officialNote: null,
    officialSection: null,
    officialAt: null,
    ...overrides,
  } as AnswerFieldsFragment;
}

/** A comment as the post page receives it. */
export function commentNode(overrides: Partial<CommentFieldsFragment> = {}): CommentFieldsFragment {
  return {
    __typename: 'Comment',
    id: '301',
    body: '参考になります。',
    bodyHtml: '<p>参考になります。</p>',
    author: { __typename: 'User', id: '40', displayName: '金子 大輔', active: true },
    byAnonymousAsker: false,
    targetType: 'POST',
    targetId: '12',
    createdAt: '2026-11-20T02:00:00.000Z',
    viewerCanDelete: false,
    hidden: false,
    hiddenReason: null,
    ...overrides,
  } as CommentFieldsFragment;
}
