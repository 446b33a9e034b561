import { notifications } from '@mantine/notifications';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MarkReviewedDocument, type PostModerationFieldsFragment } from '../../gql/graphql';
import { renderWithApollo, viewer } from '../admin/adminTestUtils';
import { PostModerationNotices } from './PostModeration';

let show: jest.SpyInstance;
beforeEach(() => {
  show = jest.spyOn(notifications, 'show').mockImplementation(() => 'n');
});
afterEach(() => jest.restoreAllMocks());

function post(overrides: Partial<PostModerationFieldsFragment> = {}): PostModerationFieldsFragment {
  return {
    __typename: 'Post',
    id: '55',
    kind: 'CASE',
    status: 'OPEN',
    closedReason: null,
    duplicateOfId: null,
    outdated: false,
    reviewNote: null,
    reviewedAt: null,
    reviewDue: { __typename: 'ReviewDue', aged: true, changedTags: ['個人情報保護'], since: '2025-04-06T15:30:00.000Z' },
    hidden: false,
    hiddenReason: null,
    viewerIsAuthor: true,
    ...overrides,
  } as PostModerationFieldsFragment;
}

const reviewed = (outdated: boolean, note: string | null) => ({
  data: { markReviewed: post({ outdated, reviewNote: note, reviewedAt: '2026-12-01T00:00:00.000Z', reviewDue: null }) },
});

describe('content review on the post page', () => {
  it('asks the author, gently, to check the post, says why, and 確認済み answers it', async () => {
    const user = userEvent.setup();
    const result = jest.fn(() => reviewed(false, null));
    renderWithApollo(<PostModerationNotices post={post()} />, {
      me: viewer('STAFF', { id: '40' }),
      mocks: [{ request: { query: MarkReviewedDocument, variables: { postId: '55', outdated: false, note: null } }, result }],
    });
    const hint = screen.getByRole('region', { name: '内容の確認をお願いします' });
    expect(within(hint).getByText('2025年4月7日から確認されていません')).toBeInTheDocument();
    expect(within(hint).getByText('内容が変わったタグ：個人情報保護')).toBeInTheDocument();
    await user.click(within(hint).getByRole('button', { name: '確認済み' }));
    await waitFor(() => expect(result).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(show).toHaveBeenCalledWith(expect.objectContaining({ message: '確認済みにしました' })));
  });

  it('古い情報 needs a note, which readers then see', async () => {
    const user = userEvent.setup();
    const note = '2027年4月の法改正で様式が変わりました。';
    const result = jest.fn(() => reviewed(true, note));
    renderWithApollo(<PostModerationNotices post={post()} />, {
      me: viewer('STAFF', { id: '40' }),
      mocks: [{ request: { query: MarkReviewedDocument, variables: { postId: '55', outdated: true, note } }, result }],
    });
    await user.click(screen.getByRole('button', { name: '古い情報' }));
    const dialog = await screen.findByRole('dialog', { name: '「古い情報」にする' });
    await user.click(within(dialog).getByRole('button', { name: '古い情報にする' }));
    expect(await within(dialog).findByText('「古い情報」にするときは、何が変わったかを書いてください')).toBeInTheDocument();
    expect(result).not.toHaveBeenCalled();
    await user.type(within(dialog).getByRole('textbox', { name: /何が古くなったか/ }), note);
    await user.click(within(dialog).getByRole('button', { name: '古い情報にする' }));
    await waitFor(() => expect(result).toHaveBeenCalledTimes(1));
  });

  it('shows readers the 古い情報 banner with the note, and nothing to do', () => {
    renderWithApollo(
      <PostModerationNotices
        post={post({ outdated: true, reviewNote: '様式が変わりました。', reviewedAt: '2026-11-30T15:30:00.000Z', reviewDue: null, viewerIsAuthor: false })}
      />,
      {
        role: 'STAFF',
      },
    );
    expect(screen.getByText('古い情報の可能性があります')).toBeInTheDocument();
    expect(screen.getByText('様式が変わりました。')).toBeInTheDocument();
    expect(screen.getByText('2026年12月1日に確認')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows a colleague no review hint', () => {
    renderWithApollo(<PostModerationNotices post={post({ viewerIsAuthor: false })} />, { role: 'STAFF' });
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });
});
