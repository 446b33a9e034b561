import { verifyLedger } from '../../src/modules/ledger/ledger-verifier';
import { ACCEPT, ADD_COMMENT, codes, CREATE_ANSWER, CREATE_POST, question, REACT, TestApp, UNACCEPT, UNREACT } from '../support/test-app';

describe('Q&A over GraphQL (real HTTP, real SQLite file)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(async () => {
    // Every action in this suite must have left a consistent ledger.
    expect(verifyLedger(t.db).differences).toEqual([]);
    await t.close();
  });

  const ledger = (userId: number) =>
    t.db.all<{ kind: string; delta: number; points: number; department_id: number }>(
      'SELECT kind, delta, points, department_id FROM contribution WHERE user_id = ? ORDER BY id',
      [userId],
    );

  it('asks, answers, cheers and accepts: the question is resolved and every step is in the ledger', async () => {
    const asker = await t.signedIn();
    const answerer = await t.signedIn();
    const cheerer = await t.signedIn();

    const created = await asker.client.gql(CREATE_POST, { i: question({ tags: ['ＲＰＡ', 'rpa', ' 窓口 '] }) });
    expect(created.errors).toBeUndefined();
    const post = created.data.createPost;
    expect(post).toMatchObject({ kind: 'QUESTION', status: 'OPEN', anonymous: false, author: { id: String(asker.user.id) } });
    expect(post.tags.map((x: { name: string }) => x.name).sort()).toEqual(['RPA', '窓口']);

    const ans = await answerer.client.gql(CREATE_ANSWER, { i: { postId: post.id, body: '**LoGoフォーム**で作れます。' } });
    expect(ans.errors).toBeUndefined();
    const answerId = ans.data.createAnswer.id;

    const cheer = await cheerer.client.gql(REACT, { i: { targetType: 'ANSWER', targetId: answerId, stamp: 'CHEER' } });
    expect(cheer.data.react).toEqual({ cheer: 1, helpful: 0, thanks: 0, viewerStamps: ['CHEER'] });

    const accepted = await asker.client.gql(ACCEPT, { id: answerId });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.acceptAnswer).toMatchObject({ status: 'RESOLVED', acceptedAnswer: { id: answerId } });

    const view = await cheerer.client.gql(
      `query($id: ID!) { post(id: $id) { status answerCount answers { id accepted bodyHtml reactions { cheer viewerStamps } } } }`,
      { id: post.id },
    );
    expect(view.data.post.status).toBe('RESOLVED');
    expect(view.data.post.answers[0]).toMatchObject({ id: answerId, accepted: true, reactions: { cheer: 1, viewerStamps: ['CHEER'] } });
    expect(view.data.post.answers[0].bodyHtml).toContain('<strong>LoGoフォーム</strong>');

    expect(ledger(asker.user.id).map((e) => e.kind)).toEqual(['QUESTION_POSTED']);
    expect(ledger(answerer.user.id).map((e) => [e.kind, e.delta])).toEqual([
      ['ANSWER_POSTED', 1],
      ['STAMP_RECEIVED', 1],
      ['ANSWER_ACCEPTED', 1],
    ]);
    expect(ledger(answerer.user.id).every((e) => e.department_id === answerer.user.departmentId)).toBe(true);
    expect(ledger(cheerer.user.id).map((e) => e.kind)).toEqual(['STAMP_GIVEN']);

    // Unaccepting withdraws the points with a compensating entry, never an edit.
    const un = await asker.client.gql(UNACCEPT, { id: post.id });
    expect(un.data.unacceptAnswer).toMatchObject({ status: 'OPEN', acceptedAnswer: null });
    expect(ledger(answerer.user.id).slice(-1)[0]).toMatchObject({ kind: 'ANSWER_ACCEPTED', delta: -1, points: -15 });
  });

  it('lets only the asker or the DX office accept', async () => {
    const asker = await t.signedIn();
    const other = await t.signedIn();
    const dx = await t.signedIn({ role: 'DX_OFFICE' });
    const post = (await asker.client.gql(CREATE_POST, { i: question() })).data.createPost;
    const a = (await other.client.gql(CREATE_ANSWER, { i: { postId: post.id, body: '回答です' } })).data.createAnswer;
    const denied = await other.client.gql(ACCEPT, { id: a.id });
    expect(codes(denied)).toEqual(['FORBIDDEN']);
    expect(denied.errors![0].message).toMatch(/質問者とDX推進課/);
    const ok = await dx.client.gql(ACCEPT, { id: a.id });
    expect(ok.data.acceptAnswer.status).toBe('RESOLVED');
  });

  it('keeps one stamp per person, target and kind even under 20 concurrent identical calls', async () => {
    const author = await t.signedIn();
    const fan = await t.signedIn();
    const post = (await author.client.gql(CREATE_POST, { i: question() })).data.createPost;
    const input = { i: { targetType: 'POST', targetId: post.id, stamp: 'CHEER' } };
    const results = await Promise.all(Array.from({ length: 20 }, () => fan.client.gql(REACT, input)));
    expect(results.every((r) => !r.errors)).toBe(true);
    expect(t.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM reaction WHERE target_type = ? AND target_id = ?', ['POST', Number(post.id)])!.n).toBe(1);
    expect(t.db.get<{ n: number }>("SELECT COUNT(*) AS n FROM contribution WHERE kind = 'STAMP_RECEIVED' AND target_id = ?", [Number(post.id)])!.n).toBe(1);
    const view = await fan.client.gql('query($id: ID!) { post(id: $id) { reactions { cheer viewerStamps } } }', { id: post.id });
    expect(view.data.post.reactions).toEqual({ cheer: 1, viewerStamps: ['CHEER'] });

    const off = await fan.client.gql(UNREACT, input);
    expect(off.data.unreact).toMatchObject({ cheer: 0, viewerStamps: [] });
    const again = await fan.client.gql(UNREACT, input);
    expect(again.data.unreact.cheer).toBe(0);
  });

  it('refuses stamps on your own content', async () => {
    const author = await t.signedIn();
    const post = (await author.client.gql(CREATE_POST, { i: question() })).data.createPost;
    const r = await author.client.gql(REACT, { i: { targetType: 'POST', targetId: post.id, stamp: 'THANKS' } });
    expect(codes(r)).toEqual(['FORBIDDEN']);
    expect(r.errors![0].message).toBe('自分の投稿にはスタンプを押せません。');
  });

  it('hides the author of an anonymous question from everyone but the asker; a moderator reveals it on purpose, audited once per reveal', async () => {
    const asker = await t.signedIn();
    const colleague = await t.signedIn();
    const dx = await t.signedIn({ role: 'DX_OFFICE' });
    const post = (await asker.client.gql(CREATE_POST, { i: question({ anonymous: true, title: '今さら聞けない LGWAN の基本' }) })).data.createPost;
    const q = 'query($id: ID!) { post(id: $id) { anonymous author { id } department { id } } }';
    const reveals = () =>
      t.db.all<{ actor_id: number; target_id: number; detail: string }>(
        "SELECT actor_id, target_id, detail FROM audit_log WHERE action = 'ANONYMOUS_AUTHOR_REVEALED'",
      );

    expect((await colleague.client.gql(q, { id: post.id })).data.post).toEqual({ anonymous: true, author: null, department: null });
    const feed = await colleague.client.gql('{ posts(first: 50) { edges { node { id author { id } } } } }');
    expect(feed.data.posts.edges.find((e: any) => e.node.id === post.id).node.author).toBeNull();
    const byAuthor = await colleague.client.gql('query($a: ID!) { posts(filter: { authorId: $a }) { totalCount } }', { a: String(asker.user.id) });
    expect(byAuthor.data.posts.totalCount).toBe(0);
    expect((await asker.client.gql(q, { id: post.id })).data.post.author).toEqual({ id: String(asker.user.id) });

    // A moderator sees 「匿名」 like everyone else, and reading writes no audit row.
    expect((await dx.client.gql(q, { id: post.id })).data.post).toEqual({ anonymous: true, author: null, department: null });
    const dxByAuthor = await dx.client.gql('query($a: ID!) { posts(filter: { authorId: $a }) { totalCount } }', { a: String(asker.user.id) });
    expect(dxByAuthor.data.posts.totalCount).toBe(0);
    expect(reveals()).toEqual([]);

    // Revealing needs a reason, and each reveal writes exactly one audit row with it.
    const REVEAL = 'mutation($p: ID!, $r: String!) { revealAnonymousAuthor(postId: $p, reason: $r) { id displayName } }';
    const noReason = await dx.client.gql(REVEAL, { p: post.id, r: '  ' });
    expect(codes(noReason)).toEqual(['BAD_USER_INPUT']);
    expect(reveals()).toEqual([]);
    const byStaff = await colleague.client.gql(REVEAL, { p: post.id, r: '興味本位' });
    expect(codes(byStaff)).toEqual(['FORBIDDEN']);
    const revealed = await dx.client.gql(REVEAL, { p: post.id, r: '個人情報を含む投稿のため本人に連絡する' });
    expect(revealed.data.revealAnonymousAuthor.id).toBe(String(asker.user.id));
    expect(reveals()).toEqual([
      { actor_id: dx.user.id, target_id: Number(post.id), detail: JSON.stringify({ reason: '個人情報を含む投稿のため本人に連絡する' }) },
    ]);
    await dx.client.gql(REVEAL, { p: post.id, r: '再確認' });
    expect(reveals()).toHaveLength(2);
    // Revealing does not change what the post shows.
    expect((await dx.client.gql(q, { id: post.id })).data.post.author).toBeNull();
  });

  it('pages through the feed with cursors and filters by kind, tag, status and unanswered', async () => {
    const author = await t.signedIn();
    const answerer = await t.signedIn();
    const tag = `ページ${Date.now()}`;
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push((await author.client.gql(CREATE_POST, { i: question({ title: `質問 ${i}`, tags: [tag] }) })).data.createPost.id);
    }
    await author.client.gql(CREATE_POST, { i: { kind: 'IDEA', title: 'アイデア', body: '本文', tags: [tag] } });
    await answerer.client.gql(CREATE_ANSWER, { i: { postId: ids[0], body: '回答' } });

    const page = (after?: string) =>
      author.client.gql(
        'query($a: String, $t: String) { posts(first: 2, after: $a, filter: { tag: $t, kind: QUESTION }) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }',
        { a: after, t: tag.toUpperCase() },
      );
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const r = await page(after);
      expect(r.data.posts.totalCount).toBe(5);
      seen.push(...r.data.posts.edges.map((e: any) => e.node.id));
      if (!r.data.posts.pageInfo.hasNextPage) break;
      after = r.data.posts.pageInfo.endCursor;
    }
    expect(seen).toEqual([...ids].reverse());

    const unanswered = await author.client.gql('query($t: String) { posts(filter: { tag: $t, unanswered: true }) { totalCount } }', { t: tag });
    expect(unanswered.data.posts.totalCount).toBe(4);
    const bad = await author.client.gql('{ posts(after: "garbage") { totalCount } }');
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
  });

  it('keeps revisions on edit and hides soft-deleted posts', async () => {
    const author = await t.signedIn();
    const post = (await author.client.gql(CREATE_POST, { i: question() })).data.createPost;
    const upd = await author.client.gql('mutation($i: UpdatePostInput!) { updatePost(input: $i) { title tags { name } } }', {
      i: { id: post.id, title: '（修正）窓口の申請書をオンライン化したい', tags: ['LoGoフォーム'] },
    });
    expect(upd.data.updatePost).toEqual({ title: '（修正）窓口の申請書をオンライン化したい', tags: [{ name: 'LoGoフォーム' }] });
    const revs = t.db.all<{ revision: number; title: string }>('SELECT revision, title FROM post_revision WHERE post_id = ? ORDER BY revision', [
      Number(post.id),
    ]);
    expect(revs.map((r) => r.title)).toEqual(['窓口の申請書をオンライン化したい', '（修正）窓口の申請書をオンライン化したい']);

    expect((await author.client.gql('mutation($id: ID!) { deletePost(id: $id) }', { id: post.id })).data.deletePost).toBe(true);
    expect((await author.client.gql('query($id: ID!) { post(id: $id) { id } }', { id: post.id })).data.post).toBeNull();
    expect(ledger(author.user.id).slice(-1)[0]).toMatchObject({ kind: 'QUESTION_POSTED', delta: -1 });
  });

  it('does not let authors delete a post someone already answered', async () => {
    const author = await t.signedIn();
    const other = await t.signedIn();
    const post = (await author.client.gql(CREATE_POST, { i: question() })).data.createPost;
    await other.client.gql(CREATE_ANSWER, { i: { postId: post.id, body: '回答' } });
    const r = await author.client.gql('mutation($id: ID!) { deletePost(id: $id) }', { id: post.id });
    expect(codes(r)).toEqual(['FORBIDDEN']);
  });

  it('posts a structured case and comments on it', async () => {
    const author = await t.signedIn();
    const reader = await t.signedIn();
    const c = await author.client.gql(
      'mutation($i: CreatePostInput!) { createPost(input: $i) { id kind caseDetails { problem solution effect hoursSavedPerYear tools } } }',
      {
        i: {
          kind: 'CASE',
          title: 'AI-OCRで申請書入力を自動化',
          body: '概要',
          tags: ['AI-OCR'],
          caseDetails: {
            problem: '手入力が多い',
            solution: 'AI-OCRとRPA',
            effect: '入力時間を削減',
            hoursSavedPerYear: 420,
            tools: ['AI-OCR', 'ＵｉＰａｔｈ', 'UiPath'],
          },
        },
      },
    );
    expect(c.errors).toBeUndefined();
    expect(c.data.createPost.caseDetails).toEqual({
      problem: '手入力が多い',
      solution: 'AI-OCRとRPA',
      effect: '入力時間を削減',
      hoursSavedPerYear: 420,
      tools: ['AI-OCR', 'UiPath'],
    });
    const missing = await author.client.gql(CREATE_POST, { i: { kind: 'CASE', title: '事例', body: '本文' } });
    expect(codes(missing)).toEqual(['BAD_USER_INPUT']);

    const cm = await reader.client.gql(ADD_COMMENT, { i: { targetType: 'POST', targetId: c.data.createPost.id, body: '参考になります！' } });
    expect(cm.errors).toBeUndefined();
    const view = await reader.client.gql('query($id: ID!) { post(id: $id) { commentCount comments { body author { id } } } }', { id: c.data.createPost.id });
    expect(view.data.post).toEqual({ commentCount: 1, comments: [{ body: '参考になります！', author: { id: String(reader.user.id) } }] });
  });

  describe('editing and deleting answers', () => {
    const UPDATE = 'mutation($i: UpdateAnswerInput!) { updateAnswer(input: $i) { id body bodyHtml } }';
    const DELETE = 'mutation($id: ID!) { deleteAnswer(id: $id) }';

    it('keeps revisions when the author edits, and refuses others', async () => {
      const asker = await t.signedIn();
      const answerer = await t.signedIn();
      const other = await t.signedIn();
      const post = (await asker.client.gql(CREATE_POST, { i: question() })).data.createPost;
      const a = (await answerer.client.gql(CREATE_ANSWER, { i: { postId: post.id, body: 'LoGoフォームで作れます' } })).data.createAnswer;
      const edited = await answerer.client.gql(UPDATE, { i: { id: a.id, body: 'LoGoフォームで作れます（**添付ファイルも可**）' } });
      expect(edited.data.updateAnswer.bodyHtml).toContain('<strong>添付ファイルも可</strong>');
      expect(t.db.all<{ body: string }>('SELECT body FROM answer_revision WHERE answer_id = ? ORDER BY revision', [Number(a.id)]).map((r) => r.body)).toEqual([
        'LoGoフォームで作れます',
        'LoGoフォームで作れます（**添付ファイルも可**）',
      ]);
      expect(codes(await other.client.gql(UPDATE, { i: { id: a.id, body: '書き換え' } }))).toEqual(['FORBIDDEN']);
      expect(codes(await answerer.client.gql(UPDATE, { i: { id: a.id, body: '   ' } }))).toEqual(['BAD_USER_INPUT']);
      const flags = await other.client.gql('query($id: ID!) { post(id: $id) { answers { viewerCanEdit viewerCanDelete viewerIsAuthor } } }', { id: post.id });
      expect(flags.data.post.answers[0]).toEqual({ viewerCanEdit: false, viewerCanDelete: false, viewerIsAuthor: false });
    });

    it('withdraws everything credited through a deleted answer, and protects the accepted one', async () => {
      const asker = await t.signedIn();
      const answerer = await t.signedIn();
      const fan = await t.signedIn();
      const dx = await t.signedIn({ role: 'DX_OFFICE' });
      const post = (await asker.client.gql(CREATE_POST, { i: question() })).data.createPost;
      const a = (await answerer.client.gql(CREATE_ANSWER, { i: { postId: post.id, body: '回答' } })).data.createAnswer;
      await fan.client.gql(REACT, { i: { targetType: 'ANSWER', targetId: a.id, stamp: 'HELPFUL' } });
      const c = (await fan.client.gql(ADD_COMMENT, { i: { targetType: 'ANSWER', targetId: a.id, body: '助かります' } })).data.addComment;
      await asker.client.gql(REACT, { i: { targetType: 'COMMENT', targetId: c.id, stamp: 'THANKS' } });
      await asker.client.gql(ACCEPT, { id: a.id });

      const denied = await answerer.client.gql(DELETE, { id: a.id });
      expect(codes(denied)).toEqual(['FORBIDDEN']);
      expect(denied.errors![0].message).toMatch(/ベストアンサー/);

      expect((await dx.client.gql(DELETE, { id: a.id })).data.deleteAnswer).toBe(true);
      const view = await asker.client.gql('query($id: ID!) { post(id: $id) { status answerCount acceptedAnswer { id } answers { id } } }', { id: post.id });
      expect(view.data.post).toEqual({ status: 'OPEN', answerCount: 0, acceptedAnswer: null, answers: [] });
      const net = (userId: number) =>
        t.db.get<{ n: number }>('SELECT COALESCE(SUM(points), 0) AS n FROM contribution WHERE user_id = ? AND answer_id = ?', [userId, Number(a.id)])!.n;
      expect([net(answerer.user.id), net(fan.user.id)]).toEqual([0, 0]);
      expect(codes(await fan.client.gql(REACT, { i: { targetType: 'COMMENT', targetId: c.id, stamp: 'CHEER' } }))).toEqual(['NOT_FOUND']);
      // the author can withdraw an answer that is not accepted
      const b = (await answerer.client.gql(CREATE_ANSWER, { i: { postId: post.id, body: '別の回答' } })).data.createAnswer;
      expect((await answerer.client.gql(DELETE, { id: b.id })).data.deleteAnswer).toBe(true);
      expect(codes(await answerer.client.gql(DELETE, { id: b.id }))).toEqual(['NOT_FOUND']);
    });
  });
});
