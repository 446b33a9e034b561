import {
  ACCEPT,
  ADD_COMMENT,
  type Client,
  codes,
  CREATE_ANSWER,
  CREATE_POST,
  type GqlResult,
  question,
  REACT,
  TestApp,
  type TestUser,
  UNACCEPT,
  UNREACT,
} from '../support/test-app';

/**
 * Who may do what, over real HTTP: every mutation × every kind of caller, one named test
 * case each. A denied call must also leave the database as it was.
 */

type RoleKey = 'signedOut' | 'author' | 'other' | 'dx' | 'manager' | 'admin';
type Outcome = 'OK' | 'UNAUTHENTICATED' | 'FORBIDDEN';

const ROLES: RoleKey[] = ['signedOut', 'author', 'other', 'dx', 'manager', 'admin'];
const LABEL: Record<RoleKey, string> = {
  signedOut: 'signed out',
  author: 'STAFF (author)',
  other: 'STAFF (someone else)',
  dx: 'DX_OFFICE',
  manager: 'MANAGER (of the author’s department)',
  admin: 'ADMIN',
};

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9faf]/;

const UPDATE_POST = 'mutation($i: UpdatePostInput!) { updatePost(input: $i) { id title } }';
const DELETE_POST = 'mutation($id: ID!) { deletePost(id: $id) }';
const DELETE_COMMENT = 'mutation($id: ID!) { deleteComment(id: $id) }';
const LOGOUT = 'mutation { logout }';
const LOGIN = 'mutation($i: LoginInput!) { login(input: $i) { id role } }';
const ME = '{ me { id } }';

