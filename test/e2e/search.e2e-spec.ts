import { jstDate } from '../../src/core/time/jst';
import { ACCEPT, codes, CREATE_ANSWER, CREATE_POST, question, TestApp } from '../support/test-app';

const SEARCH = `query($q: String!, $first: Int, $after: String, $filter: PostFilter, $createdAt: SearchDateRange) {
  search(query: $q, first: $first, after: $after, filter: $filter, createdAt: $createdAt) {
    totalCount
    terms { text phrase synonyms }
    edges { cursor snippet titleHighlight node { id title kind status anonymous author { id } department { id } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const SIMILAR = `query($t: String!) { similarPosts(title: $t) { id title status } }`;

describe('search over GraphQL (FTS5)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(async () => {
    await t.close();
  });

  const titles = (r: { data: { search: { edges: { node: { title: string } }[] } } }) => r.data.search.edges.map((e) => e.node.title);

  it('finds posts by 2-character terms, full-width input and synonyms, all terms required', async () => {
    const { client } = await t.signedIn();
    const mk = (title: string, body: string, tags: string[] = []) => client.gql(CREATE_POST, { i: question({ title, body, tags }) });
    await mk('窓口の申請を電子化したい', '紙の申請書を減らしたいです。');
    await mk('研修の資料はどこにありますか', '新任研修の資料を探しています。');
    await mk('RPAでの入力作業', 'ｶﾅ氏名の入力をロボットに任せたい。', ['RPA']);
    await mk('個人番号の取り扱い', '個人番号を含む書類の保管方法を教えてください。');

    expect(titles(await client.gql(SEARCH, { q: '窓口' }))).toEqual(['窓口の申請を電子化したい']);
    expect(titles(await client.gql(SEARCH, { q: '申請 窓口' }))).toEqual(['窓口の申請を電子化したい']);
    expect(titles(await client.gql(SEARCH, { q: '窓口 研修' }))).toEqual([]);
    expect(titles(await client.gql(SEARCH, { q: 'ＲＰＡ' }))).toEqual(['RPAでの入力作業']);
    expect(titles(await client.gql(SEARCH, { q: 'カナ' }))).toEqual(['RPAでの入力作業']);
    const syn = await client.gql(SEARCH, { q: 'マイナンバー' });
    expect(titles(syn)).toEqual(['個人番号の取り扱い']);
    expect(syn.data.search.terms).toEqual([{ text: 'マイナンバー', phrase: false, synonyms: ['個人番号'] }]);
    const s = (await client.gql(SEARCH, { q: '研修' })).data.search;
    expect(s.totalCount).toBe(1);
    expect(s.edges[0].titleHighlight).toBe('<mark>研修</mark>の資料はどこにありますか');
    expect(s.edges[0].snippet).toContain('新任<mark>研修</mark>');
  });

  it('escapes user markup in snippets; only <mark> is ours', async () => {
    const { client } = await t.signedIn();
    await client.gql(CREATE_POST, { i: question({ title: 'エスケープ確認の投稿', body: '<img src=x onerror=alert(1)> と <b>太字</b> の中の脆弱性テスト' }) });
    const r = await client.gql(SEARCH, { q: '脆弱性テスト' });
    const snippet: string = r.data.search.edges[0].snippet;
    expect(snippet).toContain('&lt;b&gt;太字&lt;/b&gt;');
    expect(snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
  });

  it('never reveals an anonymous author, and a department filter never finds an anonymous post', async () => {
    const asker = await t.signedIn();
    const other = await t.signedIn({ departmentId: asker.user.departmentId });
    await asker.client.gql(CREATE_POST, { i: question({ title: '匿名での相談：人事評価の面談', body: '匿名で聞きたいことがあります。', anonymous: true }) });
    const r = await other.client.gql(SEARCH, { q: '人事評価' });
    expect(r.data.search.edges).toHaveLength(1);
    expect(r.data.search.edges[0].node).toMatchObject({ anonymous: true, author: null, department: null });
    const byDep = await other.client.gql(SEARCH, { q: '人事評価', filter: { departmentId: String(asker.user.departmentId) } });
    expect(byDep.data.search.totalCount).toBe(0);
    const byAuthor = await other.client.gql(SEARCH, { q: '人事評価', filter: { authorId: String(asker.user.id) } });
    expect(byAuthor.data.search.totalCount).toBe(0);
    expect(JSON.stringify(r.data)).not.toContain(String(asker.user.email));
  });

  it('drops deleted posts at once and follows edits and answers', async () => {
    const { client } = await t.signedIn();
    const p = (await client.gql(CREATE_POST, { i: question({ title: '消える予定の質問です', body: '削除確認用の本文' }) })).data.createPost;
    expect((await client.gql(SEARCH, { q: '削除確認用' })).data.search.totalCount).toBe(1);
    await client.gql(`mutation($i: UpdatePostInput!) { updatePost(input: $i) { id } }`, { i: { id: p.id, body: '書き換えた本文（編集確認）' } });
    expect((await client.gql(SEARCH, { q: '削除確認用' })).data.search.totalCount).toBe(0);
    expect((await client.gql(SEARCH, { q: '編集確認' })).data.search.totalCount).toBe(1);
    expect((await client.gql(`mutation($id: ID!) { deletePost(id: $id) }`, { id: p.id })).data.deletePost).toBe(true);
    expect((await client.gql(SEARCH, { q: '編集確認' })).data.search.totalCount).toBe(0);

    const asker = await t.signedIn();
    const answerer = await t.signedIn();
    const q = (await asker.client.gql(CREATE_POST, { i: question({ title: '公用車の予約方法', body: 'どうすればよいですか' }) })).data.createPost;
    const a = (await answerer.client.gql(CREATE_ANSWER, { i: { postId: q.id, body: '**施設予約システム**から予約できます。' } })).data.createAnswer;
    const found = await asker.client.gql(SEARCH, { q: '施設予約システム' });
    expect(titles(found)).toEqual(['公用車の予約方法']);
    expect(found.data.search.edges[0].snippet).toBe('<mark>施設予約システム</mark>から予約できます。');
    await asker.client.gql(ACCEPT, { id: a.id });
    const resolved = await asker.client.gql(SEARCH, { q: '公用車', filter: { status: 'RESOLVED' } });
    expect(resolved.data.search.edges[0].node.status).toBe('RESOLVED');
  });

  it('pages with cursors and filters by kind, tag and date', async () => {
    const { client } = await t.signedIn();
    const ids: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const r = await client.gql(CREATE_POST, { i: question({ title: `ページ送り確認 ${i}`, body: '共通語ページング', tags: i % 2 ? ['奇数'] : [] }) });
      ids.push(Number(r.data.createPost.id));
    }
    const first = (await client.gql(SEARCH, { q: 'ページング', first: 2 })).data.search;
    expect(first.totalCount).toBe(5);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await client.gql(SEARCH, { q: 'ページング', first: 2, after: first.pageInfo.endCursor })).data.search;
    const third = (await client.gql(SEARCH, { q: 'ページング', first: 2, after: second.pageInfo.endCursor })).data.search;
    const all = [...first.edges, ...second.edges, ...third.edges].map((e: { node: { id: string } }) => e.node.id);
    expect(new Set(all).size).toBe(5);
    expect(third.pageInfo.hasNextPage).toBe(false);
    // Same score: newest first.
    expect(first.edges[0].node.title).toBe('ページ送り確認 4');
    expect((await client.gql(SEARCH, { q: 'ページング', filter: { tag: '奇数' } })).data.search.totalCount).toBe(2);
    expect((await client.gql(SEARCH, { q: 'ページング', filter: { kind: 'CASE' } })).data.search.totalCount).toBe(0);
    // The JST days the posts were actually created on (not "today" read from the clock, which
    // may already be the next day when the 5 posts straddle midnight JST).
    const created = t.db.all<{ created_at: string }>(`SELECT created_at FROM post WHERE id IN (${ids.join(',')}) ORDER BY created_at`, []);
    const [from, to] = [created[0], created[created.length - 1]].map((p) => jstDate(new Date(p.created_at)));
    expect((await client.gql(SEARCH, { q: 'ページング', createdAt: { from, to } })).data.search.totalCount).toBe(5);
    expect(
      (await client.gql(SEARCH, { q: 'ページング', createdAt: { to: jstDate(new Date(Date.parse(created[0].created_at) - 86_400_000)) } })).data.search
        .totalCount,
    ).toBe(0);
    expect((await client.gql(SEARCH, { q: 'ページング', createdAt: { to: '2020-01-01' } })).data.search.totalCount).toBe(0);
  });

  it('rejects bad input with BAD_USER_INPUT and a Japanese message, and never breaks on FTS syntax', async () => {
    const { client } = await t.signedIn();
    for (const q of ['AND (', 'rpa*', 'NEAR(a b)', '"研修', "'; DROP TABLE post; --", '{title}: x', '窓口 OR']) {
      const r = await client.gql(SEARCH, { q });
      expect(r.errors).toBeUndefined();
    }
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ q: '"' }, /検索語を入力してください/],
      [{ q: '' }, /検索語を入力してください/],
      [{ q: 'あ'.repeat(201) }, /200文字以内/],
      [{ q: '窓口', first: 101 }, /first は0〜100/],
      [{ q: '窓口', after: 'garbage' }, /カーソル/],
      [{ q: '窓口', createdAt: { from: '2026-02-30' } }, /日付/],
      [{ q: '窓口', createdAt: { from: '2026/01/01' } }, /YYYY-MM-DD/],
    ];
    for (const [vars, msg] of cases) {
      const r = await client.gql(SEARCH, vars);
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors![0].message).toMatch(msg);
    }
  });

  it('requires sign-in', async () => {
    const r = await t.client().gql(SEARCH, { q: '窓口' });
    expect(codes(r)).toEqual(['UNAUTHENTICATED']);
  });

  it('suggests similar questions while typing a title, resolved ones marked', async () => {
    const asker = await t.signedIn();
    const answerer = await t.signedIn();
    const q = (await asker.client.gql(CREATE_POST, { i: question({ title: '住民票の写しをコンビニ交付に切り替えたい', body: '手順を知りたい' }) })).data
      .createPost;
    const a = (await answerer.client.gql(CREATE_ANSWER, { i: { postId: q.id, body: 'まず証明書交付センターに相談を。' } })).data.createAnswer;
    await asker.client.gql(ACCEPT, { id: a.id });
    const r = await answerer.client.gql(SIMILAR, { t: 'コンビニ交付の導入について' });
    expect(r.data.similarPosts[0]).toMatchObject({ id: q.id, status: 'RESOLVED' });
    expect((await answerer.client.gql(SIMILAR, { t: 'の' })).data.similarPosts).toEqual([]);
    const related = await answerer.client.gql(`query($id: ID!) { post(id: $id) { relatedPosts { id } } }`, { id: q.id });
    expect(related.data.post.relatedPosts.map((p: { id: string }) => p.id)).not.toContain(q.id);
  });

  describe('synonym dictionary', () => {
    const LIST = `{ searchSynonyms { id terms } }`;
    const CREATE = `mutation($t: [String!]!) { createSearchSynonymGroup(terms: $t) { id terms } }`;
    const UPDATE = `mutation($id: ID!, $t: [String!]!) { updateSearchSynonymGroup(id: $id, terms: $t) { id terms } }`;
    const DELETE = `mutation($id: ID!) { deleteSearchSynonymGroup(id: $id) }`;

    it('is seeded and readable by staff, editable by the DX office only', async () => {
      const staff = await t.signedIn();
      const dx = await t.signedIn({ role: 'DX_OFFICE' });
      const admin = await t.signedIn({ role: 'ADMIN' });
      const list = (await staff.client.gql(LIST)).data.searchSynonyms as { terms: string[] }[];
      expect(list.map((g) => g.terms)).toEqual(
        expect.arrayContaining([
          ['マイナンバー', '個人番号'],
          ['オンライン申請', '電子申請'],
        ]),
      );
      expect(codes(await staff.client.gql(CREATE, { t: ['公用車', '庁用車'] }))).toEqual(['FORBIDDEN']);
      expect(codes(await admin.client.gql(CREATE, { t: ['公用車', '庁用車'] }))).toEqual(['FORBIDDEN']);

      await staff.client.gql(CREATE_POST, { i: question({ title: '庁用車の鍵の管理', body: '鍵の貸出簿を電子化したい' }) });
      expect((await staff.client.gql(SEARCH, { q: '公用車 鍵' })).data.search.totalCount).toBe(0);
      const created = await dx.client.gql(CREATE, { t: ['公用車', '庁用車', ' 公用車 '] });
      expect(created.data.createSearchSynonymGroup.terms).toEqual(['公用車', '庁用車']);
      expect((await staff.client.gql(SEARCH, { q: '公用車 鍵' })).data.search.totalCount).toBe(1);

      const id = created.data.createSearchSynonymGroup.id;
      expect(codes(await staff.client.gql(UPDATE, { id, t: ['公用車'] }))).toEqual(['FORBIDDEN']);
      const one = await dx.client.gql(UPDATE, { id, t: ['公用車'] });
      expect(codes(one)).toEqual(['BAD_USER_INPUT']);
      expect(one.errors![0].message).toMatch(/2語以上/);
      const clash = await dx.client.gql(CREATE, { t: ['個人番号', 'ID'] });
      expect(codes(clash)).toEqual(['BAD_USER_INPUT']);
      expect(clash.errors![0].message).toMatch(/別の同義語グループ/);
      expect(codes(await staff.client.gql(DELETE, { id }))).toEqual(['FORBIDDEN']);
      expect((await dx.client.gql(DELETE, { id })).data.deleteSearchSynonymGroup).toBe(true);
      expect((await staff.client.gql(SEARCH, { q: '公用車 鍵' })).data.search.totalCount).toBe(0);
    });
  });
});
