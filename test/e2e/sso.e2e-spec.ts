import { createServer } from 'node:net';
import { TestApp } from '../support/test-app';

/**
 * Single sign-on settings over HTTP: LOCAL_LOGIN=false and break-glass administrators, the
 * sign-in page's options, and the pages /auth/oidc/* answer when the flow cannot run. The
 * whole flow against a real OpenID Provider is test/browser/sso.browser-spec.ts.
 */

const LOGIN = 'mutation($i: LoginInput!) { login(input: $i) { id role } }';
const OPTIONS = '{ signInOptions { localLogin sso ssoLabel } }';

/** A port nothing listens on: connections are refused at once. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function audit(t: TestApp, action: string): { actor_id: number | null; target_id: number | null; detail: string | null }[] {
  return t.db.all('SELECT actor_id, target_id, detail FROM audit_log WHERE action = ? ORDER BY id', [action]);
}

describe('LOCAL_LOGIN=false: single sign-on for everyone, passwords for break-glass administrators', () => {
  let t: TestApp;
  beforeAll(async () => {
    const idp = await closedPort();
    t = await TestApp.start({
      OIDC_ISSUER: `http://127.0.0.1:${idp}`,
      OIDC_CLIENT_ID: 'banso',
      OIDC_CLIENT_SECRET: 'banso-client-secret',
      OIDC_REDIRECT_URI: 'http://127.0.0.1:3000/auth/oidc/callback',
      LOCAL_LOGIN: 'false',
    });
  });
  afterAll(() => t?.close());

  it('tells the sign-in page: single sign-on, no password form for everyone', async () => {
    const r = await t.client().gql(OPTIONS);
    expect(r.errors).toBeUndefined();
    expect(r.data.signInOptions).toEqual({ localLogin: false, sso: true, ssoLabel: null });
  });

  it.each(['STAFF', 'MANAGER', 'DX_OFFICE'] as const)('refuses the right password of a %s, says to use 庁内アカウント, and audits it', async (role) => {
    const user = await t.newUser({ role });
    const c = t.client();
    const r = await c.gql(LOGIN, { i: { email: user.email, password: user.password } });
    expect(r.data).toBeNull();
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'LOCAL_LOGIN_DISABLED' });
    expect(r.errors?.[0].message).toBe('パスワードでのサインインは無効になっています。「庁内アカウントでサインイン」からサインインしてください。');
    expect(r.headers['set-cookie']).toBeUndefined();
    expect((await c.gql('{ me { id } }')).data.me).toBeNull();
    const row = audit(t, 'LOGIN_FAILED').find((a) => a.target_id === user.id);
    expect(JSON.parse(row!.detail!)).toMatchObject({ reason: 'LOCAL_LOGIN_DISABLED' });
  });

  it('answers a wrong password as before, saying nothing about the account or the setting', async () => {
    const user = await t.newUser({ role: 'STAFF' });
    const r = await t.client().gql(LOGIN, { i: { email: user.email, password: 'not-the-password' } });
    expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(r.errors?.[0].message).toBe('メールアドレスまたはパスワードが正しくありません。');
  });

  it('lets an ADMIN sign in with a password (break-glass)', async () => {
    const admin = await t.newUser({ role: 'ADMIN' });
    const c = t.client();
    const r = await c.gql(LOGIN, { i: { email: admin.email, password: admin.password } });
    expect(r.errors).toBeUndefined();
    expect(r.data.login).toEqual({ id: String(admin.id), role: 'ADMIN' });
    expect((await c.gql('{ me { id } }')).data.me).toEqual({ id: String(admin.id) });
  });

  it('shows a clear page, not an error body, when the identity provider cannot be reached', async () => {
    const res = await t.client().agent.get('/auth/oidc/login?returnTo=%2F').set('accept', 'text/html');
    expect(res.status).toBe(502);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.text).toContain('庁内アカウントの認証サーバーに接続できませんでした。');
    expect(res.text).toContain('cannot be reached');
    expect(res.text).toContain('href="/login"');
    expect(res.text).not.toMatch(/ECONNREFUSED|fetch failed|at .*\.js:\d+/);
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('asks to start again when the callback comes without the flow cookie (expired, other tab, cookies off)', async () => {
    const res = await t.client().agent.get('/auth/oidc/callback?code=abc&state=xyz').set('accept', 'text/html');
    expect(res.status).toBe(400);
    expect(res.text).toContain('サインインをやり直してください');
    expect(res.text).toContain('href="/login"');
  });

  it('sends someone already signed in straight on, to a path on this site only', async () => {
    const admin = await t.newUser({ role: 'ADMIN' });
    const c = await t.client().login(admin);
    const here = await c.agent.get('/auth/oidc/login?returnTo=%2Fposts%2F12%3Ftab%3Danswers');
    expect(here.status).toBe(302);
    expect(here.headers.location).toBe('/posts/12?tab=answers');
    for (const evil of ['//evil.example/', 'https://evil.example/', '/\\evil.example', '/auth/oidc/login']) {
      const res = await c.agent.get(`/auth/oidc/login?returnTo=${encodeURIComponent(evil)}`);
      expect(res.headers.location).toBe('/');
    }
  });
});

describe('without single sign-on', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t?.close());

  it('offers the password form only, and /auth/oidc/* says single sign-on is not set up', async () => {
    const r = await t.client().gql(OPTIONS);
    expect(r.data.signInOptions).toEqual({ localLogin: true, sso: false, ssoLabel: null });
    for (const path of ['/auth/oidc/login', '/auth/oidc/callback?code=x&state=y']) {
      const res = await t.client().agent.get(path).set('accept', 'text/html');
      expect(res.status).toBe(404);
      expect(res.text).toContain('シングルサインオンは設定されていません');
    }
  });

  it('keeps password sign-in for every role (LOCAL_LOGIN defaults to true)', async () => {
    const staff = await t.newUser({ role: 'STAFF' });
    const r = await t.client().gql(LOGIN, { i: { email: staff.email, password: staff.password } });
    expect(r.data.login.id).toBe(String(staff.id));
  });
});
