import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RoutePeopleSearchDocument, RouteQuestionDocument, RouteSuggestionsDocument } from '../../gql/graphql';
import { renderWithApollo, type TestRole } from '../admin/adminTestUtils';
import { mergeSuggestions } from './routeCandidates';
import { RouteQuestion } from './RouteQuestion';
import { SUGGESTIONS_PER_TAG } from './RouteQuestionModal';
import type { MockLink } from '@apollo/client/testing';

jest.setTimeout(20_000);

// The viewer is user 1 (adminTestUtils); the asker of the question is user 2.
const person = (id: string, displayName: string, department: string | null = '企画課', active = true) => ({
  __typename: 'User',
  id,
  displayName,
  active,
  department: department ? { __typename: 'Department', id: `d${id}`, name: department } : null,
});
const expert = (user: ReturnType<typeof person>, level: number, skill = 'RPA', acceptedCount = 0) => ({
  __typename: 'Expert',
  level,
  acceptedCount,
  skill: { __typename: 'Skill', id: `s-${skill}`, name: skill },
  user,
});

const sato = person('10', '佐藤 一郎', '税務課');
const suzuki = person('11', '鈴木 花子', '市民課');
const tanaka = person('12', '田中 次郎', '福祉課');
const ito = person('13', '伊藤 三郎', '子育て支援課');
const former = person('14', '元 職員', null, false);
const me = person('1', '管理 太郎');
const asker = person('2', '質問 する子');

function suggestions(tag: string, experts: ReturnType<typeof expert>[]): MockLink.MockedResponse {
  return { request: { query: RouteSuggestionsDocument, variables: { tag, first: SUGGESTIONS_PER_TAG } }, result: { data: { experts } }, maxUsageCount: 5 };
}

const baseMocks = (): MockLink.MockedResponse[] => [
  suggestions('RPA', [expert(sato, 3, 'RPA', 4), expert(me, 4), expert(asker, 2), expert(former, 3), expert(suzuki, 2)]),
  suggestions('Excel', [expert(suzuki, 4, 'Excel'), expert(tanaka, 1, 'Excel'), expert(ito, 1, 'Excel')]),
];

const question = (over: Partial<{ viewerIsAuthor: boolean; status: string; kind: string }> = {}) => ({
  id: '77',
  kind: 'QUESTION',
  status: 'OPEN',
  viewerIsAuthor: true,
  author: { id: '2' },
  tags: [{ name: 'RPA' }, { name: 'Excel' }],
  ...over,
});

function renderRoute(mocks: MockLink.MockedResponse[], { role = 'STAFF' as TestRole, post = question() } = {}) {
  return renderWithApollo(<RouteQuestion post={post} />, { role, mocks });
}

async function open() {
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: '詳しい人に聞く' }));
  const dialog = await screen.findByRole('dialog', { name: '詳しい人に聞く' });
  return { user, dialog };
}

describe('mergeSuggestions', () => {
  it('one entry per person with their tags merged and their best skill kept, most matching tags first; the viewer, the asker and former staff left out', () => {
    const merged = mergeSuggestions(
      [
        { tag: 'RPA', experts: [expert(sato, 3), expert(me, 4), expert(asker, 2), expert(former, 3), expert(suzuki, 2)] },
        { tag: 'Excel', experts: [expert(suzuki, 4, 'Excel')] },
      ] as never,
      ['1', '2'],
    );
    // Known for both tags first.
    expect(merged.map((c) => c.displayName)).toEqual(['鈴木 花子', '佐藤 一郎']);
    expect(merged[0]).toMatchObject({ tags: ['RPA', 'Excel'], skill: 'Excel Lv.4', department: '市民課' });
  });
});

