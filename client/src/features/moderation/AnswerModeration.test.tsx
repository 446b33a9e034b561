import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DuplicateOriginalDocument } from '../../gql/graphql';
import { renderWithApollo, viewer, type TestRole } from '../admin/adminTestUtils';
import { AnswerItem } from '../post/AnswerItem';
import { CommentSection } from '../post/CommentSection';
import { ClosedNotice } from './ClosePost';
import { answerNode, commentNode } from './moderationTestData';
import type { AnswerFieldsFragment } from '../../gql/graphql';

const NOW = Date.parse('2026-12-01T00:00:00.000Z');
beforeEach(() => jest.spyOn(Date, 'now').mockReturnValue(NOW));
afterEach(() => jest.restoreAllMocks());

const AUTHOR = viewer('STAFF', { id: '40', displayName: '金子 大輔' });
const COLLEAGUE = viewer('STAFF', { id: '41', displayName: '中村 美咲' });

function renderAnswer(answer: AnswerFieldsFragment, as: TestRole | typeof AUTHOR) {
  const me = typeof as === 'string' ? viewer(as, { id: '3' }) : as;
  return renderWithApollo(<AnswerItem answer={answer} postId="12" viewerId={me.id} canAccept={false} />, { me });
}

const hidden = (overrides: Partial<AnswerFieldsFragment> = {}) => answerNode({ hidden: true, hiddenReason: '個人情報が含まれるため', ...overrides });

describe('a hidden answer', () => {
  it('shows a colleague only the placeholder (the server sent no body)', () => {
    renderAnswer(hidden({ body: '', bodyHtml: '', hiddenReason: null }), COLLEAGUE);
    expect(screen.getByText('この回答は非表示になりました')).toBeInTheDocument();
    expect(screen.queryByText('金子 大輔')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '回答のその他の操作' })).not.toBeInTheDocument();
  });

  it('shows its author the answer under 「非表示になっています」 with the reason, and no 通報', async () => {
    const user = userEvent.setup();
    renderAnswer(hidden({ viewerIsAuthor: true }), AUTHOR);
    expect(screen.getByText('この回答は非表示になっています')).toBeInTheDocument();
    expect(screen.getByText('理由：個人情報が含まれるため')).toBeInTheDocument();
    expect(screen.getByText(/あなたとDX推進課・管理者にだけ表示されています/)).toBeInTheDocument();
    expect(screen.getByText('住民票の写しで確認しています。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '再表示する' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '回答のその他の操作' })).not.toBeInTheDocument();
    await user.tab();
  });

  it('lets the DX office read it and restore it', async () => {
    const user = userEvent.setup();
    renderAnswer(hidden(), 'DX_OFFICE');
    const banner = screen.getByText('この回答は非表示になっています').closest('[data-hidden-banner]') as HTMLElement;
    expect(within(banner).getByText(/投稿者とDX推進課・管理者にだけ表示されています/)).toBeInTheDocument();
    await user.click(within(banner).getByRole('button', { name: '再表示する' }));
    expect(await screen.findByRole('dialog', { name: '回答を再表示する' })).toBeInTheDocument();
  });
});

describe('official answers and the 「…」 menu', () => {
  it('shows 公式見解 with the section, the date (JST) and the note; other answers say 個人の意見です', () => {
    renderAnswer(
      answerNode({
        official: true,
        officialSection: '総務部 > DX推進課',
        officialAt: '2026-11-30T15:30:00.000Z',
        officialNote: '令和8年4月の要綱改正に基づく取扱いです。',
      }),
      COLLEAGUE,
    );
    const note = screen.getByRole('note', { name: '公式見解' });
    expect(within(note).getByText('総務部 > DX推進課・2026年12月1日')).toBeInTheDocument();
    expect(within(note).getByText('令和8年4月の要綱改正に基づく取扱いです。')).toBeInTheDocument();
    expect(screen.queryByText('個人の意見です')).not.toBeInTheDocument();
  });

  it('labels an ordinary answer 個人の意見です and lets a colleague report it', async () => {
    const user = userEvent.setup();
    renderAnswer(answerNode(), COLLEAGUE);
    expect(screen.getByText('個人の意見です')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '回答のその他の操作' }));
    expect(await screen.findByRole('menuitem', { name: '通報' })).toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: '公式見解にする' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('menuitem', { name: '通報' }));
    expect(await screen.findByRole('dialog', { name: 'この回答を通報する' })).toBeInTheDocument();
  });

  it('offers the DX office 公式見解にする and 非表示にする', async () => {
    const user = userEvent.setup();
    renderAnswer(answerNode(), 'DX_OFFICE');
    await user.click(screen.getByRole('button', { name: '回答のその他の操作' }));
    expect(await screen.findByRole('menuitem', { name: '公式見解にする' })).toBeInTheDocument();
    expect(screen.getByRole('menuitem', { name: '非表示にする' })).toBeInTheDocument();
    await user.click(screen.getByRole('menuitem', { name: '非表示にする' }));
    const dialog = await screen.findByRole('dialog', { name: '回答を非表示にする' });
    await user.click(within(dialog).getByRole('button', { name: '非表示にする' }));
    expect(await within(dialog).findByText('非表示にする理由を書いてください（投稿者に示されます）')).toBeInTheDocument();
  });
});

describe('hidden comments', () => {
  it('show others a placeholder and their author the reason', () => {
    const comments = [
      commentNode({ hidden: true, body: '', bodyHtml: '', hiddenReason: null }),
      commentNode({ id: '302', bodyHtml: '<p>ありがとうございます</p>' }),
    ];
    const { unmount } = renderWithApollo(<CommentSection comments={comments} targetType="POST" targetId="12" refetchPostId="12" />, { me: COLLEAGUE });
    expect(screen.getByText('このコメントは非表示になりました')).toBeInTheDocument();
    expect(screen.getByText('ありがとうございます')).toBeInTheDocument();
    unmount();

    renderWithApollo(
      <CommentSection comments={[commentNode({ hidden: true, hiddenReason: '不適切な表現のため' })]} targetType="POST" targetId="12" refetchPostId="12" />,
      { me: AUTHOR },
    );
    expect(screen.getByText('このコメントは非表示になっています')).toBeInTheDocument();
    expect(screen.getByText('理由：不適切な表現のため')).toBeInTheDocument();
    expect(screen.getByText('参考になります。')).toBeInTheDocument();
  });
});

describe('ClosedNotice', () => {
  it('tells readers a duplicate was closed and links the original', async () => {
    renderWithApollo(<ClosedNotice post={{ id: '12', status: 'CLOSED', closedReason: 'DUPLICATE', duplicateOfId: '8' }} />, {
      role: 'STAFF',
      mocks: [
        {
          request: { query: DuplicateOriginalDocument, variables: { id: '8' } },
          result: { data: { post: { __typename: 'Post', id: '8', kind: 'QUESTION', title: '転入届の本人確認書類は？', status: 'RESOLVED' } } },
        },
      ],
    });
    expect(screen.getByText('この質問はクローズされました（重複）')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: '転入届の本人確認書類は？' })).toHaveAttribute('href', '/posts/8');
    expect(screen.queryByRole('button', { name: '再開する' })).not.toBeInTheDocument();
  });
});
