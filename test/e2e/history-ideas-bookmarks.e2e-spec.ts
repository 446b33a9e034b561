import { OutboxService } from '../../src/modules/outbox/outbox.service';
import { type Client, CREATE_ANSWER, CREATE_POST, codes, question, TestApp, type TestUser } from '../support/test-app';

/**
 * #13 items 4, 5 and 7 over HTTP: the edit history (who edited, anonymity, rollback by the DX
 * office), ideas' status (who may set it, history, notification, feed filter) and bookmarks
 * (private, newest first, hidden posts left out).
 */

const REVISIONS = `query($id: ID!) { post(id: $id) {
  id title body revisionCount
  revisions { id number editedAt editor { id displayName } editorLabel byAnonymousAsker title body restoredFrom }
  answers { id body revisionCount revisions { id number editor { id displayName } editorLabel byAnonymousAsker title body restoredFrom } }
} }`;
const UPDATE_POST = 'mutation($i: UpdatePostInput!) { updatePost(input: $i) { id title body } }';
const UPDATE_ANSWER = 'mutation($i: UpdateAnswerInput!) { updateAnswer(input: $i) { id body } }';
const ROLLBACK_POST = 'mutation($p: ID!, $r: ID!) { rollbackPost(postId: $p, revisionId: $r) { id title body revisionCount } }';
const ROLLBACK_ANSWER = 'mutation($a: ID!, $r: ID!) { rollbackAnswer(answerId: $a, revisionId: $r) { id body revisionCount } }';
const SET_STATUS = `mutation($p: ID!, $s: IdeaStatus!, $n: String) { setIdeaStatus(postId: $p, status: $s, note: $n) {
  id ideaStatus ideaStatusNote ideaStatusChangedAt viewerCanSetIdeaStatus ideaStatusChanges { status previousStatus note changedBy { id } }
} }`;
const BOOKMARKS = `query($first: Int, $after: String) { bookmarks(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id title bookmarked } }
} }`;

async function ok<T = any>(c: Client, q: string, v: Record<string, unknown> = {}): Promise<T> {
  const r = await c.gql<T>(q, v);
  expect(r.errors).toBeUndefined();
  return r.data;
}