describe('RouteQuestion', () => {
  it('is offered to the asker of an open question and to the DX office (question.routeAny), not to others or on a closed one', () => {
    const { unmount } = renderRoute(baseMocks());
    expect(screen.getByRole('button', { name: '詳しい人に聞く' })).toBeInTheDocument();
    unmount();
    const other = renderRoute(baseMocks(), { post: question({ viewerIsAuthor: false }) });
    expect(screen.queryByRole('button', { name: '詳しい人に聞く' })).not.toBeInTheDocument();
    other.unmount();
    const dx = renderRoute(baseMocks(), { role: 'DX_OFFICE', post: question({ viewerIsAuthor: false }) });
    expect(screen.getByRole('button', { name: '詳しい人に聞く' })).toBeInTheDocument();
    dx.unmount();
    renderRoute(baseMocks(), { post: question({ status: 'RESOLVED' }) });
    expect(screen.queryByRole('button', { name: '詳しい人に聞く' })).not.toBeInTheDocument();
  });

  it('lists the experts of every tag once, never the viewer or the asker, and lets up to three be chosen', async () => {
    renderRoute(baseMocks());
    const { user, dialog } = await open();
    const list = await within(dialog).findByRole('list', { name: 'この質問のタグに詳しい人' });
    const names = within(list)
      .getAllByRole('checkbox')
      .map((c) => c.closest('li')!.textContent);
    expect(names).toHaveLength(4);
    expect(names.join()).not.toMatch(/管理 太郎|質問 する子|元 職員/);
    expect(within(list).getByText(/ベストアンサー4件/)).toBeInTheDocument();

    const send = within(dialog).getByRole('button', { name: '依頼する' });
    expect(send).toBeDisabled();
    await user.click(within(list).getByRole('checkbox', { name: /佐藤 一郎/ }));
    await user.click(within(list).getByRole('checkbox', { name: /鈴木 花子/ }));
    await user.click(within(list).getByRole('checkbox', { name: /田中 次郎/ }));
    expect(within(dialog).getByText('選んだ人（3/3人）')).toBeInTheDocument();
    expect(within(list).getByRole('checkbox', { name: /伊藤 三郎/ })).toBeDisabled();
    expect(within(dialog).getByText(/3人まで選べます/)).toBeInTheDocument();
    // Removing one from the chosen list frees a place.
    await user.click(within(dialog).getByRole('button', { name: '田中 次郎さんを外す' }));
    expect(within(list).getByRole('checkbox', { name: /伊藤 三郎/ })).toBeEnabled();
    expect(within(dialog).getByRole('button', { name: '2人に依頼する' })).toBeEnabled();
  });

  it('finds people by name and sends routeQuestion; then shows who was asked', async () => {
    let sent: { postId: string; userIds: string[] } | null = null;
    const yamada = person('20', '山田 太一', '財政課');
    renderRoute([
      ...baseMocks(),
      {
        request: { query: RoutePeopleSearchDocument, variables: { query: '山田', first: 8 } },
        result: {
          data: {
            users: {
              __typename: 'UserConnection',
              edges: [
                { __typename: 'UserEdge', node: yamada },
                { __typename: 'UserEdge', node: me },
              ],
            },
          },
        },
      },
      {
        request: { query: RouteQuestionDocument, variables: () => true },
        result: (v: { postId: string; userIds: string[] }) => {
          sent = v;
          return { data: { routeQuestion: [sato, yamada].map((u) => ({ __typename: 'User', id: u.id, displayName: u.displayName })) } };
        },
      },
    ]);
    const { user, dialog } = await open();
    await user.click(await within(dialog).findByRole('checkbox', { name: /佐藤 一郎/ }));
    await user.type(within(dialog).getByRole('textbox', { name: '名前で探す' }), '山田');
    const results = await within(dialog).findByRole('list', { name: '検索結果' });
    expect(within(results).queryByText('管理 太郎')).not.toBeInTheDocument();
    await user.click(within(results).getByRole('checkbox', { name: /山田 太一/ }));
    await user.click(within(dialog).getByRole('button', { name: '2人に依頼する' }));
    expect(
      await within(dialog).findByText('佐藤 一郎さん、山田 太一さんに、この質問を見てもらうよう依頼しました。回答がつくとお知らせが届きます。'),
    ).toBeInTheDocument();
    expect(sent).toEqual({ postId: '77', userIds: ['10', '20'] });
    // After closing, the page says who was asked.
    await user.click(within(dialog).getAllByRole('button', { name: '閉じる' }).at(-1)!);
    expect(await screen.findByText('佐藤 一郎さん、山田 太一さんに依頼しました。')).toBeInTheDocument();
  });

  it('shows the server’s refusal (who cannot be asked) and keeps the choice', async () => {
    renderRoute([
      ...baseMocks(),
      {
        request: { query: RouteQuestionDocument, variables: { postId: '77', userIds: ['10'] } },
        result: {
          errors: [
            { message: '依頼できない人がいます：佐藤 一郎さんは回答の依頼を受け付けていません。', extensions: { code: 'BAD_USER_INPUT', field: 'userIds' } },
          ],
        },
      },
    ]);
    const { user, dialog } = await open();
    await user.click(await within(dialog).findByRole('checkbox', { name: /佐藤 一郎/ }));
    await user.click(within(dialog).getByRole('button', { name: '1人に依頼する' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('依頼できませんでした');
    expect(alert).toHaveTextContent('佐藤 一郎さんは回答の依頼を受け付けていません');
    expect(within(dialog).getByRole('checkbox', { name: /佐藤 一郎/ })).toBeChecked();
  });

  it('says so when the question has no tags, and search still works', async () => {
    renderRoute([], { post: { ...question(), tags: [] } });
    const { dialog } = await open();
    await waitFor(() => expect(within(dialog).getByText(/タグのない質問なので/)).toBeInTheDocument());
    expect(within(dialog).getByRole('textbox', { name: '名前で探す' })).toBeInTheDocument();
  });
});
