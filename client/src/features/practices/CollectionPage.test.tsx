import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { AddToCollectionDocument, CollectionDetailDocument } from '../../gql/graphql';
import { renderWithApollo, type TestRole } from '../admin/adminTestUtils';
import { CollectionPage } from './CollectionPage';
import { postCard } from './practicesTestData';
import type { MockLink } from '@apollo/client/testing';

const A = postCard({ id: '101', title: '転入届で「書かない窓口」を試行' });
const B = postCard({ id: '102', title: '窓口の番号札をスマホで確認', featured: false });

const collection = (viewerCanEdit: boolean, posts = [A, B]) => ({
  __typename: 'Collection',
  id: '3',
  title: '書かない窓口 導入パック',
  description: '窓口で住民に同じことを何度も書かせないための事例を、導入を検討する順に並べました。',
  postCount: posts.length,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-24T00:00:00.000Z',
  viewerCanEdit,
  posts,
});

const detailMock = (value: unknown): MockLink.MockedResponse => ({
  request: { query: CollectionDetailDocument, variables: { id: '3' } },
  result: { data: { collection: value } },
  maxUsageCount: 5,
});

function renderAs(role: TestRole, mocks: MockLink.MockedResponse[]) {
  return renderWithApollo(
    <Routes>
      <Route path="/collections/:id" element={<CollectionPage />} />
    </Routes>,
    { role, mocks, route: '/collections/3' },
  );
}

describe('CollectionPage (/collections/:id)', () => {
  it('shows the title, the description and the posts in order, without controls for staff', async () => {
    renderAs('STAFF', [detailMock(collection(false))]);
    expect(await screen.findByRole('heading', { level: 1, name: '書かない窓口 導入パック' })).toBeInTheDocument();
    expect(screen.getByText(/導入を検討する順に並べました/)).toBeInTheDocument();
    const list = screen.getByRole('list', { name: '「書かない窓口 導入パック」の投稿（順番どおり）' });
    const titles = within(list)
      .getAllByRole('heading', { level: 2 })
      .map((h) => h.textContent);
    expect(titles).toEqual(['転入届で「書かない窓口」を試行', '窓口の番号札をスマホで確認']);
    expect(within(list).getByRole('link', { name: '転入届で「書かない窓口」を試行' })).toHaveAttribute('href', '/posts/101');
    // The featured post carries its mark.
    expect(within(list).getAllByText('優良事例')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: /を下へ移動/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '削除' })).not.toBeInTheDocument();
  });

  it('lets the DX office move a post down (addToCollection at its new position)', async () => {
    const user = userEvent.setup();
    const moved = jest.fn(() => ({ data: { addToCollection: collection(true, [B, A]) } }));
    renderAs('DX_OFFICE', [
      detailMock(collection(true)),
      { request: { query: AddToCollectionDocument, variables: { collectionId: '3', postId: '101', position: 2 } }, result: moved },
    ]);
    const down = await screen.findByRole('button', { name: '「転入届で「書かない窓口」を試行」を下へ移動' });
    expect(screen.getByRole('button', { name: '「転入届で「書かない窓口」を試行」を上へ移動' })).toBeDisabled();
    expect(screen.getByRole('button', { name: '「窓口の番号札をスマホで確認」を下へ移動' })).toBeDisabled();
    await user.click(down);
    await waitFor(() => expect(moved).toHaveBeenCalledTimes(1));
    const list = screen.getByRole('list', { name: '「書かない窓口 導入パック」の投稿（順番どおり）' });
    await waitFor(() =>
      expect(
        within(list)
          .getAllByRole('heading', { level: 2 })
          .map((h) => h.textContent),
      ).toEqual(['窓口の番号札をスマホで確認', '転入届で「書かない窓口」を試行']),
    );
    expect(screen.getByRole('button', { name: '編集' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '削除' })).toBeInTheDocument();
  });

  it('says so when the collection does not exist', async () => {
    renderAs('STAFF', [detailMock(null)]);
    expect(await screen.findByRole('heading', { name: 'まとめが見つかりません' })).toBeInTheDocument();
  });
});
