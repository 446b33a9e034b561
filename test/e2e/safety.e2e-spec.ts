import request from 'supertest';
import { ADD_COMMENT, type Client, codes, CREATE_ANSWER, CREATE_POST, type GqlResult, question, TestApp, type TestUser } from '../support/test-app';

/**
 * The defensive edges of the API: CSRF, abusive queries, input limits, garbage ids, error
 * hygiene, Markdown XSS, production hardening, security headers and oversized bodies.
 */

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9faf]/;
/** A JavaScript stack frame such as "at Foo.bar (/srv/app/x.js:1:2)" or "at /srv/app/x.js:1:2". */
const STACK_FRAME = /\bat (?:[\w$.<>[\] ]+ \()?(?:\/|[A-Za-z]:\\|node:)[^)\s]*:\d+:\d+/;

/** Every GraphQL response body seen in this file, checked for leaks at the end. */
const seen: { what: string; body: string }[] = [];

function record(what: string, body: unknown) {
  seen.push({ what, body: typeof body === 'string' ? body : JSON.stringify(body) });
}

/** Tables a rejected write must not touch. */
const TABLES = ['post', 'post_revision', 'post_tag', 'tag', 'answer', 'comment', 'reaction', 'contribution', 'outbox', 'audit_log'];

describe('safety', () => {
  let t: TestApp;
  let staff: { user: TestUser; client: Client };
  let dx: { user: TestUser; client: Client };

  const gql = async (c: Client, query: string, vars?: Record<string, unknown>): Promise<GqlResult> => {
    const r = await c.gql(query, vars);
    record(query.slice(0, 60), { data: r.data, errors: r.errors });
    return r;
  };
  const counts = () => Object.fromEntries(TABLES.map((tb) => [tb, t.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${tb}`)!.n]));
  const newPost = async (extra: Record<string, unknown> = {}) => {
    const r = await gql(staff.client, CREATE_POST, { i: question(extra) });
    expect(r.errors).toBeUndefined();
    return r.data.createPost.id as string;
  };

  beforeAll(async () => {
    t = await TestApp.start();
    staff = await t.signedIn();
    dx = await t.signedIn({ role: 'DX_OFFICE' });
  });
  afterAll(async () => {
    await t.close();
  });

  describe('CSRF prevention (Apollo)', () => {
    it('refuses a text/plain POST (a form or fetch without preflight) and executes nothing', async () => {
      const before = counts();
      const body = JSON.stringify({ query: CREATE_POST, variables: { i: question({ title: 'CSRFで作られた投稿' }) } });
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
        const res = await staff.client.agent.post('/graphql').set('content-type', type).send(body);
        record(`POST ${type}`, res.text);
        expect(res.status).toBe(400);
        expect(res.body.errors[0].extensions.code).toBe('BAD_REQUEST');
        expect(res.body.errors[0].message).toMatch(JAPANESE);
        expect(res.body.data).toBeUndefined();
      }
      expect(counts()).toEqual(before);
    });

    it('refuses a GET query without the apollo-require-preflight header, so a cross-site <img> or link runs nothing', async () => {
      // Queries have no side effects any more (a moderator reveals an anonymous author only with
      // a mutation), so what is checked is that the refused request returns nothing.
      const postId = await newPost({});
      const query = `{ post(id: "${postId}") { author { id } } }`;

      const refused = await dx.client.agent.get('/graphql').query({ query });
      record('GET without preflight', refused.text);
      expect(refused.status).toBe(400);
      expect(refused.body.errors[0].extensions.code).toBe('BAD_REQUEST');
      expect(refused.body.data).toBeUndefined();

      // The same request from the app itself (with the header) works, proving the header is what matters.
      const allowed = await dx.client.agent.get('/graphql').set('apollo-require-preflight', 'true').query({ query });
      expect(allowed.status).toBe(200);
      expect(allowed.body.data.post.author).toEqual({ id: String(staff.user.id) });
    });

    it('never runs a mutation sent as GET, even with the header', async () => {
      const c = await t.client().login(staff.user);
      const res = await c.agent.get('/graphql').set('apollo-require-preflight', 'true').query({ query: 'mutation { logout }' });
      record('GET mutation', res.text);
      expect(res.status).toBe(405);
      expect((await c.gql('{ me { id } }')).data.me).toEqual({ id: String(staff.user.id) });
    });
  });

  describe('query limits', () => {
    const expectLimit = (r: GqlResult, message: RegExp) => {
      expect(r.status).toBe(400);
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors![0].message).toMatch(message);
      expect(r.errors![0].message).toMatch(JAPANESE);
      expect(r.data ?? null).toBeNull();
    };

    function deep(levels: number, leaf = 'id'): string {
      let inner = leaf;
      for (let i = levels - 1; i >= 2; i--) inner = `${i % 2 === 0 ? 'answers' : 'post'} { ${inner} }`;
      return inner;
    }

    it('refuses a query nested deeper than 10 levels (post → answers → post → …)', async () => {
      const postId = await newPost();
      const r = await gql(staff.client, `{ post(id: "${postId}") { ${deep(12)} } }`);
      expectLimit(r, /^クエリの入れ子が深すぎます（最大 10 階層）。$/);
    });

    it('refuses a deeply nested mutation before it creates anything', async () => {
      const before = counts();
      const r = await gql(staff.client, `mutation($i: CreatePostInput!) { createPost(input: $i) { ${deep(12)} } }`, { i: question() });
      expectLimit(r, /入れ子が深すぎます/);
      expect(counts()).toEqual(before);
    });

    it('refuses more than 30 aliases — and 31 aliased mutations create nothing', async () => {
      const ok = await gql(staff.client, `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: me { id }`).join(' ')} }`);
      expect(ok.errors).toBeUndefined();
      expectLimit(
        await gql(staff.client, `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: me { id }`).join(' ')} }`),
        /^エイリアスが多すぎます（最大 30 個）。$/,
      );

      const before = counts();
      const spam = Array.from({ length: 31 }, (_, i) => `p${i}: createPost(input: $i) { id }`).join(' ');
      expectLimit(await gql(staff.client, `mutation($i: CreatePostInput!) { ${spam} }`, { i: question() }), /エイリアスが多すぎます/);
      expect(counts()).toEqual(before);
    });

    it('refuses a costly fan-out: 100 posts × answers × comments', async () => {
      const q = '{ posts(first: 100) { edges { node { answers { comments { author { displayName } } } } } } }';
      expectLimit(await gql(staff.client, q), /^クエリが大きすぎます（コスト \d+、上限 20000）。件数を減らしてください。$/);
    });

    it('reads the page size from variables too', async () => {
      const q = 'query($n: Int) { posts(first: $n) { edges { node { answers { comments { id } } } } } }';
      expectLimit(await gql(staff.client, q, { n: 100 }), /クエリが大きすぎます/);
      const small = await gql(staff.client, q, { n: 1 });
      expect(small.errors).toBeUndefined();
    });

    it.each([[1000], [101], [-1]])('refuses posts(first: %i) with a Japanese message', async (n) => {
      const r = await gql(staff.client, `{ posts(first: ${n}) { totalCount } }`);
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors![0].message).toBe('first は0〜100で指定してください。');
    });
  });

  describe('input limits: refused with a Japanese message, nothing written', () => {
    const long = (n: number, ch = 'あ') => ch.repeat(n);
    const cases: [string, () => Promise<Record<string, unknown>>, RegExp][] = [
      ['title over 150 characters', async () => ({ q: CREATE_POST, v: { i: question({ title: long(151) }) } }), /^タイトルは150文字以内で入力してください。$/],
      ['empty title', async () => ({ q: CREATE_POST, v: { i: question({ title: '' }) } }), /^タイトルを入力してください。$/],
      ['title of full-width spaces only', async () => ({ q: CREATE_POST, v: { i: question({ title: '　　　' }) } }), /^タイトルを入力してください。$/],
      ['empty body', async () => ({ q: CREATE_POST, v: { i: question({ body: ' \n ' }) } }), /^本文を入力してください。$/],
      ['6 tags', async () => ({ q: CREATE_POST, v: { i: question({ tags: ['a', 'b', 'c', 'd', 'e', 'f'] }) } }), /^タグは5個までです。$/],
      ['a tag over 30 characters', async () => ({ q: CREATE_POST, v: { i: question({ tags: [long(31)] }) } }), /^タグは30文字以内で入力してください。$/],
      [
        'a body over 20000 characters',
        async () => ({ q: CREATE_POST, v: { i: question({ body: long(20001) }) } }),
        /^本文は20000文字以内で入力してください。$/,
      ],
      ['a control character in the title', async () => ({ q: CREATE_POST, v: { i: question({ title: 'タイトル\u0000' }) } }), /制御文字/],
      [
        'an update with a title over 150 characters',
        async () => ({ q: 'mutation($i: UpdatePostInput!) { updatePost(input: $i) { id } }', v: { i: { id: await newPost(), title: long(151) } } }),
        /^タイトルは150文字以内で入力してください。$/,
      ],
      [
        'an answer over 20000 characters',
        async () => ({ q: CREATE_ANSWER, v: { i: { postId: await newPost(), body: long(20001) } } }),
        /^回答は20000文字以内で入力してください。$/,
      ],
      [
        'a comment over 2000 characters',
        async () => ({ q: ADD_COMMENT, v: { i: { targetType: 'POST', targetId: await newPost(), body: long(2001) } } }),
        /^コメントは2000文字以内で入力してください。$/,
      ],
      [
        'an empty comment',
        async () => ({ q: ADD_COMMENT, v: { i: { targetType: 'POST', targetId: await newPost(), body: '   ' } } }),
        /^コメントを入力してください。$/,
      ],
    ];

    it.each(cases)('%s', async (_name, make, message) => {
      const { q, v } = (await make()) as { q: string; v: Record<string, unknown> };
      const before = counts();
      const r = await gql(staff.client, q, v);
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors![0].message).toMatch(message);
      expect(r.data).toBeNull();
      expect(counts()).toEqual(before);
    });

    it('accepts exactly the limits, counting characters rather than UTF-16 units (𠮷 is one character)', async () => {
      const r = await gql(staff.client, CREATE_POST, {
        i: question({ title: '𠮷'.repeat(150), tags: ['一', '二', '三', '四', long(30, '𠮷')] }),
      });
      expect(r.errors).toBeUndefined();
      expect([...r.data.createPost.title]).toHaveLength(150);
      expect(r.data.createPost.tags).toHaveLength(5);
      const c = await gql(staff.client, ADD_COMMENT, { i: { targetType: 'POST', targetId: r.data.createPost.id, body: long(2000) } });
      expect(c.errors).toBeUndefined();
    });
  });

  describe('unknown and garbage ids', () => {
    it.each([['abc'], ['999999'], ['0'], ['-1'], ['1.5'], ['1e3'], [' 1'], ['99999999999999999999999']])('post(id: %p) → null, no error', async (id) => {
      const r = await gql(staff.client, 'query($id: ID!) { post(id: $id) { id } user(id: $id) { id } }', { id });
      expect(r.errors).toBeUndefined();
      expect(r.data).toEqual({ post: null, user: null });
    });

    it.each([
      ['acceptAnswer(answerId: "999999")', 'mutation { acceptAnswer(answerId: "999999") { id } }', '回答が見つかりません。'],
      ['acceptAnswer(answerId: "abc")', 'mutation { acceptAnswer(answerId: "abc") { id } }', '回答が見つかりません。'],
      ['unacceptAnswer(postId: "999999")', 'mutation { unacceptAnswer(postId: "999999") { id } }', '投稿が見つかりません。'],
      ['updatePost(id: "999999")', 'mutation { updatePost(input: { id: "999999", title: "x" }) { id } }', '投稿が見つかりません。'],
      ['deletePost(id: "abc")', 'mutation { deletePost(id: "abc") }', '投稿が見つかりません。'],
      ['createAnswer(postId: "999999")', 'mutation { createAnswer(input: { postId: "999999", body: "x" }) { id } }', '投稿が見つかりません。'],
      [
        'addComment on answer "999999"',
        'mutation { addComment(input: { targetType: ANSWER, targetId: "999999", body: "x" }) { id } }',
        '回答が見つかりません。',
      ],
      ['deleteComment(id: "999999")', 'mutation { deleteComment(id: "999999") }', 'コメントが見つかりません。'],
      ['react on post "abc"', 'mutation { react(input: { targetType: POST, targetId: "abc", stamp: CHEER }) { cheer } }', '投稿が見つかりません。'],
    ])('%s → NOT_FOUND', async (_name, q, message) => {
      const before = counts();
      const r = await gql(staff.client, q);
      expect(codes(r)).toEqual(['NOT_FOUND']);
      expect(r.errors![0].message).toBe(message);
      expect(counts()).toEqual(before);
    });

    it('a deleted post is gone for every mutation, not just hidden from the feed', async () => {
      const postId = await newPost();
      await gql(staff.client, 'mutation($id: ID!) { deletePost(id: $id) }', { id: postId });
      const r = await gql(dx.client, CREATE_ANSWER, { i: { postId, body: '遅れて回答' } });
      expect(codes(r)).toEqual(['NOT_FOUND']);
    });
  });

  describe('error messages', () => {
    it('a syntax error → GRAPHQL_PARSE_FAILED with a Japanese message', async () => {
      const r = await gql(staff.client, '{ posts { edges { node { id }');
      expect(r.status).toBe(400);
      expect(codes(r)).toEqual(['GRAPHQL_PARSE_FAILED']);
      expect(r.errors![0].message).toMatch(/^クエリの構文が正しくありません: /);
    });

    it('an unknown field → GRAPHQL_VALIDATION_FAILED with a Japanese message', async () => {
      const r = await gql(staff.client, '{ me { id passwordHash } }');
      expect(codes(r)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(r.errors![0].message).toMatch(/^クエリが正しくありません: /);
    });

    it('a variable of the wrong type → BAD_USER_INPUT with a Japanese explanation', async () => {
      const r = await gql(staff.client, 'query($n: Int) { posts(first: $n) { totalCount } }', { n: 'many' });
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors![0].message).toMatch(/^入力値が正しくありません: /);
    });

    it('an unexpected server error shows a generic Japanese message and no internals; the server log keeps the details', async () => {
      const c = await gql(staff.client, 'mutation($i: CreatePostInput!) { createPost(input: $i) { id } }', {
        i: { kind: 'CASE', title: '壊れた事例', body: '本文', caseDetails: { problem: 'p', solution: 's', effect: 'e', tools: ['RPA'] } },
      });
      const id = Number(c.data.createPost.id);
      t.db.run("UPDATE post SET case_tools = '{not json' WHERE id = ?", [id]);
      const logged: string[] = [];
      const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: any) => {
        logged.push(String(chunk));
        return true;
      });
      const stdoutSpy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: any) => {
        logged.push(String(chunk));
        return true;
      });
      let r: GqlResult;
      try {
        r = await gql(staff.client, `{ post(id: "${id}") { id caseDetails { tools } } }`);
      } finally {
        spy.mockRestore();
        stdoutSpy.mockRestore();
        t.db.run('UPDATE post SET case_tools = \'["RPA"]\' WHERE id = ?', [id]);
      }
      expect(codes(r)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(r.errors![0].message).toBe('サーバーで予期しないエラーが発生しました。時間をおいてもう一度お試しください。');
      expect(JSON.stringify(r.errors)).not.toMatch(/JSON|SyntaxError|SELECT|sqlite|\.ts|\.js/i);
      expect(logged.join('')).toMatch(/Unexpected error/);
    });
  });

  describe('Markdown bodies cannot inject script', () => {
    const PAYLOADS = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '[x](javascript:alert(1))',
      '[y](JaVaScRiPt:alert(1))',
      '[z](&#106;avascript:alert(1))',
      '<a href="javascript:alert(1)">a</a>',
      '[d](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
      '<javascript:alert(1)>',
      '![i](x" onerror="alert(1))',
      '<svg onload=alert(1)>',
      '<iframe src="https://evil.example/"></iframe>',
      '[v](vbscript:msgbox(1))',
    ];
    const BODY = PAYLOADS.join('\n\n');

    /** Tags actually present in the HTML (escaped text like &lt;script&gt; is not a tag). */
    function liveProblems(html: string): string[] {
      const problems: string[] = [];
      for (const tag of html.match(/<[a-zA-Z][^>]*>/g) ?? []) {
        const name = tag.match(/^<([a-zA-Z0-9]+)/)![1].toLowerCase();
        if (['script', 'img', 'svg', 'iframe', 'object', 'embed', 'style', 'link', 'meta', 'base', 'form'].includes(name)) problems.push(tag);
        if (/\son[a-z]+\s*=/i.test(tag)) problems.push(tag);
        if (/\b(?:href|src|action|formaction)\s*=\s*["']?\s*(?:javascript|data|vbscript):/i.test(tag)) problems.push(tag);
      }
      return problems;
    }

    it('in a post, an answer, a comment and the preview, shown as text and never as live markup', async () => {
      const postId = await newPost({ body: BODY });
      await gql(dx.client, CREATE_ANSWER, { i: { postId, body: BODY } });
      await gql(dx.client, ADD_COMMENT, { i: { targetType: 'POST', targetId: postId, body: BODY } });
      const r = await gql(
        staff.client,
        'query($id: ID!, $b: String!) { post(id: $id) { bodyHtml answers { bodyHtml } comments { bodyHtml } } markdownPreview(body: $b) }',
        {
          id: postId,
          b: BODY,
        },
      );
      expect(r.errors).toBeUndefined();
      const htmls = [r.data.post.bodyHtml, r.data.post.answers[0].bodyHtml, r.data.post.comments[0].bodyHtml, r.data.markdownPreview];
      for (const html of htmls) {
        expect(liveProblems(html)).toEqual([]);
        expect(html).not.toMatch(/<script|<img|<svg|<iframe/i);
        // What the person wrote stays visible as text.
        expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      }
      // Ordinary links keep working, hardened.
      const ok = await gql(staff.client, 'query($b: String!) { markdownPreview(body: $b) }', { b: '[手引き](https://example.lg.jp/guide)' });
      expect(ok.data.markdownPreview).toContain('<a href="https://example.lg.jp/guide" rel="noopener noreferrer nofollow" target="_blank">手引き</a>');
    });
  });

  describe('security headers', () => {
    const check = (h: Record<string, unknown>) => {
      const csp = String(h['content-security-policy'] ?? '');
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(h['x-content-type-options']).toBe('nosniff');
      expect(h['x-frame-options']).toBe('DENY');
      expect(h['x-powered-by']).toBeUndefined();
    };

    it('on GraphQL answers, GraphQL errors, refused requests and the health check', async () => {
      check((await gql(staff.client, '{ me { id } }')).headers);
      check((await gql(t.client(), '{ posts { totalCount } }')).headers);
      check((await gql(staff.client, '{ nope }')).headers);
      check((await staff.client.agent.post('/graphql').set('content-type', 'text/plain').send('{}')).headers);
      check((await request(t.url).get('/healthz')).headers);
    });

    it('also when the request body itself is refused (over 1 MB, or not JSON): a CSP and nosniff are still sent', async () => {
      for (const body of [JSON.stringify({ query: 'x', variables: { x: 'a'.repeat(1_100_000) } }), '{"query": ']) {
        const h = (await request(t.url).post('/graphql').set('content-type', 'application/json').send(body)).headers;
        expect(h['content-security-policy']).toMatch(/default-src '(none|self)'/);
        expect(h['x-content-type-options']).toBe('nosniff');
        expect(h['x-powered-by']).toBeUndefined();
      }
    });
  });

  describe('oversized and malformed bodies', () => {
    const huge = () => JSON.stringify({ query: '{ me { id } }', variables: { x: 'あ'.repeat(400_000) } }); // > 1 MB in UTF-8

    it('refuses a JSON body over 1 MB with 413 and keeps serving', async () => {
      const before = counts();
      const res = await staff.client.agent.post('/graphql').set('content-type', 'application/json').send(huge());
      expect(res.status).toBe(413);
      expect(counts()).toEqual(before);
      const next = await gql(staff.client, '{ me { id } }');
      expect(next.status).toBe(200);
      expect(next.data.me).toEqual({ id: String(staff.user.id) });
      const health = await request(t.url).get('/healthz');
      expect(health.body).toEqual({ status: 'ok' });
    });

    it('handles many oversized bodies at once without falling over', async () => {
      const results = await Promise.all(Array.from({ length: 10 }, () => request(t.url).post('/graphql').set('content-type', 'application/json').send(huge())));
      expect(results.map((r) => r.status)).toEqual(Array(10).fill(413));
      expect((await gql(staff.client, '{ me { id } }')).data.me).not.toBeNull();
    });

    it('explains a too-large body as a JSON error without a stack trace or server paths', async () => {
      const res = await request(t.url).post('/graphql').set('content-type', 'application/json').send(huge());
      expect(res.status).toBe(413);
      expect(res.text).not.toMatch(STACK_FRAME);
      expect(res.text).not.toContain('node_modules');
      expect(res.headers['content-type']).toMatch(/application\/json/);
      expect(res.body.errors?.[0]?.message).toMatch(JAPANESE);
    });

    it('explains a malformed JSON body without a stack trace or server paths', async () => {
      const res = await request(t.url).post('/graphql').set('content-type', 'application/json').send('{"query": ');
      expect(res.status).toBe(400);
      expect(res.text).not.toMatch(STACK_FRAME);
      expect(res.text).not.toContain('node_modules');
      expect(res.headers['content-type']).toMatch(/application\/json/);
      expect(res.body.errors?.[0]?.message).toMatch(JAPANESE);
    });
  });

  describe('introspection', () => {
    it('is available in development and test, for codegen', async () => {
      const r = await gql(t.client(), '{ __schema { queryType { name } } }');
      expect(r.errors).toBeUndefined();
      expect(r.data.__schema.queryType.name).toBe('Query');
    });
  });

  it('no GraphQL error response in this file carried a stack trace', () => {
    const errorsSeen = seen.filter((s) => s.body.includes('"errors"'));
    expect(errorsSeen.length).toBeGreaterThan(30);
    for (const s of seen) {
      expect({ what: s.what, stacktrace: s.body.includes('stacktrace') }).toEqual({ what: s.what, stacktrace: false });
      expect({ what: s.what, frame: STACK_FRAME.test(s.body) }).toEqual({ what: s.what, frame: false });
    }
  });
});

describe('production mode (NODE_ENV=production)', () => {
  let p: TestApp;
  beforeAll(async () => {
    // The test client talks plain HTTP, and production makes the session cookie Secure by
    // default (hardening.e2e-spec checks that); this block is about introspection and errors.
    p = await TestApp.start({ NODE_ENV: 'production', COOKIE_SECURE: 'false' });
  });
  afterAll(async () => {
    await p.close();
  });

  it('is accepted by the configuration loader', () => {
    // TestApp.start goes through loadConfig; reaching here means the app booted in production mode.
    expect(p.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it.each([
    ['__schema', '{ __schema { types { name } } }'],
    ['__type', '{ __type(name: "Post") { fields { name } } }'],
  ])('refuses introspection (%s), signed in or not, with a Japanese message', async (_name, q) => {
    const { client } = await p.signedIn();
    for (const c of [p.client(), client]) {
      const r = await c.gql(q);
      record(`prod ${q}`, { errors: r.errors });
      expect(r.status).toBe(400);
      expect(codes(r)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(r.errors![0].message).toMatch(/^クエリが正しくありません: /);
      expect(r.data ?? null).toBeNull();
      expect(JSON.stringify(r.errors)).not.toMatch(STACK_FRAME);
    }
  });

  it('still serves ordinary queries, with no stack traces in errors', async () => {
    const { client, user } = await p.signedIn();
    const r = await client.gql('{ me { id } __typename }');
    expect(r.data).toEqual({ me: { id: String(user.id) }, __typename: 'Query' });
    const bad = await client.gql('{ me { id ');
    expect(JSON.stringify(bad.errors)).not.toMatch(/stacktrace/);
    expect(JSON.stringify(bad.errors)).not.toMatch(STACK_FRAME);
  });
});
