import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { TestApp, type TestUser } from '../support/test-app';
import { expectNoSeriousA11yViolations, launchChromium, newContext, shot } from './browser-support';
import type { Browser, Page } from 'playwright-core';

jest.setTimeout(120_000);

/**
 * Single sign-on end to end: Banso (openid-client as the relying party) against a real
 * OpenID Provider, panva's oidc-provider (OpenID Certified), on a local port, driven in
 * Chromium through the provider's own login form. The tests run in order: the second
 * sign-in of a person relies on the first having linked them.
 */

interface IdpAccount {
  /** The login name typed at the provider; it is also the subject (`sub`). */
  login: string;
  email: string;
  name: string;
  email_verified?: boolean;
}

const CLIENT_ID = 'banso';
const CLIENT_SECRET = 'banso-test-client-secret-0123456789';

/** oidc-provider is ESM-only, so it runs in a Node process of its own (oidc-test-provider.mjs). */
class TestIdentityProvider {
  private waiters: { test: (line: string) => boolean; resolve: (line: string) => void }[] = [];

  private constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    readonly issuer: string,
  ) {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const i = this.waiters.findIndex((w) => w.test(line));
      if (i >= 0) this.waiters.splice(i, 1)[0].resolve(line);
    });
  }

  static async start(redirectUris: string[], accounts: IdpAccount[]): Promise<TestIdentityProvider> {
    const child = spawn(process.execPath, [join(__dirname, 'oidc-test-provider.mjs')], {
      env: { ...process.env, OIDC_TEST_PROVIDER: JSON.stringify({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, redirectUris, accounts }) },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const issuer = await new Promise<string>((resolve, reject) => {
      const lines = createInterface({ input: child.stdout });
      lines.on('line', (line) => {
        const m = /^OIDC_TEST_PROVIDER_READY (\S+)$/.exec(line);
        if (m) {
          lines.close();
          resolve(m[1]);
        }
      });
      child.once('exit', (code) => reject(new Error(`oidc-provider exited with ${code}: ${stderr}`)));
    });
    return new TestIdentityProvider(child, issuer);
  }

  /** Adds an account at the provider or changes one (a new e-mail address, say). */
  setAccount(account: IdpAccount): Promise<string> {
    const done = new Promise<string>((resolve) => this.waiters.push({ test: (l) => l === `OK ${account.login}`, resolve }));
    this.child.stdin.write(JSON.stringify(account) + '\n');
    return done;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.stdin.end(); // the provider closes its server and exits when its stdin ends
    const timer = setTimeout(() => this.child.kill(), 5000);
    await exited;
    clearTimeout(timer);
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const callbackOf = (port: number) => `http://127.0.0.1:${port}/auth/oidc/callback`;
const SSO_BUTTON = { name: '庁内アカウントでサインイン' } as const;

const sato: IdpAccount = { login: 'u-3f9c-sato', email: 'Sato.Hanako@City.Kaede.lg.jp', name: '佐藤 花子' };
const yamada: IdpAccount = { login: 'u-81d2-yamada', email: 'yamada.taro@city.kaede.lg.jp', name: '山田 太郎' };
const suzuki: IdpAccount = { login: 'u-5e07-suzuki', email: 'suzuki.ichiro@city.kaede.lg.jp', name: '鈴木 一郎' };
const takahashi: IdpAccount = { login: 'u-77b0-takahashi', email: 'takahashi.mai@city.kaede.lg.jp', name: '高橋 舞' };

describe('single sign-on with OpenID Connect against oidc-provider, in Chromium', () => {
  let idp: TestIdentityProvider;
  /** OIDC_AUTO_CREATE off, password sign-in for everyone. */
  let app: TestApp;
  /** OIDC_AUTO_CREATE=true and LOCAL_LOGIN=false. */
  let ssoOnly: TestApp;
  let browser: Browser;
  /** Requests Banso's own pages made to any other origin. */
  const leftBanso: string[] = [];
  let satoUser: TestUser;

  function oidcEnv(port: number, extra: Record<string, string> = {}): Record<string, string> {
    return {
      PORT: String(port),
      OIDC_ISSUER: idp.issuer,
      OIDC_CLIENT_ID: CLIENT_ID,
      OIDC_CLIENT_SECRET: CLIENT_SECRET,
      OIDC_REDIRECT_URI: callbackOf(port),
      ...extra,
    };
  }

  beforeAll(async () => {
    const [port, ssoOnlyPort] = [await freePort(), await freePort()];
    idp = await TestIdentityProvider.start([callbackOf(port), callbackOf(ssoOnlyPort)], [sato, yamada, suzuki, takahashi]);
    app = await TestApp.start(oidcEnv(port));
    ssoOnly = await TestApp.start(oidcEnv(ssoOnlyPort, { OIDC_AUTO_CREATE: 'true', LOCAL_LOGIN: 'false' }));
    browser = await launchChromium();

    // Banso knows 佐藤 by e-mail (stored in lower case; the provider sends it in mixed case).
    satoUser = await app.newUser({ name: '佐藤 花子' });
    app.db.run('UPDATE app_user SET email = ? WHERE id = ?', ['sato.hanako@city.kaede.lg.jp', satoUser.id]);
    const suzukiUser = await app.newUser({ name: '鈴木 一郎' });
    app.db.run('UPDATE app_user SET email = ?, disabled = 1 WHERE id = ?', ['suzuki.ichiro@city.kaede.lg.jp', suzukiUser.id]);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await ssoOnly?.close();
    await idp?.stop();
  });

  async function freshPage(t: TestApp): Promise<Page> {
    const { context } = await newContext(browser, t.url);
    // The test provider's development login page asks Google for a web font; it is not Banso's page.
    await context.route(/^https:\/\/fonts\.(googleapis|gstatic)\.com\//, (route) => route.abort());
    context.on('request', (req) => {
      let from: string;
      try {
        from = req.frame().url();
      } catch {
        return; // not from a page (service worker)
      }
      const url = req.url();
      if (from.startsWith(t.url) && !url.startsWith(t.url) && !url.startsWith('data:')) leftBanso.push(url);
    });
    return context.newPage();
  }

  /** At the provider's login form (devInteractions: any password), signs in as `login` and waits for Banso's callback. */
  async function signInAtProvider(page: Page, t: TestApp, login: string) {
    await page.locator('input[name="login"]').waitFor();
    expect(new URL(page.url()).origin).toBe(idp.issuer);
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill('any password at the test provider');
    const callback = page.waitForResponse((r) => r.url().startsWith(`${t.url}/auth/oidc/callback`));
    await page.getByRole('button', { name: 'Sign-in' }).click();
    return callback;
  }

  /** From Banso's sign-in page through the provider and back. */
  async function signInWithSso(page: Page, t: TestApp, login: string, from = '/login') {
    await page.goto(from);
    await page.getByRole('link', SSO_BUTTON).click();
    return signInAtProvider(page, t, login);
  }

  const audit = (t: TestApp, action: string) =>
    t.db
      .all<{ actor_id: number | null; target_id: number | null; detail: string | null }>(
        'SELECT actor_id, target_id, detail FROM audit_log WHERE action = ? ORDER BY id',
        [action],
      )
      .map((r) => ({ ...r, detail: r.detail ? (JSON.parse(r.detail) as Record<string, unknown>) : null }));

  const subjectOf = (t: TestApp, id: number) => t.db.get<{ oidc_subject: string | null }>('SELECT oidc_subject FROM app_user WHERE id = ?', [id])!.oidc_subject;

  it('offers 庁内アカウントでサインイン on the sign-in page, above the password form', async () => {
    const page = await freshPage(app);
    await page.goto('/login');
    const button = page.getByRole('link', SSO_BUTTON);
    await button.waitFor();
    expect(await button.getAttribute('href')).toBe('/auth/oidc/login?returnTo=%2F');
    await page.getByLabel('メールアドレス').waitFor();
    await page.getByText('または').waitFor();
    await shot(page, 'login-sso');
    await expectNoSeriousA11yViolations(page, '/login with single sign-on');
    await page.context().close();
  });

  it('(a) refuses a person Banso does not know with a clear page, and audits SSO_LOGIN_REFUSED', async () => {
    const page = await freshPage(app);
    const callback = await signInWithSso(page, app, yamada.login);
    expect(callback.status()).toBe(403);
    await page.getByRole('heading', { name: 'サインインできませんでした' }).waitFor();
    await page.getByText('この庁内アカウント（yamada.taro@city.kaede.lg.jp）は、伴走に利用登録されていません。').waitFor();
    await page.getByText('管理者にアカウントの登録を依頼してください。').waitFor();
    await page.getByText('is not registered in Banso').waitFor();
    expect(await page.getByRole('link', { name: /ログイン画面に戻る/ }).getAttribute('href')).toBe('/login');
    expect(await page.content()).not.toMatch(/Error|at .*\.js:\d+/);
    await shot(page, 'sso-refused');
    await expectNoSeriousA11yViolations(page, 'single sign-on refusal');

    expect(audit(app, 'SSO_LOGIN_REFUSED')).toEqual([
      {
        actor_id: null,
        target_id: null,
        detail: { reason: 'NOT_REGISTERED', email: 'yamada.taro@city.kaede.lg.jp', subject: yamada.login, issuer: idp.issuer },
      },
    ]);
    // Not signed in, and no account appeared.
    expect(app.db.get('SELECT id FROM app_user WHERE email = ?', [yamada.email])).toBeUndefined();
    await page.getByRole('link', { name: /ログイン画面に戻る/ }).click();
    await page.getByRole('link', SSO_BUTTON).waitFor();
    await page.context().close();
  });

  it('(b) links a known person by e-mail on the first sign-in and takes them where they were going', async () => {
    expect(subjectOf(app, satoUser.id)).toBeNull();
    const page = await freshPage(app);
    // Signed out, the new-question page sends them to /login?next=…, and SSO brings them back.
    await page.goto('/new/question');
    await page.waitForURL((u) => u.pathname === '/login');
    expect(await page.getByRole('link', SSO_BUTTON).getAttribute('href')).toBe('/auth/oidc/login?returnTo=%2Fnew%2Fquestion');
    await page.getByRole('link', SSO_BUTTON).click();
    const callback = await signInAtProvider(page, app, sato.login);
    expect(callback.status()).toBe(302);
    await page.waitForURL(`${app.url}/new/question`);
    await page.getByLabel('タイトル').waitFor();
    await page.getByRole('button', { name: /佐藤 花子/ }).waitFor();

    const cookies = await page.context().cookies(app.url);
    expect(cookies.find((c) => c.name === 'banso_session')).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    expect(cookies.find((c) => c.name === 'banso_oidc')).toBeUndefined(); // the flow is spent

    expect(subjectOf(app, satoUser.id)).toBe(sato.login);
    expect(audit(app, 'SSO_LINKED')).toEqual([{ actor_id: satoUser.id, target_id: satoUser.id, detail: { issuer: idp.issuer } }]);
    await page.context().close();
  });

  it('(c) matches by subject on the next sign-in, after the e-mail address changed at the provider', async () => {
    await idp.setAccount({ ...sato, email: 'tanaka.hanako@city.kaede.lg.jp', name: '田中 花子' });
    const page = await freshPage(app);
    const callback = await signInWithSso(page, app, sato.login);
    expect(callback.status()).toBe(302);
    await page.waitForURL(`${app.url}/`);
    await page.getByRole('button', { name: /佐藤 花子/ }).waitFor();
    // The same account, not linked again; Banso's own record is the administrators' to change.
    expect(audit(app, 'SSO_LINKED')).toHaveLength(1);
    expect(app.db.get('SELECT email FROM app_user WHERE id = ?', [satoUser.id])).toEqual({ email: 'sato.hanako@city.kaede.lg.jp' });
    await page.context().close();
  });

  it('refuses another provider account that presents the e-mail address of an account linked to someone else', async () => {
    const impostor: IdpAccount = { login: 'u-c4a1-other', email: 'sato.hanako@city.kaede.lg.jp', name: '別人' };
    await idp.setAccount(impostor);
    const page = await freshPage(app);
    const callback = await signInWithSso(page, app, impostor.login);
    expect(callback.status()).toBe(403);
    await page.getByText('このメールアドレスの伴走アカウントは、別の庁内アカウントと連携されています。').waitFor();
    expect(subjectOf(app, satoUser.id)).toBe(sato.login);
    expect(audit(app, 'SSO_LOGIN_REFUSED').at(-1)).toMatchObject({ target_id: satoUser.id, detail: { reason: 'SUBJECT_MISMATCH', subject: impostor.login } });
    await page.context().close();
  });

  it('(f) refuses a deactivated person', async () => {
    const page = await freshPage(app);
    const callback = await signInWithSso(page, app, suzuki.login);
    expect(callback.status()).toBe(403);
    await page.getByText('このアカウントは利用が停止されています。').waitFor();
    expect(audit(app, 'SSO_LOGIN_REFUSED').at(-1)).toMatchObject({ actor_id: null, detail: { reason: 'DISABLED', email: suzuki.email } });
    const row = app.db.get<{ oidc_subject: string | null }>('SELECT oidc_subject FROM app_user WHERE email = ?', [suzuki.email]);
    expect(row).toEqual({ oidc_subject: null }); // a deactivated account is not linked either
    await page.context().close();
  });

  it('(d) with OIDC_AUTO_CREATE=true creates a STAFF account for a new person, linked to the subject', async () => {
    const page = await freshPage(ssoOnly);
    const callback = await signInWithSso(page, ssoOnly, takahashi.login);
    expect(callback.status()).toBe(302);
    await page.waitForURL(`${ssoOnly.url}/`);
    await page.getByRole('button', { name: /高橋 舞/ }).waitFor();
    const created = ssoOnly.db.get<{ id: number; role: string; display_name: string; oidc_subject: string; disabled: number }>(
      'SELECT id, role, display_name, oidc_subject, disabled FROM app_user WHERE email = ?',
      [takahashi.email],
    )!;
    expect(created).toMatchObject({ role: 'STAFF', display_name: '高橋 舞', oidc_subject: takahashi.login, disabled: 0 });
    expect(audit(ssoOnly, 'SSO_ACCOUNT_CREATED')).toEqual([{ actor_id: created.id, target_id: created.id, detail: { issuer: idp.issuer } }]);
    await page.context().close();

    // The second time, the subject finds the same account.
    const again = await freshPage(ssoOnly);
    await signInWithSso(again, ssoOnly, takahashi.login);
    await again.waitForURL(`${ssoOnly.url}/`);
    expect(ssoOnly.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM app_user WHERE oidc_subject = ?', [takahashi.login])!.n).toBe(1);
    expect(audit(ssoOnly, 'SSO_ACCOUNT_CREATED')).toHaveLength(1);
    await again.context().close();
  });

  it('(e) with LOCAL_LOGIN=false shows single sign-on, and password sign-in only behind 管理者用ローカルサインイン for break-glass admins', async () => {
    const staff = await ssoOnly.newUser({ role: 'STAFF' });
    const admin = await ssoOnly.newUser({ role: 'ADMIN', name: '情報政策課 管理者' });
    const page = await freshPage(ssoOnly);
    await page.goto('/login');
    await page.getByRole('link', SSO_BUTTON).waitFor();
    const toggle = page.getByRole('button', { name: '管理者用ローカルサインイン' });
    await toggle.waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByLabel('メールアドレス').isVisible()).toBe(false);
    await shot(page, 'login-sso-only');
    await expectNoSeriousA11yViolations(page, '/login with LOCAL_LOGIN=false');

    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const email = page.getByLabel('メールアドレス');
    await email.waitFor();
    // A STAFF member's right password is refused, with a pointer to single sign-on.
    await email.fill(staff.email);
    await page.getByLabel('パスワード').fill(staff.password);
    await page.getByRole('button', { name: 'ログイン', exact: true }).click();
    await page.getByRole('alert').getByText('「庁内アカウントでサインイン」からサインインしてください').waitFor();
    // The administrator gets in.
    await email.fill(admin.email);
    await page.getByLabel('パスワード').fill(admin.password);
    await page.getByRole('button', { name: 'ログイン', exact: true }).click();
    await page.waitForURL((u) => u.pathname === '/');
    await page.getByRole('button', { name: /情報政策課 管理者/ }).waitFor();
    await page.context().close();
  });

  it('sent the browser from Banso nowhere but to the configured provider', () => {
    expect(leftBanso.length).toBeGreaterThan(0);
    expect(leftBanso.filter((u) => !u.startsWith(`${idp.issuer}/`))).toEqual([]);
  });
});