describe('authorization (every mutation × every role)', () => {
  let t: TestApp;
  let authorDept: number;
  const users = {} as Record<Exclude<RoleKey, 'signedOut'>, TestUser>;
  const clients = {} as Record<RoleKey, Client>;
  let answerer: { user: TestUser; client: Client };
  let n = 0;

  beforeAll(async () => {
    t = await TestApp.start();
    authorDept = t.newDepartment('情報政策課');
    const signed = {
      author: await t.signedIn({ role: 'STAFF', departmentId: authorDept }),
      other: await t.signedIn({ role: 'STAFF' }),
      dx: await t.signedIn({ role: 'DX_OFFICE' }),
      manager: await t.signedIn({ role: 'MANAGER', manages: [authorDept] }),
      admin: await t.signedIn({ role: 'ADMIN' }),
    };
    for (const [k, v] of Object.entries(signed) as [Exclude<RoleKey, 'signedOut'>, { user: TestUser; client: Client }][]) {
      users[k] = v.user;
      clients[k] = v.client;
    }
    clients.signedOut = t.client();
    answerer = await t.signedIn();
  });
  afterAll(async () => {
    await t.close();
  });

  const ok = async <T = any>(client: Client, query: string, vars?: Record<string, unknown>): Promise<T> => {
    const r = await client.gql(query, vars);
    if (r.errors) throw new Error(`fixture failed: ${JSON.stringify(r.errors)}`);
    return r.data as T;
  };
  const newPost = async () => (await ok(clients.author, CREATE_POST, { i: question({ title: `権限テスト ${++n}` }) })).createPost.id as string;
  const newAnswer = async (postId: string) => (await ok(answerer.client, CREATE_ANSWER, { i: { postId, body: '回答します' } })).createAnswer.id as string;
  const one = <T>(sql: string, params: unknown[] = []) => t.db.get<T>(sql, params)!;
  const postRow = (id: string) =>
    one<{ title: string; status: string; deleted_at: string | null; accepted_answer_id: number | null }>('SELECT * FROM post WHERE id = ?', [Number(id)]);

  interface Fixture {
    query: string;
    vars: Record<string, unknown>;
    /** What a user would see change; compared before/after. */
    observe: () => unknown;
    /** Extra checks on a successful call. */
    verify?: (r: GqlResult, as: RoleKey) => void | Promise<void>;
  }
  interface MutationCase {
    name: string;
    setup: (as: RoleKey) => Promise<Fixture>;
    expected: Record<RoleKey, Outcome>;
  }

  const ALL_SIGNED_IN: Record<RoleKey, Outcome> = { signedOut: 'UNAUTHENTICATED', author: 'OK', other: 'OK', dx: 'OK', manager: 'OK', admin: 'OK' };
  const AUTHOR_OR_MODERATOR: Record<RoleKey, Outcome> = {
    signedOut: 'UNAUTHENTICATED',
    author: 'OK',
    other: 'FORBIDDEN',
    dx: 'OK',
    manager: 'FORBIDDEN',
    admin: 'OK',
  };
  const ASKER_OR_DX: Record<RoleKey, Outcome> = {
    signedOut: 'UNAUTHENTICATED',
    author: 'OK',
    other: 'FORBIDDEN',
    dx: 'OK',
    manager: 'FORBIDDEN',
    admin: 'FORBIDDEN',
  };
  const NOT_OWN_CONTENT: Record<RoleKey, Outcome> = { signedOut: 'UNAUTHENTICATED', author: 'FORBIDDEN', other: 'OK', dx: 'OK', manager: 'OK', admin: 'OK' };

  const CASES: MutationCase[] = [
    {
      name: 'createPost',
      expected: ALL_SIGNED_IN,
      setup: async () => {
        const title = `新しい質問 ${++n}`;
        return {
          query: CREATE_POST,
          vars: { i: question({ title }) },
          observe: () => one<{ c: number }>('SELECT COUNT(*) AS c FROM post WHERE title = ?', [title]).c,
          verify: (r, as) => {
            expect(r.data.createPost).toMatchObject({ title, status: 'OPEN', author: { id: String(users[as as 'author'].id) } });
          },
        };
      },
    },
    {
      name: 'updatePost',
      expected: AUTHOR_OR_MODERATOR,
      setup: async () => {
        const id = await newPost();
        const title = `（修正）権限テスト ${++n}`;
        return {
          query: UPDATE_POST,
          vars: { i: { id, title } },
          observe: () => postRow(id).title,
          verify: (r) => expect(r.data.updatePost).toEqual({ id, title }),
        };
      },
    },
    {
      name: 'deletePost (no answers yet)',
      expected: AUTHOR_OR_MODERATOR,
      setup: async () => {
        const id = await newPost();
        return {
          query: DELETE_POST,
          vars: { id },
          observe: () => postRow(id).deleted_at !== null,
          verify: async (r) => {
            expect(r.data.deletePost).toBe(true);
            expect((await clients.other.gql('query($id: ID!) { post(id: $id) { id } }', { id })).data.post).toBeNull();
          },
        };
      },
    },
    {
      name: 'deletePost (already answered)',
      expected: { signedOut: 'UNAUTHENTICATED', author: 'FORBIDDEN', other: 'FORBIDDEN', dx: 'OK', manager: 'FORBIDDEN', admin: 'OK' },
      setup: async () => {
        const id = await newPost();
        await newAnswer(id);
        return { query: DELETE_POST, vars: { id }, observe: () => postRow(id).deleted_at !== null, verify: (r) => expect(r.data.deletePost).toBe(true) };
      },
    },
    {
      name: 'createAnswer',
      expected: ALL_SIGNED_IN,
      setup: async () => {
        const postId = await newPost();
        return {
          query: CREATE_ANSWER,
          vars: { i: { postId, body: 'こうすればできます。' } },
          observe: () => one<{ answer_count: number }>('SELECT answer_count FROM post WHERE id = ?', [Number(postId)]).answer_count,
          verify: (r, as) => expect(r.data.createAnswer.author).toEqual({ id: String(users[as as 'author'].id) }),
        };
      },
    },
    {
      name: 'acceptAnswer',
      expected: ASKER_OR_DX,
      setup: async () => {
        const postId = await newPost();
        const answerId = await newAnswer(postId);
        return {
          query: ACCEPT,
          vars: { id: answerId },
          observe: () => [postRow(postId).status, postRow(postId).accepted_answer_id],
          verify: (r) => expect(r.data.acceptAnswer).toMatchObject({ status: 'RESOLVED', acceptedAnswer: { id: answerId } }),
        };
      },
    },
    {
      name: 'unacceptAnswer',
      expected: ASKER_OR_DX,
      setup: async () => {
        const postId = await newPost();
        const answerId = await newAnswer(postId);
        await ok(clients.author, ACCEPT, { id: answerId });
        return {
          query: UNACCEPT,
          vars: { id: postId },
          observe: () => [postRow(postId).status, postRow(postId).accepted_answer_id],
          verify: (r) => expect(r.data.unacceptAnswer).toMatchObject({ status: 'OPEN', acceptedAnswer: null }),
        };
      },
    },
    {
      name: 'addComment',
      expected: ALL_SIGNED_IN,
      setup: async () => {
        const postId = await newPost();
        return {
          query: ADD_COMMENT,
          vars: { i: { targetType: 'POST', targetId: postId, body: '参考になります' } },
          observe: () => one<{ c: number }>('SELECT COUNT(*) AS c FROM comment WHERE post_id = ? AND deleted_at IS NULL', [Number(postId)]).c,
          verify: (r, as) => expect(r.data.addComment).toMatchObject({ body: '参考になります', author: { id: String(users[as as 'author'].id) } }),
        };
      },
    },
    {
      name: 'deleteComment',
      expected: AUTHOR_OR_MODERATOR,
      setup: async () => {
        const postId = await newPost();
        const c = (await ok(clients.author, ADD_COMMENT, { i: { targetType: 'POST', targetId: postId, body: '補足です' } })).addComment;
        return {
          query: DELETE_COMMENT,
          vars: { id: c.id },
          observe: () => one<{ deleted_at: string | null }>('SELECT deleted_at FROM comment WHERE id = ?', [Number(c.id)]).deleted_at !== null,
          verify: async (r) => {
            expect(r.data.deleteComment).toBe(true);
            const view = await clients.other.gql('query($id: ID!) { post(id: $id) { commentCount comments { id } } }', { id: postId });
            expect(view.data.post).toEqual({ commentCount: 0, comments: [] });
          },
        };
      },
    },
    {
      name: 'react',
      expected: NOT_OWN_CONTENT,
      setup: async () => {
        const postId = await newPost();
        return {
          query: REACT,
          vars: { i: { targetType: 'POST', targetId: postId, stamp: 'HELPFUL' } },
          observe: () => one<{ helpful_count: number }>('SELECT helpful_count FROM post WHERE id = ?', [Number(postId)]).helpful_count,
          verify: (r) => expect(r.data.react).toMatchObject({ helpful: 1, viewerStamps: ['HELPFUL'] }),
        };
      },
    },
    {
      name: 'unreact',
      expected: NOT_OWN_CONTENT,
      setup: async (as) => {
        const postId = await newPost();
        const vars = { i: { targetType: 'POST', targetId: postId, stamp: 'HELPFUL' } };
        // Whoever may stamp has stamped first, so withdrawing it is visible.
        if (as !== 'signedOut' && as !== 'author') await ok(clients[as], REACT, vars);
        return {
          query: UNREACT,
          vars,
          observe: () => one<{ helpful_count: number }>('SELECT helpful_count FROM post WHERE id = ?', [Number(postId)]).helpful_count,
          verify: (r) => expect(r.data.unreact).toMatchObject({ helpful: 0, viewerStamps: [] }),
        };
      },
    },
  ];

  const table = CASES.flatMap((c) => ROLES.map((as) => [c.name, LABEL[as], c.expected[as], c, as] as const));

  it.each(table)('%s as %s → %s', async (_name, _label, expected, c, as) => {
    const f = await c.setup(as);
    const before = f.observe();
    const r = await clients[as].gql(f.query, f.vars);
    if (expected === 'OK') {
      expect(r.errors).toBeUndefined();
      expect(f.observe()).not.toEqual(before);
      await f.verify?.(r, as);
    } else {
      expect(codes(r)).toEqual([expected]);
      expect(r.errors![0].message).toMatch(JAPANESE);
      if (expected === 'UNAUTHENTICATED') expect(r.errors![0].message).toBe('ログインしてください。');
      expect(r.data).toBeNull();
      expect(f.observe()).toEqual(before);
    }
  });

  it.each(ROLES.map((as) => [LABEL[as], as] as const))('logout as %s → OK, and only this session ends', async (_label, as) => {
    const client = as === 'signedOut' ? t.client() : await t.client().login(users[as]);
    const sessionsBefore = one<{ c: number }>('SELECT COUNT(*) AS c FROM session').c;
    const r = await client.gql(LOGOUT);
    expect(r.errors).toBeUndefined();
    expect(r.data.logout).toBe(true);
    expect(one<{ c: number }>('SELECT COUNT(*) AS c FROM session').c).toBe(sessionsBefore - (as === 'signedOut' ? 0 : 1));
    expect((await client.gql(ME)).data.me).toBeNull();
    if (as !== 'signedOut') expect((await clients[as].gql(ME)).data.me).toEqual({ id: String(users[as].id) });
  });

  it.each(ROLES.map((as) => [LABEL[as], as] as const))('login as %s → OK (login needs no session)', async (_label, as) => {
    const user = as === 'signedOut' ? await t.newUser() : users[as];
    const client = t.client();
    const r = await client.gql(LOGIN, { i: { email: user.email, password: user.password } });
    expect(r.errors).toBeUndefined();
    expect(r.data.login).toEqual({ id: String(user.id), role: user.role });
    expect((await client.gql(ME)).data.me).toEqual({ id: String(user.id) });
  });

  describe('what the UI is told it may do agrees with what the server allows', () => {
    it.each(ROLES.filter((r) => r !== 'signedOut').map((as) => [LABEL[as], as] as const))('as %s', async (_label, as) => {
      const fresh = await newPost();
      const answered = await newPost();
      await newAnswer(answered);
      await ok(clients.author, ADD_COMMENT, { i: { targetType: 'POST', targetId: fresh, body: 'コメント' } });
      const q = 'query($id: ID!) { post(id: $id) { viewerIsAuthor viewerCanEdit viewerCanDelete viewerCanAccept comments { viewerCanDelete } } }';
      const a = (await clients[as].gql(q, { id: fresh })).data.post;
      const b = (await clients[as].gql(q, { id: answered })).data.post;
      const allowed = (name: string) => CASES.find((x) => x.name === name)!.expected[as] === 'OK';
      expect(a.viewerIsAuthor).toBe(as === 'author');
      expect(a.viewerCanEdit).toBe(allowed('updatePost'));
      expect(a.viewerCanDelete).toBe(allowed('deletePost (no answers yet)'));
      expect(b.viewerCanDelete).toBe(allowed('deletePost (already answered)'));
      expect(b.viewerCanAccept).toBe(allowed('acceptAnswer'));
      expect(a.comments[0].viewerCanDelete).toBe(allowed('deleteComment'));
    });
  });

  describe('stamps on your own answers and comments', () => {
    it('are refused like stamps on your own post', async () => {
      const postId = await newPost();
      const answerId = await newAnswer(postId);
      const c = (await ok(answerer.client, ADD_COMMENT, { i: { targetType: 'ANSWER', targetId: answerId, body: '追記' } })).addComment;
      for (const [targetType, targetId] of [
        ['ANSWER', answerId],
        ['COMMENT', c.id],
      ]) {
        const r = await answerer.client.gql(REACT, { i: { targetType, targetId, stamp: 'THANKS' } });
        expect(codes(r)).toEqual(['FORBIDDEN']);
        expect(r.errors![0].message).toBe('自分の投稿にはスタンプを押せません。');
        const fromOther = await clients.other.gql(REACT, { i: { targetType, targetId, stamp: 'THANKS' } });
        expect(fromOther.data.react).toMatchObject({ thanks: 1 });
      }
    });
  });

  describe('the post author does not moderate other people’s comments', () => {
    it('cannot delete someone else’s comment on their own post', async () => {
      const postId = await newPost();
      const c = (await ok(clients.other, ADD_COMMENT, { i: { targetType: 'POST', targetId: postId, body: '他の人のコメント' } })).addComment;
      const r = await clients.author.gql(DELETE_COMMENT, { id: c.id });
      expect(codes(r)).toEqual(['FORBIDDEN']);
      expect(r.errors![0].message).toBe('このコメントを削除する権限がありません。');
    });
  });

  describe('signed out', () => {
    it.each([
      ['posts', '{ posts { totalCount } }', {}],
      ['post', 'query($id: ID!) { post(id: $id) { id title } }', { id: '1' }],
      ['user', 'query($id: ID!) { user(id: $id) { id displayName } }', { id: '1' }],
      ['departments', '{ departments { id name } }', {}],
      ['tags', '{ tags { name } }', {}],
      ['markdownPreview', 'query($b: String!) { markdownPreview(body: $b) }', { b: '**太字**' }],
    ])('query %s → UNAUTHENTICATED', async (name, query, vars) => {
      const r = await clients.signedOut.gql(query, vars);
      expect(codes(r)).toEqual(['UNAUTHENTICATED']);
      expect(r.errors![0].message).toBe('ログインしてください。');
      expect(r.data?.[name] ?? null).toBeNull();
    });

    it('query me → null, without an error', async () => {
      const r = await clients.signedOut.gql('{ me { id displayName email } }');
      expect(r.errors).toBeUndefined();
      expect(r.data).toEqual({ me: null });
    });

    it('a signed-in user sees the same queries', async () => {
      const r = await clients.other.gql('{ posts(first: 1) { totalCount } departments { id } tags { name } markdownPreview(body: "**太字**") me { id } }');
      expect(r.errors).toBeUndefined();
      expect(r.data.markdownPreview).toContain('<strong>太字</strong>');
      expect(r.data.me).toEqual({ id: String(users.other.id) });
    });
  });

  describe('User.email is a contact detail, not public', () => {
    const EMAIL = 'query($id: ID!) { user(id: $id) { id email } }';
    const emailOf = async (viewer: Client, u: TestUser) => {
      const r = await viewer.gql(EMAIL, { id: String(u.id) });
      expect(r.errors).toBeUndefined();
      return r.data.user.email as string | null;
    };

    it('a MANAGER sees the email of members of the departments they manage (and below), not of others', async () => {
      const kakari = t.newDepartment('情報政策係', 'KAKARI', authorDept);
      const member = await t.newUser({ departmentId: authorDept });
      const subMember = await t.newUser({ departmentId: kakari });
      const outsider = await t.newUser();
      expect(await emailOf(clients.manager, member)).toBe(member.email);
      expect(await emailOf(clients.manager, subMember)).toBe(subMember.email);
      expect(await emailOf(clients.manager, users.author)).toBe(users.author.email);
      expect(await emailOf(clients.manager, outsider)).toBeNull();
      expect(await emailOf(clients.manager, users.other)).toBeNull();
    });

    it('a MANAGER stops seeing the email of someone who moved out of their department', async () => {
      const mover = await t.newUser({ departmentId: authorDept, since: '2020-04-01' });
      const elsewhere = t.newDepartment('移動先課');
      const today = new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);
      t.db.run('UPDATE assignment SET end_date = ? WHERE user_id = ?', [today, mover.id]);
      t.db.run('INSERT INTO assignment (user_id, department_id, start_date, created_at) VALUES (?, ?, ?, ?)', [
        mover.id,
        elsewhere,
        today,
        new Date().toISOString(),
      ]);
      expect(await emailOf(clients.manager, mover)).toBeNull();
    });

    it('STAFF see their own email but not anyone else’s, also not through a post’s author', async () => {
      expect(await emailOf(clients.other, users.other)).toBe(users.other.email);
      expect(await emailOf(clients.other, users.author)).toBeNull();
      expect(await emailOf(clients.other, users.dx)).toBeNull();
      const postId = await newPost();
      const view = await clients.other.gql('query($id: ID!) { post(id: $id) { author { id email } } }', { id: postId });
      expect(view.data.post.author).toEqual({ id: String(users.author.id), email: null });
      const me = await clients.other.gql('{ me { email } }');
      expect(me.data.me.email).toBe(users.other.email);
    });

    it('the DX office and admins see everyone’s email', async () => {
      expect(await emailOf(clients.dx, users.other)).toBe(users.other.email);
      expect(await emailOf(clients.admin, users.other)).toBe(users.other.email);
    });
  });
});
