import { OutboxService } from '../../src/modules/outbox/outbox.service';
import { IdeaStatus, PostKind } from '../../src/modules/posts/content.enums';
import { SearchIndexer } from '../../src/modules/search/search-indexer';
import { parseSearchQuery } from '../../src/modules/search/search-query';
import { type Client, codes, CREATE_POST, question, TestApp } from '../support/test-app';

const SEARCH = `query($q: String!, $filter: PostFilter) {
  search(query: $q, filter: $filter) { totalCount edges { node { id kind ideaStatus } } }
}`;
const SET_STATUS = 'mutation($p: ID!, $s: IdeaStatus!) { setIdeaStatus(postId: $p, status: $s) { id ideaStatus } }';
const STATUSES = [IdeaStatus.PROPOSED, IdeaStatus.UNDER_REVIEW, IdeaStatus.ADOPTED, IdeaStatus.DECLINED];

/**
 * Search by an idea's status (提案 / 検討中 / 採用 / 見送り) over HTTP: the filter, a status change
 * reaching the index (SQLite in the write's transaction, Meilisearch through the outbox when
 * MEILI_URL is set), the rebuild, and the refusal of another kind with a status.
 */
describe('search: ideas by their status', () => {
  let t: TestApp;
  let staff: Client;
  let dx: Client;

  beforeAll(async () => {
    t = await TestApp.start();
    staff = (await t.signedIn()).client;
    dx = (await t.signedIn({ role: 'DX_OFFICE' })).client;
  });
  afterAll(async () => {
    await t.close();
  });

  /** Delivers every outbox row, as the 1 s poller would (it may be mid-delivery: yield between attempts). */
  const deliverOutbox = async () => {
    const outbox = t.app.get(OutboxService);
    while (t.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM outbox WHERE processed_at IS NULL')!.n > 0) {
      await outbox.drain();
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  const post = async (kind: 'IDEA' | 'QUESTION', title: string): Promise<string> => {
    const r = await staff.gql(CREATE_POST, { i: question({ kind, title, body: `${title}についての投稿です。`, tags: [] }) });
    expect(r.errors).toBeUndefined();
    return r.data.createPost.id;
  };
  const setStatus = async (id: string, status: IdeaStatus) => {
    const r = await dx.gql(SET_STATUS, { p: id, s: status });
    expect(r.errors).toBeUndefined();
    expect(r.data.setIdeaStatus.ideaStatus).toBe(status);
  };
  /** The posts found (ids ascending); the count is the index's own, so nothing is found but left out. */
  const search = async (q: string, filter?: Record<string, unknown>) => {
    const r = await staff.gql(SEARCH, { q, filter });
    expect(r.errors).toBeUndefined();
    const nodes: { id: string; kind: string; ideaStatus: string | null }[] = r.data.search.edges.map((e: { node: unknown }) => e.node);
    expect(r.data.search.totalCount).toBe(nodes.length);
    return { ids: nodes.map((n) => n.id).sort((a, b) => Number(a) - Number(b)), nodes };
  };

  it('finds the ideas of each status, and only ideas', async () => {
    const word = 'タブレット会議';
    const ideas = {} as Record<IdeaStatus, string>;
    for (const s of STATUSES) ideas[s] = await post('IDEA', `${word}の提案（${s}）`);
    const q = await post('QUESTION', `${word}の始め方`);
    // An idea never given a status is 提案 (PROPOSED).
    for (const s of STATUSES.filter((x) => x !== IdeaStatus.PROPOSED)) await setStatus(ideas[s], s);
    await deliverOutbox();

    expect((await search(word)).ids).toEqual([...STATUSES.map((s) => ideas[s]), q]);
    expect((await search(word, { kind: PostKind.IDEA })).ids).toEqual(STATUSES.map((s) => ideas[s]));
    for (const s of STATUSES) {
      const found = await search(word, { ideaStatus: s });
      expect(found.ids).toEqual([ideas[s]]);
      expect(found.nodes).toEqual([{ id: ideas[s], kind: 'IDEA', ideaStatus: s }]);
      // The kind may be given too, as long as it is アイデア.
      expect((await search(word, { kind: PostKind.IDEA, ideaStatus: s })).ids).toEqual([ideas[s]]);
    }
  });

  it('follows a status change once the outbox has been delivered', async () => {
    const word = 'ペーパーレス決裁';
    const id = await post('IDEA', `${word}を全庁で`);
    const other = await post('IDEA', `${word}の研修を`);
    await deliverOutbox();
    expect((await search(word, { ideaStatus: IdeaStatus.PROPOSED })).ids).toEqual([id, other]);

    await setStatus(id, IdeaStatus.UNDER_REVIEW);
    // The change is a durable fact on the post: the outbox row Meilisearch is fed from.
    expect(
      t.db.all<{ n: number }>("SELECT id AS n FROM outbox WHERE topic = 'idea.statusChanged' AND aggregate_type = 'post' AND aggregate_id = ?", [Number(id)]),
    ).toHaveLength(1);
    await deliverOutbox();
    expect((await search(word, { ideaStatus: IdeaStatus.UNDER_REVIEW })).ids).toEqual([id]);
    expect((await search(word, { ideaStatus: IdeaStatus.PROPOSED })).ids).toEqual([other]);

    await setStatus(id, IdeaStatus.ADOPTED);
    await deliverOutbox();
    expect((await search(word, { ideaStatus: IdeaStatus.ADOPTED })).nodes).toEqual([{ id, kind: 'IDEA', ideaStatus: 'ADOPTED' }]);
    expect((await search(word, { ideaStatus: IdeaStatus.UNDER_REVIEW })).ids).toEqual([]);

    // Back to 提案 is a change like any other.
    await setStatus(id, IdeaStatus.PROPOSED);
    await deliverOutbox();
    expect((await search(word, { ideaStatus: IdeaStatus.PROPOSED })).ids).toEqual([id, other]);
    expect((await search(word, { ideaStatus: IdeaStatus.ADOPTED })).ids).toEqual([]);
  });

  it('refuses another kind together with a status (BAD_USER_INPUT, in Japanese)', async () => {
    for (const kind of [PostKind.QUESTION, PostKind.CASE]) {
      const r = await staff.gql(SEARCH, { q: '会議', filter: { kind, ideaStatus: IdeaStatus.ADOPTED } });
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors![0].message).toBe('アイデアの状況で絞り込むときは、種類を「アイデア」にするか、種類の指定を外してください。');
      expect(r.errors![0].extensions?.field).toBe('filter.ideaStatus');
      expect(r.data).toBeNull();
    }
    // An unknown status is refused by the schema.
    expect(codes(await staff.gql(SEARCH, { q: '会議', filter: { ideaStatus: 'MAYBE' } }))).toEqual(['BAD_USER_INPUT']);
  });

  it('is rebuilt by the index rebuild (search:reindex) from the posts', async () => {
    const word = 'オープンデータ公開';
    const id = await post('IDEA', `${word}の提案`);
    await setStatus(id, IdeaStatus.DECLINED);
    // Asked of the SQLite index itself: with MEILI_URL the GraphQL search reads Meilisearch.
    const fts = t.app.get(SearchIndexer).fts;
    const found = async (ideaStatus: IdeaStatus) =>
      (await fts.search({ terms: parseSearchQuery(word), filters: { kind: PostKind.IDEA, ideaStatus }, limit: 10, after: null })).hits.map((h) => String(h.id));
    expect(await found(IdeaStatus.DECLINED)).toEqual([id]);
    // Lost from the index (as after a failed write), then rebuilt from the posts.
    t.db.run('UPDATE search_doc SET idea_status = NULL WHERE post_id = ?', [Number(id)]);
    expect(await found(IdeaStatus.DECLINED)).toEqual([]);
    t.app.get(SearchIndexer).rebuild();
    expect(await found(IdeaStatus.DECLINED)).toEqual([id]);
    expect(await found(IdeaStatus.PROPOSED)).toEqual([]);
  });
});
