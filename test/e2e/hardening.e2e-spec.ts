import { chmodSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import request from 'supertest';
import { codes, type GqlResult, TestApp } from '../support/test-app';

const LOGIN = 'mutation($i: LoginInput!) { login(input: $i) { id } }';

/** One sign-in without a cookie jar; returns the GraphQL result and the Set-Cookie header. */
async function login(url: string, email: string, password: string): Promise<GqlResult & { setCookie: string[] }> {
  const res = await request(url)
    .post('/graphql')
    .set('content-type', 'application/json')
    .send({ query: LOGIN, variables: { i: { email, password } } });
  const sc = res.headers['set-cookie'] as unknown as string[] | string | undefined;
  return {
    status: res.status,
    data: res.body?.data,
    errors: res.body?.errors,
    headers: res.headers as any,
    setCookie: sc === undefined ? [] : Array.isArray(sc) ? sc : [sc],
  };
}

const sessionCookie = (r: { setCookie: string[] }) => r.setCookie.find((c) => c.startsWith('banso_session='));
const mode = (path: string) => statSync(path).mode & 0o777;

describe('sign-in limit under a parallel burst (LOGIN_RATE_LIMIT at its default, 10)', () => {
  let t: TestApp;
  beforeAll(async () => {
    // TestApp.start passes process.env through: make sure the default (10) is what is tested.
    t = await TestApp.start({ LOGIN_RATE_LIMIT: '' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('checks at most 10 passwords out of 60 parallel wrong ones for one e-mail, then refuses even the right one', async () => {
    const u = await t.newUser();
    const failedAudits = () => t.db.get<{ n: number }>("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'LOGIN_FAILED' AND target_id = ?", [u.id])!.n;

    const burst = await Promise.all(Array.from({ length: 60 }, (_, i) => login(t.url, u.email, `wrong-password-${i}`)));
    const outcome = burst.map((r) => codes(r).join(','));
    const checked = outcome.filter((c) => c === 'UNAUTHENTICATED').length;
    const limited = outcome.filter((c) => c === 'RATE_LIMITED').length;
    // Reported by the suite so the figure can be compared before/after a change.
    process.stdout.write(
      `[hardening] 60 parallel wrong passwords: ${checked} checked (UNAUTHENTICATED), ${limited} RATE_LIMITED, ${failedAudits()} LOGIN_FAILED audit rows\n`,
    );

    expect(checked + limited).toBe(60);
    expect(checked).toBeLessThanOrEqual(10);
    expect(checked).toBeGreaterThan(0);
    // Every password that was actually verified (and failed) wrote one LOGIN_FAILED row.
    expect(failedAudits()).toBe(checked);
    expect(burst.every((r) => sessionCookie(r) === undefined)).toBe(true);

    // The window is open: the right password is refused too, and no session is created.
    const right = await login(t.url, u.email, u.password);
    expect(codes(right)).toEqual(['RATE_LIMITED']);
    expect(sessionCookie(right)).toBeUndefined();
    expect(t.db.all('SELECT id FROM session WHERE user_id = ?', [u.id])).toHaveLength(0);
    expect(failedAudits()).toBe(checked);
  });

  it('limits a burst against an unknown e-mail the same way', async () => {
    const burst = await Promise.all(Array.from({ length: 30 }, (_, i) => login(t.url, 'nobody-burst@test.banso.example', `x-${i}`)));
    const outcome = burst.map((r) => codes(r).join(','));
    expect(outcome.filter((c) => c === 'UNAUTHENTICATED').length).toBeLessThanOrEqual(10);
    expect(outcome.filter((c) => c === 'UNAUTHENTICATED' || c === 'RATE_LIMITED')).toHaveLength(30);
  });

  it('lets parallel correct sign-ins of one person all succeed (a success gives its reservation back)', async () => {
    const u = await t.newUser();
    const ok = await Promise.all(Array.from({ length: 5 }, () => login(t.url, u.email, u.password)));
    expect(ok.map((r) => r.errors)).toEqual(Array(5).fill(undefined));
    expect(ok.every((r) => sessionCookie(r) !== undefined)).toBe(true);
  });
});

describe('safe defaults in production', () => {
  /** Starts an app and returns what it logged at start (LOG_LEVEL=log, so notices are visible). */
  async function startLogged(env: Record<string, string>): Promise<{ t: TestApp; logged: string }> {
    const chunks: string[] = [];
    const capture = (chunk: unknown) => {
      chunks.push(String(chunk));
      return true;
    };
    const out = jest.spyOn(process.stdout, 'write').mockImplementation(capture as never);
    const err = jest.spyOn(process.stderr, 'write').mockImplementation(capture as never);
    try {
      const t = await TestApp.start({ LOG_LEVEL: 'log', ...env });
      return { t, logged: chunks.join('') };
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
  }

  it('NODE_ENV=production makes the session cookie Secure when COOKIE_SECURE is unset, and says so at start', async () => {
    const { t, logged } = await startLogged({ NODE_ENV: 'production', COOKIE_SECURE: '' });
    try {
      const u = await t.newUser();
      const r = await login(t.url, u.email, u.password);
      expect(r.errors).toBeUndefined();
      expect(
        sessionCookie(r)!
          .split(';')
          .map((s) => s.trim()),
      ).toContain('Secure');
      expect(logged).toMatch(/Secure 属性を付けます/);
      expect(logged).not.toMatch(/Secure 属性を付けません/);
    } finally {
      await t.close();
    }
  });

  it('an explicit COOKIE_SECURE=false in production keeps it off, with a Japanese and English warning at start', async () => {
    const { t, logged } = await startLogged({ NODE_ENV: 'production', COOKIE_SECURE: 'false' });
    try {
      const u = await t.newUser();
      const r = await login(t.url, u.email, u.password);
      expect(r.errors).toBeUndefined();
      expect(
        sessionCookie(r)!
          .split(';')
          .map((s) => s.trim().toLowerCase()),
      ).not.toContain('secure');
      expect(logged).toMatch(/WARN/);
      expect(logged).toMatch(/COOKIE_SECURE=false が指定されているため、セッションCookieに Secure 属性を付けません/);
      expect(logged).toMatch(/COOKIE_SECURE=false in production .* without the Secure flag/);
    } finally {
      await t.close();
    }
  });

  (process.platform === 'win32' ? it.skip : it)(
    'creates the database, its WAL and SHM and the session secret 0600 (and a new data dir 0700), even with umask 000',
    async () => {
      const base = mkdtempSync(join(tmpdir(), 'banso-modes-'));
      const dbPath = join(base, 'data', 'banso.sqlite');
      const old = process.umask(0o000); // the most permissive umask: modes must not depend on it
      let t: TestApp | undefined;
      try {
        t = await TestApp.start({ DATABASE_PATH: dbPath, SESSION_SECRET: '' });
        process.umask(old);
        // Some writes, so SQLite has certainly created and used the WAL and the shared-memory file.
        const { client } = await t.signedIn();
        expect((await client.gql('{ me { id } }')).data.me).not.toBeNull();
        expect(existsSync(`${dbPath}-wal`)).toBe(true);
        expect(existsSync(`${dbPath}-shm`)).toBe(true);
        const modes = Object.fromEntries(
          [dbPath, `${dbPath}-wal`, `${dbPath}-shm`, join(dirname(dbPath), '.session-secret'), dirname(dbPath)].map((f) => [
            f.slice(base.length),
            mode(f).toString(8),
          ]),
        );
        process.stdout.write(`[hardening] file modes: ${JSON.stringify(modes)}\n`);
        expect(modes).toEqual({
          '/data/banso.sqlite': '600',
          '/data/banso.sqlite-wal': '600',
          '/data/banso.sqlite-shm': '600',
          '/data/.session-secret': '600',
          '/data': '700',
        });
      } finally {
        process.umask(old);
        await t?.close();
        rmSync(base, { recursive: true, force: true });
      }
    },
  );

  (process.platform === 'win32' ? it.skip : it)('tightens a database left readable by others by an older version', async () => {
    const base = mkdtempSync(join(tmpdir(), 'banso-modes-'));
    const dbPath = join(base, 'banso.sqlite');
    try {
      const first = await TestApp.start({ DATABASE_PATH: dbPath });
      await first.close(); // removes only TestApp's own temp dir, not the database in `base`
      for (const f of [dbPath, join(base, '.session-secret')]) chmodSync(f, 0o644);
      const again = await TestApp.start({ DATABASE_PATH: dbPath });
      try {
        expect([mode(dbPath), mode(join(base, '.session-secret'))]).toEqual([0o600, 0o600]);
        if (existsSync(`${dbPath}-wal`)) expect(mode(`${dbPath}-wal`)).toBe(0o600);
      } finally {
        await again.close();
      }
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });
});
