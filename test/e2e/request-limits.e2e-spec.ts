import { ADD_COMMENT, type Client, codes, CREATE_ANSWER, CREATE_POST, question, TestApp, type TestUser } from '../support/test-app';

/**
 * Limits that apply before the expensive work (graphql-armor at parse/validation time, the
 * domain cost model before execution), writes counted per mutation field, and double submits
 * that create one thing.
 */

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9faf]/;

describe('request limits and double submit', () => {
  let t: TestApp;
  let staff: { user: TestUser; client: Client };
  const count = (table: string) => t.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`)!.n;

  beforeAll(async () => {
    t = await TestApp.start({ MUTATION_RATE_LIMIT: '40' });
    staff = await t.signedIn();
  });
  afterAll(() => t.close());

  const expectLimit = (r: { status: number; errors?: { message: string; extensions?: { code?: string } }[]; data: unknown }, pattern: RegExp) => {
    expect(r.status).toBe(400);
    expect(codes(r as never)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0].message).toMatch(pattern);
    expect(r.errors![0].message).toMatch(JAPANESE);
    expect(r.data ?? null).toBeNull();
  };

  describe('at parse time (signed out too)', () => {
    it('refuses a document of more than 1,000 tokens before validating it', async () => {
      const anon = t.client();
      // 1,100 fields, no aliases, no depth: only the token limit can refuse it
      const q = `{ me { ${Array.from({ length: 1_100 }, () => 'id').join(' ')} } }`;
      expectLimit(await anon.gql(q), /最大 1000 トークン/);
    });

    it('refuses a query string longer than 20,000 characters before the lexer sees it', async () => {
      const anon = t.client();
      const q = `{ me { id } } # ${'x'.repeat(20_100)}`;
      expectLimit(await anon.gql(q), /最大 20000 文字/);
    });

    it('refuses more than 10 directives', async () => {
      const q = `{ me { ${Array.from({ length: 11 }, () => `id @include(if: true)`).join(' ')} } }`;
      expectLimit(await staff.client.gql(q), /ディレクティブが多すぎます/);
    });

    it('counts depth through fragments like inline fields', async () => {
      const q = `{ post(id: "1") { ...A } }
        fragment A on Post { answers { post { answers { post { answers { post { answers { post { answers { id } } } } } } } } } }`;
      expectLimit(await staff.client.gql(q), /入れ子が深すぎます/);
    });

    it('keeps ordinary syntax errors as GRAPHQL_PARSE_FAILED (400)', async () => {
      const r = await staff.client.gql('{ me { id ');
      expect(r.status).toBe(400);
      expect(codes(r)).toEqual(['GRAPHQL_PARSE_FAILED']);
    });
  });

  describe('the cost model counts the expensive fields', () => {
    it('refuses 30 aliased markdownPreview calls, and the page-of-posts × relatedPosts fan-out', async () => {
      const body = `| ${'a | '.repeat(200)}\n| ${'- | '.repeat(200)}\n`;
      const previews = `query($b: String!) { ${Array.from({ length: 30 }, (_, i) => `p${i}: markdownPreview(body: $b)`).join(' ')} }`;
      expectLimit(await staff.client.gql(previews, { b: body }), /クエリが大きすぎます/);
      expectLimit(
        await staff.client.gql('{ posts(first: 15) { edges { node { relatedPosts(first: 100) { relatedPosts(first: 10) { id } } } } } }'),
        /クエリが大きすぎます/,
      );
    });

    it('still serves one preview', async () => {
      const r = await staff.client.gql('query($b: String!) { markdownPreview(body: $b) }', { b: '**太字**' });
      expect(r.data.markdownPreview).toContain('<strong>太字</strong>');
    });
  });

  describe('double submit creates one thing', () => {
    it('ten parallel createPost with one key create one post and all return it', async () => {
      const before = count('post');
      const i = question({ title: '二重送信のテスト', idempotencyKey: 'k-post-0000000001' });
      const rs = await Promise.all(Array.from({ length: 10 }, () => staff.client.gql(CREATE_POST, { i })));
      for (const r of rs) expect(r.errors).toBeUndefined();
      expect(new Set(rs.map((r) => r.data.createPost.id)).size).toBe(1);
      expect(count('post')).toBe(before + 1);
      // a new key is a new post
      const again = await staff.client.gql(CREATE_POST, { i: { ...i, idempotencyKey: 'k-post-0000000002' } });
      expect(again.data.createPost.id).not.toBe(rs[0].data.createPost.id);
      expect(count('post')).toBe(before + 2);
    });

    it('answers and comments too; the same key from another person is theirs alone', async () => {
      const other = await t.signedIn();
      const postId = (await staff.client.gql(CREATE_POST, { i: question() })).data.createPost.id;
      const answers = await Promise.all(
        Array.from({ length: 5 }, () => other.client.gql(CREATE_ANSWER, { i: { postId, body: '回答です', idempotencyKey: 'same-key-123' } })),
      );
      expect(new Set(answers.map((r) => r.data.createAnswer.id)).size).toBe(1);
      const comments = await Promise.all(
        Array.from({ length: 5 }, () =>
          other.client.gql(ADD_COMMENT, { i: { targetType: 'POST', targetId: postId, body: 'コメント', idempotencyKey: 'same-key-123' } }),
        ),
      );
      expect(new Set(comments.map((r) => r.data.addComment.id)).size).toBe(1);
      const mine = await staff.client.gql(ADD_COMMENT, { i: { targetType: 'POST', targetId: postId, body: 'コメント', idempotencyKey: 'same-key-123' } });
      expect(mine.data.addComment.id).not.toBe(comments[0].data.addComment.id);
      const post = await staff.client.gql('query($id: ID!) { post(id: $id) { answerCount commentCount } }', { id: postId });
      expect(post.data.post).toEqual({ answerCount: 1, commentCount: 2 });
    });

    it('refuses a malformed key with BAD_USER_INPUT and creates nothing', async () => {
      const before = count('post');
      const r = await staff.client.gql(CREATE_POST, { i: question({ idempotencyKey: 'short' }) });
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors![0].message).toMatch(JAPANESE);
      expect(count('post')).toBe(before);
    });
  });

  describe('the mutation rate limit counts mutation fields (limit 40 per minute here)', () => {
    it('30 aliased addComment count as 30 writes; a second batch of 30 is refused whole', async () => {
      const writer = await t.signedIn();
      const postId = (await writer.client.gql(CREATE_POST, { i: question() })).data.createPost.id; // 1
      const batch = `mutation($p: ID!) { ${Array.from({ length: 30 }, (_, i) => `c${i}: addComment(input: { targetType: POST, targetId: $p, body: "コメント${i}" }) { id }`).join(' ')} }`;
      const before = count('comment');
      const first = await writer.client.gql(batch, { p: postId }); // 31
      expect(first.errors).toBeUndefined();
      expect(count('comment')).toBe(before + 30);
      const second = await writer.client.gql(batch, { p: postId }); // 61 > 40
      expect(second.status).toBe(429);
      expect(codes(second)).toEqual(['RATE_LIMITED']);
      expect(second.errors![0].message).toMatch(JAPANESE);
      expect(count('comment')).toBe(before + 30);
      // and a single write is refused too while the window lasts
      const one = await writer.client.gql(ADD_COMMENT, { i: { targetType: 'POST', targetId: postId, body: 'もう一件' } });
      expect(codes(one)).toEqual(['RATE_LIMITED']);
    });
  });
});

describe('field suggestions in production', () => {
  it('does not say "Did you mean" to anyone in production', async () => {
    const p = await TestApp.start({ NODE_ENV: 'production', COOKIE_SECURE: 'false' });
    try {
      const r = await p.client().gql('{ mee { id } }');
      expect(r.status).toBe(400);
      expect(JSON.stringify(r.errors)).not.toMatch(/Did you mean/);
    } finally {
      await p.close();
    }
    const dev = await TestApp.start();
    try {
      // development keeps them, which is what a developer wants
      expect(JSON.stringify((await dev.client().gql('{ mee { id } }')).errors)).toMatch(/Did you mean/);
    } finally {
      await dev.close();
    }
  });
});
