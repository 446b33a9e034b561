import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './config';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9faf]/;

describe('loadConfig', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'banso-config-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  /** A clean environment: nothing inherited from the shell running the tests. */
  const env = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({ DATABASE_PATH: join(dir, 'banso.sqlite'), ...extra });

  function configError(e: NodeJS.ProcessEnv): ConfigError {
    try {
      loadConfig(e);
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      return err as ConfigError;
    }
    throw new Error('loadConfig accepted an invalid configuration');
  }

  it('starts with sensible defaults on an empty environment', () => {
    const c = loadConfig(env());
    expect(c).toMatchObject({
      port: 3000,
      host: '0.0.0.0',
      nodeEnv: 'development',
      databasePath: join(dir, 'banso.sqlite'),
      seedDemo: true,
      cookieSecure: false,
      loginRateLimit: { max: 10 },
    });
    expect(c.sessionSecret).toMatch(/^[0-9a-f]{64}$/);
  });

  it('accepts production, development and test as NODE_ENV', () => {
    for (const nodeEnv of ['production', 'development', 'test'] as const) {
      expect(loadConfig(env({ NODE_ENV: nodeEnv })).nodeEnv).toBe(nodeEnv);
    }
  });

  it('reads booleans and integers the way an operator writes them', () => {
    const c = loadConfig(env({ PORT: '8080', SEED_DEMO: 'off', COOKIE_SECURE: 'YES', LOGIN_RATE_LIMIT: '5' }));
    expect(c).toMatchObject({ port: 8080, seedDemo: false, cookieSecure: true, loginRateLimit: { max: 5 } });
    expect(loadConfig(env({ PORT: '', SEED_DEMO: '' }))).toMatchObject({ port: 3000, seedDemo: true });
  });

  it('reports every problem at once, in Japanese, instead of stopping at the first', () => {
    const err = configError(env({ PORT: 'abc', SEED_DEMO: 'maybe', NODE_ENV: 'staging' }));
    expect(err.problems).toHaveLength(3);
    expect(err.problems.find((p) => p.startsWith('PORT='))).toMatch(/整数ではありません/);
    expect(err.problems.find((p) => p.startsWith('SEED_DEMO='))).toMatch(/真偽値ではありません/);
    expect(err.problems.find((p) => p.startsWith('NODE_ENV='))).toMatch(/development \/ production \/ test/);
    for (const p of err.problems) {
      expect(p).toMatch(JAPANESE);
      expect(err.message).toContain(p);
    }
    expect(err.message).toMatch(/^設定に誤りがあります/);
  });

  it('rejects a port out of range and a negative number', () => {
    expect(configError(env({ PORT: '70000' })).problems).toEqual(['PORT=70000 は 0〜65535 の範囲で指定してください']);
    expect(configError(env({ PORT: '-1' })).problems).toEqual(['PORT="-1" は整数ではありません']);
    expect(configError(env({ LOG_LEVEL: 'verbose' })).problems[0]).toMatch(/^LOG_LEVEL="verbose" は/);
  });

  it('does not write a session secret when the configuration is invalid', () => {
    configError(env({ PORT: 'abc' }));
    expect(existsSync(join(dir, '.session-secret'))).toBe(false);
  });

  it('generates the session secret once and keeps it beside the database, so sessions survive a restart', () => {
    const first = loadConfig(env());
    const file = join(dir, '.session-secret');
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8').trim()).toBe(first.sessionSecret);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o077).toBe(0); // not readable by others
    const second = loadConfig(env());
    expect(second.sessionSecret).toBe(first.sessionSecret);
  });

  it('creates the data directory for the secret when it does not exist yet', () => {
    const c = loadConfig({ DATABASE_PATH: join(dir, 'nested', 'data', 'banso.sqlite') });
    expect(readFileSync(join(dir, 'nested', 'data', '.session-secret'), 'utf8').trim()).toBe(c.sessionSecret);
  });

  describe('COOKIE_SECURE: Secure by default in production', () => {
    const warnings = (c: ReturnType<typeof loadConfig>) => c.notices.filter((n) => n.level === 'warn').map((n) => n.message);

    it('is off by default in development and test, with nothing to warn about', () => {
      for (const nodeEnv of ['development', 'test']) {
        const c = loadConfig(env({ NODE_ENV: nodeEnv }));
        expect(c.cookieSecure).toBe(false);
        expect(c.notices).toEqual([]);
      }
    });

    it('is on in production when COOKIE_SECURE is unset (or empty), and says so at start', () => {
      for (const extra of [{}, { COOKIE_SECURE: '' }] as Record<string, string>[]) {
        const c = loadConfig(env({ NODE_ENV: 'production', ...extra }));
        expect(c.cookieSecure).toBe(true);
        expect(warnings(c)).toEqual([]);
        expect(c.notices).toHaveLength(1);
        expect(c.notices[0].message).toMatch(/Secure 属性を付けます/);
        expect(c.notices[0].message).toMatch(/session cookie is Secure/);
      }
    });

    it('stays off in production only when COOKIE_SECURE=false is explicit, with a Japanese and English warning', () => {
      for (const value of ['false', '0', 'off', 'no']) {
        const c = loadConfig(env({ NODE_ENV: 'production', COOKIE_SECURE: value }));
        expect(c.cookieSecure).toBe(false);
        const [w, ...more] = warnings(c);
        expect(more).toEqual([]);
        expect(w).toMatch(JAPANESE);
        expect(w).toMatch(/COOKIE_SECURE=false/);
        expect(w).toMatch(/Secure 属性を付けません/);
        expect(w).toMatch(/without the Secure flag/);
      }
    });

    it('is on whenever COOKIE_SECURE=true, without notices', () => {
      for (const nodeEnv of ['production', 'development']) {
        const c = loadConfig(env({ NODE_ENV: nodeEnv, COOKIE_SECURE: 'true' }));
        expect(c.cookieSecure).toBe(true);
        expect(c.notices).toEqual([]);
      }
    });

    it('still rejects a value that is not a boolean, also in production', () => {
      expect(configError(env({ NODE_ENV: 'production', COOKIE_SECURE: 'https' })).problems).toEqual([
        'COOKIE_SECURE="https" は真偽値ではありません (true/false, 1/0, on/off)',
      ]);
    });
  });

  if (process.platform !== 'win32') {
    it('creates the data directory 0700 and the session secret 0600, whatever the umask', () => {
      const old = process.umask(0o000);
      try {
        loadConfig({ DATABASE_PATH: join(dir, 'fresh', 'banso.sqlite') });
      } finally {
        process.umask(old);
      }
      expect(statSync(join(dir, 'fresh')).mode & 0o777).toBe(0o700);
      expect(statSync(join(dir, 'fresh', '.session-secret')).mode & 0o777).toBe(0o600);
    });

    it('tightens an existing session secret that others could read, and says so', () => {
      const file = join(dir, '.session-secret');
      writeFileSync(file, 'a'.repeat(64) + '\n');
      chmodSync(file, 0o644);
      const c = loadConfig(env());
      expect(c.sessionSecret).toBe('a'.repeat(64));
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(c.notices.map((n) => n.message)).toEqual([expect.stringMatching(/644 から 600/)]);
      expect(loadConfig(env()).notices).toEqual([]);
    });
  }

  it('lets an explicit SESSION_SECRET win and writes no file', () => {
    const secret = 'x'.repeat(40);
    expect(loadConfig(env({ SESSION_SECRET: secret })).sessionSecret).toBe(secret);
    expect(existsSync(join(dir, '.session-secret'))).toBe(false);
  });

  it('rejects an explicit session secret shorter than 32 characters', () => {
    const err = configError(env({ SESSION_SECRET: 'short-secret' }));
    expect(err.problems).toEqual(['SESSION_SECRET は32文字以上にしてください']);
    expect(existsSync(join(dir, '.session-secret'))).toBe(false);
  });

  it('lists a too-short session secret together with the other problems', () => {
    const err = configError(env({ PORT: 'abc', SESSION_SECRET: 'short-secret' }));
    expect(err.problems).toEqual(expect.arrayContaining(['PORT="abc" は整数ではありません', 'SESSION_SECRET は32文字以上にしてください']));
    expect(err.problems).toHaveLength(2);
  });

  describe('SESSION_SECRET in production: refused only where none can be generated and kept', () => {
    /** A data directory the server cannot create (its parent is a file): fails for root too. */
    const unwritable = () => {
      writeFileSync(join(dir, 'not-a-dir'), '');
      return { DATABASE_PATH: join(dir, 'not-a-dir', 'data', 'banso.sqlite') };
    };

    it('generates and keeps one in production when the data directory is writable, without complaint', () => {
      const c = loadConfig(env({ NODE_ENV: 'production' }));
      expect(c.sessionSecret).toMatch(/^[0-9a-f]{64}$/);
      expect(readFileSync(join(dir, '.session-secret'), 'utf8').trim()).toBe(c.sessionSecret);
      expect(c.notices.filter((n) => n.level === 'warn')).toEqual([]);
    });

    it('refuses to start in production when a generated secret cannot be kept', () => {
      const err = configError({ NODE_ENV: 'production', ...unwritable() });
      expect(err.problems).toHaveLength(1);
      expect(err.problems[0]).toMatch(/SESSION_SECRET が設定されておらず、生成した鍵を .+ に保存することもできません/);
      expect(err.problems[0]).toMatch(/SESSION_SECRET is unset/);
    });

    it('starts there with an explicit secret, and outside production with a one-off key and a warning', () => {
      const secret = '3f9a1c7e5b2d4f60a8c9e1b3d5f7a9c0';
      expect(loadConfig({ NODE_ENV: 'production', SESSION_SECRET: secret, ...unwritable() }).sessionSecret).toBe(secret);
      for (const nodeEnv of ['development', 'test']) {
        const c = loadConfig({ NODE_ENV: nodeEnv, ...unwritable() });
        expect(c.sessionSecret).toMatch(/^[0-9a-f]{64}$/);
        expect(c.notices).toEqual([{ level: 'warn', message: expect.stringMatching(/一時的な鍵を使います/) }]);
      }
    });

    it('refuses a placeholder or one repeated character as an explicit secret in production only', () => {
      for (const weak of ['change-me-banso-session-secret-0000', 'a'.repeat(40), 'your-secret-here-your-secret-here-1234']) {
        expect(configError(env({ NODE_ENV: 'production', SESSION_SECRET: weak })).problems).toEqual([
          expect.stringMatching(/^SESSION_SECRET が推測しやすい値です/),
        ]);
        expect(loadConfig(env({ NODE_ENV: 'development', SESSION_SECRET: weak })).sessionSecret).toBe(weak);
      }
    });

    it('refuses a kept secret that is too short (a truncated file) instead of signing sessions with it', () => {
      writeFileSync(join(dir, '.session-secret'), '\n');
      for (const nodeEnv of ['production', 'development']) {
        expect(configError(env({ NODE_ENV: nodeEnv })).problems).toEqual([expect.stringMatching(/32文字未満です。このファイルを削除すると/)]);
      }
    });
  });
  describe('single sign-on (OIDC_*) and LOCAL_LOGIN', () => {
    const OIDC = { OIDC_ISSUER: 'https://login.example.lg.jp/realms/kaede', OIDC_CLIENT_ID: 'banso', OIDC_CLIENT_SECRET: 'client-secret' };

    it('is off without OIDC_*, with password sign-in for everyone', () => {
      const c = loadConfig(env());
      expect(c.oidc).toBeNull();
      expect(c.localLogin).toBe(true);
    });

    it('reads issuer, client and defaults: callback on this server, no auto-create, the email claim', () => {
      const c = loadConfig(env({ ...OIDC, PORT: '8080' }));
      expect(c.oidc).toEqual({
        issuer: 'https://login.example.lg.jp/realms/kaede',
        clientId: 'banso',
        clientSecret: 'client-secret',
        redirectUri: 'http://localhost:8080/auth/oidc/callback',
        autoCreate: false,
        emailClaim: 'email',
        label: null,
      });
      expect(c.localLogin).toBe(true);
      expect(c.notices.map((n) => n.message)).toEqual([
        expect.stringMatching(/シングルサインオン（OpenID Connect）: https:\/\/login\.example\.lg\.jp\/realms\/kaede/),
      ]);
    });

    it('takes the redirect URI, auto-create, e-mail claim, label and LOCAL_LOGIN as given', () => {
      const c = loadConfig(
        env({
          ...OIDC,
          OIDC_REDIRECT_URI: 'https://banso.city.kaede.lg.jp/auth/oidc/callback',
          OIDC_AUTO_CREATE: 'true',
          OIDC_EMAIL_CLAIM: 'preferred_username',
          OIDC_LABEL: 'かえで市アカウントでサインイン',
          LOCAL_LOGIN: 'false',
          NODE_ENV: 'production',
        }),
      );
      expect(c.oidc).toMatchObject({
        redirectUri: 'https://banso.city.kaede.lg.jp/auth/oidc/callback',
        autoCreate: true,
        emailClaim: 'preferred_username',
        label: 'かえで市アカウントでサインイン',
      });
      expect(c.localLogin).toBe(false);
    });

    it('refuses a partial configuration in Japanese, naming what is missing', () => {
      for (const [given, missing] of [
        [{ OIDC_ISSUER: OIDC.OIDC_ISSUER }, 'OIDC_CLIENT_ID・OIDC_CLIENT_SECRET がありません'],
        [{ OIDC_ISSUER: OIDC.OIDC_ISSUER, OIDC_CLIENT_ID: 'banso' }, 'OIDC_CLIENT_SECRET がありません'],
        [{ OIDC_AUTO_CREATE: 'true' }, 'OIDC_ISSUER・OIDC_CLIENT_ID・OIDC_CLIENT_SECRET がありません'],
      ] as const) {
        const [problem, ...more] = configError(env(given)).problems;
        expect(more).toEqual([]);
        expect(problem).toMatch(/^シングルサインオンの設定が不完全です。/);
        expect(problem).toContain(missing);
      }
    });

    it('refuses LOCAL_LOGIN=false without single sign-on: nobody could sign in', () => {
      expect(configError(env({ LOCAL_LOGIN: 'false' })).problems).toEqual([expect.stringMatching(/^LOCAL_LOGIN=false にするには、シングルサインオン/)]);
      expect(configError(env({ LOCAL_LOGIN: 'sometimes' })).problems).toEqual([expect.stringMatching(/^LOCAL_LOGIN="sometimes" は真偽値ではありません/)]);
    });

    it('refuses URLs that cannot work, and plain HTTP to the provider in production', () => {
      const problems = (extra: Record<string, string>) => configError(env({ ...OIDC, ...extra })).problems;
      expect(problems({ OIDC_ISSUER: 'login.example.lg.jp' })).toEqual([expect.stringMatching(/^OIDC_ISSUER="login\.example\.lg\.jp" は URL ではありません/)]);
      expect(problems({ OIDC_ISSUER: 'ftp://login.example.lg.jp' })).toEqual([expect.stringMatching(/https:\/\/ で始まる URL/)]);
      expect(problems({ OIDC_REDIRECT_URI: 'https://banso.example.lg.jp/login' })).toEqual([
        expect.stringMatching(/のパスは \/auth\/oidc\/callback にしてください/),
      ]);
      expect(
        problems({ NODE_ENV: 'production', OIDC_ISSUER: 'http://login.example.lg.jp', OIDC_REDIRECT_URI: 'https://b.example.lg.jp/auth/oidc/callback' }),
      ).toEqual([expect.stringMatching(/^OIDC_ISSUER="http:\/\/login\.example\.lg\.jp" は本番環境では https:\/\//)]);
      expect(problems({ NODE_ENV: 'production' })).toEqual([expect.stringMatching(/^OIDC_REDIRECT_URI を指定してください。/)]);
      expect(problems({ COOKIE_SECURE: 'true', OIDC_REDIRECT_URI: 'http://banso.example.lg.jp/auth/oidc/callback' })).toEqual([
        expect.stringMatching(/COOKIE_SECURE が有効なため/),
      ]);
      expect(problems({ OIDC_EMAIL_CLAIM: 'e mail' })).toEqual([expect.stringMatching(/^OIDC_EMAIL_CLAIM="e mail" はクレーム名ではありません/)]);
      for (const p of problems({ OIDC_ISSUER: 'nope', OIDC_EMAIL_CLAIM: '!' })) expect(p).toMatch(JAPANESE);
    });

    it('allows plain HTTP to a provider on this machine, also in production', () => {
      const c = loadConfig(
        env({
          ...OIDC,
          NODE_ENV: 'production',
          OIDC_ISSUER: 'http://127.0.0.1:8081/realms/kaede',
          OIDC_REDIRECT_URI: 'https://b.example.lg.jp/auth/oidc/callback',
        }),
      );
      expect(c.oidc?.issuer).toBe('http://127.0.0.1:8081/realms/kaede');
    });
  });
});
