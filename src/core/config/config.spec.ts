import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
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
});
