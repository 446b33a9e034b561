import { notifications } from '@mantine/notifications';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  AnswerRevisionsDocument,
  DraftDocument,
  DraftsDocument,
  GuardRulesDocument,
  PostingGuidelinesDocument,
  UpdateAnswerDocument,
  type AnswerFieldsFragment,
  type DraftFieldsFragment,
} from '../../gql/graphql';
import { translate } from '../../i18n';
import { renderWithApollo, viewer } from '../admin/adminTestUtils';
import { DraftList } from '../drafts/DraftList';
import { HistoryModal } from '../history/HistoryModal';
import { pendingLabel } from '../live/LivePostUpdates';
import { answerNode } from '../moderation/moderationTestData';
import { kindStyle } from '../notifications/kinds';
import { AnswerForm } from './AnswerForm';
import { AnswerItem } from './AnswerItem';
import { IdeaThreadContext } from './ideaThread';
import type { MockLink } from '@apollo/client/testing';
import type { ReactElement } from 'react';

/**
 * An idea's replies are answers in the data model, but the page calls them 「コメント」: the
 * prompts and toasts of a reply, its 「…」 menu and dialogs, its 編集履歴, the answer form's
 * errors, the live banner, notification labels and the drafts list never say 「回答」.
 */
const AUTHOR = viewer('STAFF', { id: '40', displayName: '金子 大輔' });
const COLLEAGUE = viewer('STAFF', { id: '41', displayName: '中村 美咲' });

const reply = (overrides: Partial<AnswerFieldsFragment> = {}) =>
  answerNode({
    body: '賛成です。まずは1か所で試しましょう。',
    bodyHtml: '<p>賛成です。まずは1か所で試しましょう。</p>',
    revisionCount: 1,
    author: { __typename: 'User', id: '40', displayName: '金子 大輔', active: true, avatarUrl: null },
    ...overrides,
  } as Partial<AnswerFieldsFragment>);

/** What the forms read besides the thread: the personal-information rules, the guidelines, no saved draft. */
const FORM_MOCKS: MockLink.MockedResponse[] = [
  {
    request: { query: GuardRulesDocument },
    result: { data: { guardRules: { __typename: 'GuardRules', words: [], staffEmailDomains: [], wordsUpdatedAt: null } } },
    maxUsageCount: 20,
  },
  {
    request: { query: PostingGuidelinesDocument },
    result: { data: { postingGuidelines: { __typename: 'PostingGuidelines', body: '', html: '', updatedAt: null, viewerHasSeen: true } } },
    maxUsageCount: 5,
  },
  { request: { query: DraftDocument, variables: { postId: '12' } }, result: { data: { draft: null } }, maxUsageCount: 5 },
];

const inIdea = (ui: ReactElement) => <IdeaThreadContext.Provider value>{ui}</IdeaThreadContext.Provider>;

/** Everything on screen, dialogs (portals) included. */
const shown = () => document.body.textContent ?? '';

let show: jest.SpyInstance;
beforeEach(() => {
  show = jest.spyOn(notifications, 'show').mockImplementation(() => 'n');
});
afterEach(() => jest.restoreAllMocks());