describe('history, ideas and bookmarks (#13)', () => {
  let t: TestApp;
  let dep: number;
  let otherDep: number;
  let staff: { user: TestUser; client: Client };
  let colleague: { user: TestUser; client: Client };
  let dx: { user: TestUser; client: Client };
  let manager: { user: TestUser; client: Client };
  let otherManager: { user: TestUser; client: Client };

  beforeAll(async () => {
    t = await TestApp.start();
    dep = t.newDepartment('市民課');
    otherDep = t.newDepartment('税務課');
    staff = await t.signedIn({ departmentId: dep, name: '職員 A' });
    colleague = await t.signedIn({ departmentId: otherDep, name: '職員 B' });
    dx = await t.signedIn({ role: 'DX_OFFICE', name: 'DX推進課 C' });
    manager = await t.signedIn({ role: 'MANAGER', departmentId: dep, manages: [dep], name: '市民課長' });
    otherManager = await t.signedIn({ role: 'MANAGER', departmentId: otherDep, manages: [otherDep], name: '税務課長' });
  });
  afterAll(() => t.close());

  describe('編集履歴', () => {
    it('lists every revision, newest first, with who edited and the text of each', async () => {
      const id = (await ok(staff.client, CREATE_POST, { i: question({ title: '住民票の交付申請', body: '窓口で受け付けています。' }) })).createPost.id;
      await ok(staff.client, UPDATE_POST, { i: { id, body: '窓口とオンラインで受け付けています。' } });
      await ok(dx.client, UPDATE_POST, { i: { id, title: '住民票の写しの交付申請' } });
      const post = (await ok(colleague.client, REVISIONS, { id })).post;
      expect(post.revisionCount).toBe(3);
      expect(post.revisions.map((r: any) => [r.number, r.editorLabel, r.title, r.body])).toEqual([
        [3, 'DX推進課 C', '住民票の写しの交付申請', '窓口とオンラインで受け付けています。'],
        [2, '職員 A', '住民票の交付申請', '窓口とオンラインで受け付けています。'],
        [1, '職員 A', '住民票の交付申請', '窓口で受け付けています。'],
      ]);
      expect(post.revisions[2].editor).toEqual({ id: String(staff.user.id), displayName: '職員 A' });
      // bounded: `first` caps the list, and more than the cap is refused
      const two = await ok(colleague.client, 'query($id: ID!) { post(id: $id) { revisions(first: 2) { number } } }', { id });
      expect(two.post.revisions.map((r: any) => r.number)).toEqual([3, 2]);
      const tooMany = await colleague.client.gql('query($id: ID!) { post(id: $id) { revisions(first: 51) { number } } }', { id });
      expect(codes(tooMany)).toContain('BAD_USER_INPUT');
    });

    it('an answer has its revisions too (no title)', async () => {
      const id = (await ok(staff.client, CREATE_POST, { i: question() })).createPost.id;
      const a = (await ok(colleague.client, CREATE_ANSWER, { i: { postId: id, body: 'LoGoフォームで作れます。' } })).createAnswer.id;
      await ok(colleague.client, UPDATE_ANSWER, { i: { id: a, body: 'LoGoフォームで作れます。電子署名も使えます。' } });
      const answer = (await ok(staff.client, REVISIONS, { id })).post.answers[0];
      expect(answer.revisionCount).toBe(2);
      expect(answer.revisions.map((r: any) => [r.number, r.editorLabel, r.title, r.body])).toEqual([
        [2, '職員 B', null, 'LoGoフォームで作れます。電子署名も使えます。'],
        [1, '職員 B', null, 'LoGoフォームで作れます。'],
      ]);
    });

    it('an anonymous asker’s own edits never name them, except to the asker; a moderator’s edit is named', async () => {
      const id = (await ok(staff.client, CREATE_POST, { i: question({ anonymous: true }) })).createPost.id;
      await ok(staff.client, UPDATE_POST, { i: { id, body: '書き直しました。' } });
      const own = (await ok(staff.client, CREATE_ANSWER, { i: { postId: id, body: '自己解決しました。' } })).createAnswer.id;
      await ok(staff.client, UPDATE_ANSWER, { i: { id: own, body: '自己解決しました（設定の見直し）。' } });
      await ok(dx.client, UPDATE_POST, { i: { id, title: '申請書のオンライン化（タイトル修正）' } });
      for (const observer of [colleague, dx, manager]) {
        const post = (await ok(observer.client, REVISIONS, { id })).post;
        const [moderated, ...asker] = post.revisions;
        expect(moderated.editorLabel).toBe('DX推進課 C');
        for (const r of [...asker, ...post.answers[0].revisions]) {
          expect(r).toMatchObject({ editor: null, editorLabel: '匿名の質問者', byAnonymousAsker: true });
        }
        expect(JSON.stringify(post)).not.toContain('職員 A');
      }
      const mine = (await ok(staff.client, REVISIONS, { id })).post;
      expect(mine.revisions[1]).toMatchObject({ editor: { id: String(staff.user.id) }, byAnonymousAsker: true });
    });

    it('hidden content’s revisions only to its author and the moderators', async () => {
      const id = (await ok(staff.client, CREATE_POST, { i: question() })).createPost.id;
      await ok(staff.client, UPDATE_POST, { i: { id, body: '第2版' } });
      await ok(dx.client, 'mutation($i: ModerationInput!) { hideContent(input: $i) }', { i: { targetType: 'POST', targetId: id, reason: '個人情報' } });
      expect((await ok(colleague.client, REVISIONS, { id })).post.revisions).toEqual([]);
      expect((await ok(staff.client, REVISIONS, { id })).post.revisions).toHaveLength(2);
      expect((await ok(dx.client, REVISIONS, { id })).post.revisions).toHaveLength(2);
    });

    it('the DX office rolls back: a new revision with the old content, audited; search follows; staff cannot', async () => {
      const id = (await ok(staff.client, CREATE_POST, { i: question({ title: '窓口の申請書', body: '元の本文です。' }) })).createPost.id;
      await ok(staff.client, UPDATE_POST, { i: { id, title: '荒らされたタイトル', body: '不適切な本文' } });
      const first = (await ok(dx.client, REVISIONS, { id })).post.revisions[1];
      expect(first.number).toBe(1);

      const refused = await staff.client.gql(ROLLBACK_POST, { p: id, r: first.id });
      expect(codes(refused)).toEqual(['FORBIDDEN']);
      const refusedManager = await manager.client.gql(ROLLBACK_POST, { p: id, r: first.id });
      expect(codes(refusedManager)).toEqual(['FORBIDDEN']);

      const rolled = (await ok(dx.client, ROLLBACK_POST, { p: id, r: first.id })).rollbackPost;
      expect(rolled).toMatchObject({ title: '窓口の申請書', body: '元の本文です。', revisionCount: 3 });
      const revisions = (await ok(colleague.client, REVISIONS, { id })).post.revisions;
      expect(revisions.map((r: any) => [r.number, r.restoredFrom, r.editorLabel])).toEqual([
        [3, 1, 'DX推進課 C'],
        [2, null, '職員 A'],
        [1, null, '職員 A'],
      ]);
      // the same content again is refused; a revision of another post is not found
      expect(codes(await dx.client.gql(ROLLBACK_POST, { p: id, r: first.id }))).toEqual(['BAD_USER_INPUT']);
      const other = (await ok(staff.client, CREATE_POST, { i: question() })).createPost.id;
      expect(codes(await dx.client.gql(ROLLBACK_POST, { p: other, r: first.id }))).toEqual(['NOT_FOUND']);

      const audit = t.db.all<{ action: string; target_id: number; actor_id: number; detail: string }>(
        "SELECT action, target_id, actor_id, detail FROM audit_log WHERE action = 'POST_ROLLED_BACK'",
      );
      expect(audit).toEqual([
        { action: 'POST_ROLLED_BACK', target_id: Number(id), actor_id: dx.user.id, detail: JSON.stringify({ restoredRevision: 1, revision: 3 }) },
      ]);
      // the same fact an edit emits: the search index has the restored title again
      const outbox = t.db.all<{ topic: string }>("SELECT topic FROM outbox WHERE aggregate_id = ? AND topic = 'post.updated'", [Number(id)]);
      expect(outbox).toHaveLength(2);
      const found = await ok(colleague.client, 'query { search(query: "荒らされた") { totalCount } }');
      expect(found.search.totalCount).toBe(0);
    });

    it('rolls back an answer too', async () => {
      const id = (await ok(staff.client, CREATE_POST, { i: question() })).createPost.id;
      const a = (await ok(colleague.client, CREATE_ANSWER, { i: { postId: id, body: '最初の回答' } })).createAnswer.id;
      await ok(colleague.client, UPDATE_ANSWER, { i: { id: a, body: '書き換えた回答' } });
      const first = (await ok(dx.client, REVISIONS, { id })).post.answers[0].revisions[1];
      expect(codes(await colleague.client.gql(ROLLBACK_ANSWER, { a, r: first.id }))).toEqual(['FORBIDDEN']);
      const rolled = (await ok(dx.client, ROLLBACK_ANSWER, { a, r: first.id })).rollbackAnswer;
      expect(rolled).toMatchObject({ body: '最初の回答', revisionCount: 3 });
      expect(t.db.get<{ n: number }>("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'ANSWER_ROLLED_BACK' AND target_id = ?", [Number(a)])!.n).toBe(1);
    });
  });

  describe('アイデアの状況', () => {
    const idea = (extra: Record<string, unknown> = {}) => ({
      kind: 'IDEA',
      title: '窓口の待ち人数をスマホで見たい',
      body: '番号札の状況を公開しては？',
      tags: ['窓口'],
      ...extra,
    });

    it('the DX office and the owning department’s manager set it; others, and non-ideas, are refused', async () => {
      const id = (await ok(staff.client, CREATE_POST, { i: idea() })).createPost.id;
      const fresh = (await ok(colleague.client, 'query($id: ID!) { post(id: $id) { ideaStatus ideaStatusNote viewerCanSetIdeaStatus } }', { id })).post;
      expect(fresh).toEqual({ ideaStatus: 'PROPOSED', ideaStatusNote: null, viewerCanSetIdeaStatus: false });
      expect((await ok(manager.client, 'query($id: ID!) { post(id: $id) { viewerCanSetIdeaStatus } }', { id })).post.viewerCanSetIdeaStatus).toBe(true);

      const reviewed = (await ok(dx.client, SET_STATUS, { p: id, s: 'UNDER_REVIEW', n: '市民課と相談中です' })).setIdeaStatus;
      expect(reviewed).toMatchObject({ ideaStatus: 'UNDER_REVIEW', ideaStatusNote: '市民課と相談中です', viewerCanSetIdeaStatus: true });
      const adopted = (await ok(manager.client, SET_STATUS, { p: id, s: 'ADOPTED', n: '来年度から導入します' })).setIdeaStatus;
      expect(adopted.ideaStatus).toBe('ADOPTED');
      expect(adopted.ideaStatusChanges).toEqual([
        { status: 'ADOPTED', previousStatus: 'UNDER_REVIEW', note: '来年度から導入します', changedBy: { id: String(manager.user.id) } },
        { status: 'UNDER_REVIEW', previousStatus: 'PROPOSED', note: '市民課と相談中です', changedBy: { id: String(dx.user.id) } },
      ]);

      for (const who of [staff, colleague, otherManager]) expect(codes(await who.client.gql(SET_STATUS, { p: id, s: 'DECLINED' }))).toEqual(['FORBIDDEN']);
      const q = (await ok(staff.client, CREATE_POST, { i: question() })).createPost.id;
      expect(codes(await dx.client.gql(SET_STATUS, { p: q, s: 'ADOPTED' }))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await dx.client.gql(SET_STATUS, { p: id, s: 'ADOPTED', n: 'あ'.repeat(501) }))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await dx.client.gql(SET_STATUS, { p: '999999', s: 'ADOPTED' }))).toEqual(['NOT_FOUND']);
      // a question is no idea: no status on it
      expect((await ok(staff.client, 'query($id: ID!) { post(id: $id) { ideaStatus } }', { id: q })).post.ideaStatus).toBeNull();

      const audit = t.db.all<{ actor_id: number }>("SELECT actor_id FROM audit_log WHERE action = 'IDEA_STATUS_CHANGED' AND target_id = ? ORDER BY id", [
        Number(id),
      ]);
      expect(audit.map((a) => a.actor_id)).toEqual([dx.user.id, manager.user.id]);
      expect(t.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM idea_status_change WHERE post_id = ?', [Number(id)])!.n).toBe(2);
    });

    it('the author is notified with the status and the note', async () => {
      const id = (await ok(staff.client, CREATE_POST, { i: idea({ title: 'ごみ分別アプリ' }) })).createPost.id;
      await ok(dx.client, SET_STATUS, { p: id, s: 'ADOPTED', n: '来年度予算で対応' });
      await t.app.get(OutboxService).drain();
      const list = (await ok(staff.client, '{ notifications(first: 20) { edges { node { kind message link } } } }')).notifications.edges.map(
        (e: any) => e.node,
      );
      expect(list).toContainEqual({
        kind: 'IDEA_STATUS_CHANGED',
        message: 'あなたのアイデア「ごみ分別アプリ」が「採用」になりました（来年度予算で対応）',
        link: `/posts/${id}`,
      });
    });

    it('the feed and search filter by status (an idea without one is 提案)', async () => {
      const a = (await ok(colleague.client, CREATE_POST, { i: idea({ title: 'フィルタ用 採用' }) })).createPost.id;
      const b = (await ok(colleague.client, CREATE_POST, { i: idea({ title: 'フィルタ用 提案' }) })).createPost.id;
      await ok(dx.client, SET_STATUS, { p: a, s: 'ADOPTED' });
      const FEED = 'query($s: IdeaStatus) { posts(first: 100, filter: { ideaStatus: $s }) { edges { node { id kind ideaStatus } } } }';
      const adopted = (await ok(staff.client, FEED, { s: 'ADOPTED' })).posts.edges.map((e: any) => e.node);
      expect(adopted.map((n: any) => n.id)).toContain(a);
      expect(adopted.map((n: any) => n.id)).not.toContain(b);
      expect(adopted.every((n: any) => n.kind === 'IDEA' && n.ideaStatus === 'ADOPTED')).toBe(true);
      const proposed = (await ok(staff.client, FEED, { s: 'PROPOSED' })).posts.edges.map((e: any) => e.node.id);
      expect(proposed).toContain(b);
      expect(proposed).not.toContain(a);
      // Search too (test/e2e/search-ideas.e2e-spec.ts covers it in full).
      const search = (await ok(staff.client, '{ search(query: "フィルタ用", filter: { ideaStatus: ADOPTED }) { edges { node { id } } } }')).search;
      expect(search.edges.map((e: any) => e.node.id)).toEqual([a]);
    });
  });

  describe('あとで読む', () => {
    it('toggles, lists newest first with pagination, and leaves hidden and deleted posts out', async () => {
      const { client: reader } = await t.signedIn({ departmentId: otherDep });
      const ids: string[] = [];
      for (const title of ['一つ目', '二つ目', '三つ目']) ids.push((await ok(staff.client, CREATE_POST, { i: question({ title }) })).createPost.id);
      const empty = (await ok(reader, BOOKMARKS)).bookmarks;
      expect(empty).toMatchObject({ totalCount: 0, edges: [] });
      for (const id of ids) expect((await ok(reader, 'mutation($p: ID!) { bookmark(postId: $p) }', { p: id })).bookmark).toBe(true);
      // a repeat keeps the first bookmark
      await ok(reader, 'mutation($p: ID!) { bookmark(postId: $p) }', { p: ids[0] });
      expect((await ok(reader, 'query($id: ID!) { post(id: $id) { bookmarked } }', { id: ids[1] })).post.bookmarked).toBe(true);
      expect((await ok(staff.client, 'query($id: ID!) { post(id: $id) { bookmarked } }', { id: ids[1] })).post.bookmarked).toBe(false);

      const page1 = (await ok(reader, BOOKMARKS, { first: 2 })).bookmarks;
      expect(page1.totalCount).toBe(3);
      expect(page1.edges.map((e: any) => e.node.title)).toEqual(['三つ目', '二つ目']);
      expect(page1.edges.every((e: any) => e.node.bookmarked)).toBe(true);
      expect(page1.pageInfo.hasNextPage).toBe(true);
      const page2 = (await ok(reader, BOOKMARKS, { first: 2, after: page1.pageInfo.endCursor })).bookmarks;
      expect(page2.edges.map((e: any) => e.node.title)).toEqual(['一つ目']);
      expect(page2.pageInfo.hasNextPage).toBe(false);

      expect((await ok(reader, 'mutation($p: ID!) { unbookmark(postId: $p) }', { p: ids[1] })).unbookmark).toBe(true);
      expect((await ok(reader, 'mutation($p: ID!) { unbookmark(postId: $p) }', { p: ids[1] })).unbookmark).toBe(true);
      await ok(staff.client, 'mutation($id: ID!) { deletePost(id: $id) }', { id: ids[2] });
      const after = (await ok(reader, BOOKMARKS)).bookmarks;
      expect(after.edges.map((e: any) => e.node.title)).toEqual(['一つ目']);
      expect(after.totalCount).toBe(1);
      expect(codes(await reader.gql('mutation { bookmark(postId: "999999") }'))).toEqual(['NOT_FOUND']);
    });

    it('is private: nobody else sees who bookmarked what, and nothing counts it', async () => {
      const id = (await ok(staff.client, CREATE_POST, { i: question({ title: '非公開のしおり' }) })).createPost.id;
      await ok(colleague.client, 'mutation($p: ID!) { bookmark(postId: $p) }', { p: id });
      // the author, a manager and the DX office see nothing of it
      for (const who of [staff, manager, dx]) {
        expect((await ok(who.client, 'query($id: ID!) { post(id: $id) { bookmarked } }', { id })).post.bookmarked).toBe(false);
        expect((await ok(who.client, BOOKMARKS)).bookmarks.edges.map((e: any) => e.node.id)).not.toContain(id);
      }
      // no fact, no notification, no outbox row
      expect(t.db.get<{ n: number }>("SELECT COUNT(*) AS n FROM outbox WHERE topic LIKE '%bookmark%'")!.n).toBe(0);
      expect(t.db.get<{ n: number }>("SELECT COUNT(*) AS n FROM audit_log WHERE target_id = ? AND action LIKE '%BOOKMARK%'", [Number(id)])!.n).toBe(0);
      expect(codes(await t.client().gql(BOOKMARKS))).toEqual(['UNAUTHENTICATED']);
    });
  });
});