describe('an idea’s thread says 「コメント」, never 「回答」', () => {
  it('editing and deleting one’s own comment: label, error, toast and the delete prompt', async () => {
    const user = userEvent.setup();
    const updated = reply({ body: '賛成です。', bodyHtml: '<p>賛成です。</p>', viewerCanEdit: true, viewerCanDelete: true, viewerIsAuthor: true });
    const mocks: MockLink.MockedResponse[] = [
      { request: { query: UpdateAnswerDocument, variables: { input: { id: '71', body: '賛成です。' } } }, result: { data: { updateAnswer: updated } } },
    ];
    renderWithApollo(
      inIdea(<AnswerItem answer={reply({ viewerCanEdit: true, viewerCanDelete: true, viewerIsAuthor: true })} postId="12" viewerId="40" canAccept={false} />),
      {
        me: AUTHOR,
        mocks: [...mocks, ...FORM_MOCKS],
      },
    );
    await user.click(screen.getByRole('button', { name: '編集' }));
    const box = screen.getByRole('textbox', { name: 'コメントを編集' });
    await user.clear(box);
    await user.click(screen.getByRole('button', { name: '保存する' }));
    expect(screen.getByText('コメントを入力してください')).toBeInTheDocument();
    expect(shown()).not.toContain('回答');

    await user.type(box, '賛成です。');
    await user.click(screen.getByRole('button', { name: '保存する' }));
    await screen.findByRole('button', { name: '編集' });
    expect(show).toHaveBeenCalledWith(expect.objectContaining({ message: 'コメントを更新しました' }));

    const confirm = jest.spyOn(window, 'confirm').mockReturnValue(false);
    await user.click(screen.getByRole('button', { name: '削除' }));
    expect(confirm).toHaveBeenCalledWith('このコメントを削除しますか？付いた応援や返信も表示されなくなります。');
    for (const [notice] of show.mock.calls as [{ message: string }][]) expect(notice.message).not.toContain('回答');
  });

  it('the 「…」 menu, the report dialog and 個人の意見です call it a comment', async () => {
    const user = userEvent.setup();
    renderWithApollo(inIdea(<AnswerItem answer={reply()} postId="12" viewerId="41" canAccept={false} />), { me: COLLEAGUE, mocks: FORM_MOCKS });
    // the hint shown on hover and focus (a CSS tip)
    expect(screen.getByText('個人の意見です').closest('[data-tip]')).toHaveAttribute('data-tip', '公式見解ではなく、コメントした職員個人の意見です');
    await user.click(screen.getByRole('button', { name: 'コメントのその他の操作' }));
    await user.click(await screen.findByRole('menuitem', { name: '通報' }));
    expect(await screen.findByRole('dialog', { name: 'このコメントを通報する' })).toBeInTheDocument();
    expect(shown()).not.toContain('回答');
  });

  it('a hidden comment: the placeholder and, for the DX office, the banner and the restore dialog', async () => {
    const user = userEvent.setup();
    const { unmount } = renderWithApollo(
      inIdea(<AnswerItem answer={reply({ hidden: true, body: '', bodyHtml: '', hiddenReason: null })} postId="12" viewerId="41" canAccept={false} />),
      { me: COLLEAGUE, mocks: FORM_MOCKS },
    );
    expect(screen.getByText('このコメントは非表示になりました')).toBeInTheDocument();
    expect(shown()).not.toContain('回答');
    unmount();

    renderWithApollo(inIdea(<AnswerItem answer={reply({ hidden: true, hiddenReason: '重複のため' })} postId="12" viewerId="3" canAccept={false} />), {
      role: 'DX_OFFICE',
      mocks: FORM_MOCKS,
    });
    const banner = screen.getByText('このコメントは非表示になっています').closest('[data-hidden-banner]') as HTMLElement;
    await user.click(within(banner).getByRole('button', { name: '再表示する' }));
    expect(await screen.findByRole('dialog', { name: 'コメントを再表示する' })).toBeInTheDocument();
    expect(shown()).not.toContain('回答');
  });

  it('the 編集履歴 of a comment is titled as a comment', async () => {
    const mocks: MockLink.MockedResponse[] = [
      {
        request: { query: AnswerRevisionsDocument, variables: { postId: '12', first: 50 } },
        result: { data: { post: { __typename: 'Post', id: '12', answers: [] } } },
      },
    ];
    renderWithApollo(inIdea(<HistoryModal target={{ type: 'ANSWER', postId: '12', answerId: '71' }} opened onClose={() => undefined} />), {
      mocks,
      me: COLLEAGUE,
    });
    expect(await screen.findByRole('dialog', { name: '編集履歴（コメント）' })).toBeInTheDocument();
    expect(shown()).not.toContain('回答');
  });

  it('the comment form asks for a comment', async () => {
    const user = userEvent.setup();
    renderWithApollo(<AnswerForm postId="12" kind="IDEA" />, { me: COLLEAGUE, mocks: FORM_MOCKS });
    await user.click(screen.getByRole('button', { name: 'コメントを投稿' }));
    expect(await screen.findByText('コメントを入力してください')).toBeInTheDocument();
    expect(shown()).not.toContain('回答');
  });

  it('the live banner and notification labels', () => {
    const ja = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate('ja', key, vars);
    expect(ja(...pendingLabel(1, 0, true))).toBe('新しいコメントがあります');
    expect(ja(...pendingLabel(2, 1, true))).toBe('新しいコメントが3件あります');
    expect(ja(...pendingLabel(2, 0, false))).toBe('新しい回答が2件あります');
    expect(ja(kindStyle('ANSWER_ON_MY_POST', 'IDEA').label)).toBe('コメント');
    expect(ja(kindStyle('FOLLOWED_POST_ANSWER', 'IDEA').label)).toBe('フォロー中の投稿へのコメント');
    expect(ja(kindStyle('ANSWER_ON_MY_POST', 'IDEA').group, { n: 3 })).toBe('3件のコメント');
    expect(ja(kindStyle('ANSWER_ON_MY_POST', 'QUESTION').group, { n: 3 })).toBe('3件の回答');
  });

  it('the drafts list calls a reply to an idea a comment', async () => {
    const draft = (overrides: Partial<DraftFieldsFragment>): DraftFieldsFragment =>
      ({
        __typename: 'Draft',
        id: '1',
        kind: 'ANSWER',
        title: '',
        body: '賛成です。',
        tags: [],
        postId: '12',
        postTitle: '窓口の呼び出しをLINEで',
        postKind: 'IDEA',
        anonymous: false,
        caseDetails: null,
        createdAt: '2026-11-30T00:00:00.000Z',
        updatedAt: '2026-11-30T01:05:00.000Z',
        ...overrides,
      }) as DraftFieldsFragment;
    const mocks: MockLink.MockedResponse[] = [
      {
        request: { query: DraftsDocument },
        result: {
          data: {
            drafts: [
              draft({}),
              draft({ id: '2', postKind: null, postTitle: null, postId: '13' }),
              draft({ id: '3', kind: 'IDEA', postId: null, postTitle: null, postKind: null, body: '番号札の呼び出し状況\n\nスマホで見られるように' }),
            ],
          },
        },
      },
    ];
    renderWithApollo(<DraftList />, { mocks, me: COLLEAGUE });
    const items = await screen.findAllByTestId('draft-item');
    expect(items[0]).toHaveTextContent('コメント窓口の呼び出しをLINEで');
    expect(items[0]).toHaveTextContent('11/30 10:05 に保存');
    expect(items[0]).not.toHaveTextContent('回答');
    // A question's answer draft is still an answer; an untitled draft is named by its first line.
    expect(items[1]).toHaveTextContent('回答（質問は表示できません）');
    expect(within(items[2]).getByRole('link', { name: '番号札の呼び出し状況' })).toHaveAttribute('href', '/new/idea?draft=3');
    expect(items[2]).toHaveTextContent('スマホで見られるように');
  });
});
