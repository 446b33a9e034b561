import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export interface AppConfig {
  port: number;
  host: string;
  nodeEnv: 'development' | 'production' | 'test';
  databasePath: string;
  seedDemo: boolean;
  sessionSecret: string;
  sessionTtlHours: number;
  cookieSecure: boolean;
  loginRateLimit: { max: number; windowMs: number };
  mutationRateLimit: { max: number; windowMs: number };
  clientDistPath: string;
  logLevel: 'error' | 'warn' | 'log' | 'debug';
  /** Start-up notices about the chosen settings (Japanese / English); the server logs them once. */
  notices: { level: 'warn' | 'log'; message: string }[];
}

/** Files Banso creates (database, WAL/SHM, session secret): owner read/write only. */
export const PRIVATE_FILE_MODE = 0o600;
/** Directories Banso creates for them: owner only. */
export const PRIVATE_DIR_MODE = 0o700;

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`設定に誤りがあります / invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

function parseBool(name: string, raw: string | undefined, def: boolean, problems: string[]): boolean {
  if (raw === undefined || raw === '') return def;
  const v = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  problems.push(`${name}="${raw}" は真偽値ではありません (true/false, 1/0, on/off)`);
  return def;
}

function parseInt10(name: string, raw: string | undefined, def: number, min: number, max: number, problems: string[]): number {
  if (raw === undefined || raw === '') return def;
  if (!/^\d+$/.test(raw.trim())) {
    problems.push(`${name}="${raw}" は整数ではありません`);
    return def;
  }
  const n = Number(raw);
  if (n < min || n > max) problems.push(`${name}=${n} は ${min}〜${max} の範囲で指定してください`);
  return n;
}

/**
 * The secret is generated once and kept beside the database, so sessions survive restarts
 * without the operator having to invent one; an explicit SESSION_SECRET always wins.
 */
function resolveSessionSecret(raw: string | undefined, databasePath: string, notices: AppConfig['notices']): string {
  if (raw !== undefined && raw !== '') return raw;
  const file = databasePath === ':memory:' ? null : resolve(dirname(databasePath), '.session-secret');
  if (!file) return randomBytes(32).toString('hex');
  if (existsSync(file)) {
    // A secret kept from an older version (or copied in) may be readable by others: tighten it.
    const was = statSync(file).mode & 0o777;
    if (process.platform !== 'win32' && (was & 0o077) !== 0) {
      try {
        chmodSync(file, PRIVATE_FILE_MODE);
        notices.push({
          level: 'log',
          message: `${file}: アクセス権を ${was.toString(8)} から 600 に変更しました / permissions tightened from ${was.toString(8)} to 600`,
        });
      } catch (e) {
        notices.push({ level: 'warn', message: `${file} を 0600 にできませんでした / could not restrict ${file} to 0600: ${(e as Error).message}` });
      }
    }
    return readFileSync(file, 'utf8').trim();
  }
  mkdirSync(dirname(file), { recursive: true, mode: PRIVATE_DIR_MODE });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret + '\n', { mode: PRIVATE_FILE_MODE });
  return secret;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const problems: string[] = [];
  const nodeEnvRaw = env.NODE_ENV ?? 'development';
  if (!['development', 'production', 'test'].includes(nodeEnvRaw)) {
    problems.push(`NODE_ENV="${nodeEnvRaw}" は development / production / test のいずれかにしてください`);
  }
  const nodeEnv = (['development', 'production', 'test'].includes(nodeEnvRaw) ? nodeEnvRaw : 'development') as AppConfig['nodeEnv'];
  const port = parseInt10('PORT', env.PORT, 3000, 0, 65535, problems);
  const host = env.HOST && env.HOST.trim() !== '' ? env.HOST.trim() : '0.0.0.0';
  const dbRaw = env.DATABASE_PATH && env.DATABASE_PATH.trim() !== '' ? env.DATABASE_PATH.trim() : './data/banso.sqlite';
  const databasePath = dbRaw === ':memory:' ? dbRaw : resolve(dbRaw);
  const seedDemo = parseBool('SEED_DEMO', env.SEED_DEMO, true, problems);
  // Production is served over HTTPS (README: Deploy), so the session cookie is Secure there
  // unless the operator says otherwise explicitly; an explicit "false" is warned about at start.
  const cookieSecure = parseBool('COOKIE_SECURE', env.COOKIE_SECURE, nodeEnv === 'production', problems);
  const cookieSecureExplicit = env.COOKIE_SECURE !== undefined && env.COOKIE_SECURE !== '';
  const sessionTtlHours = parseInt10('SESSION_TTL_HOURS', env.SESSION_TTL_HOURS, 24 * 7, 1, 24 * 90, problems);
  const loginMax = parseInt10('LOGIN_RATE_LIMIT', env.LOGIN_RATE_LIMIT, 10, 1, 10000, problems);
  const mutationMax = parseInt10('MUTATION_RATE_LIMIT', env.MUTATION_RATE_LIMIT, 120, 1, 100000, problems);
  const logLevelRaw = env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'warn' : 'log');
  if (!['error', 'warn', 'log', 'debug'].includes(logLevelRaw))
    problems.push(`LOG_LEVEL="${logLevelRaw}" は error / warn / log / debug のいずれかにしてください`);
  if (env.SESSION_SECRET && env.SESSION_SECRET.length < 32) problems.push('SESSION_SECRET は32文字以上にしてください');
  // Only touch the file system (generate/keep the secret) once everything else is valid.
  const notices: AppConfig['notices'] = [];
  let sessionSecret = '';
  if (problems.length === 0) sessionSecret = resolveSessionSecret(env.SESSION_SECRET, databasePath, notices);
  if (problems.length > 0) throw new ConfigError(problems);
  if (nodeEnv === 'production' && !cookieSecure) {
    notices.push({
      level: 'warn',
      message:
        '本番環境（NODE_ENV=production）で COOKIE_SECURE=false が指定されているため、セッションCookieに Secure 属性を付けません。' +
        'HTTP で送られた Cookie は盗聴されるおそれがあります。HTTPS で公開している場合は COOKIE_SECURE を外すか true にしてください。' +
        ' / COOKIE_SECURE=false in production (NODE_ENV=production): the session cookie is sent without the Secure flag and can be intercepted over plain HTTP.' +
        ' Unset COOKIE_SECURE (or set it to true) when the server is behind HTTPS.',
    });
  } else if (nodeEnv === 'production' && !cookieSecureExplicit) {
    notices.push({
      level: 'log',
      message:
        '本番環境のため、セッションCookieに Secure 属性を付けます（HTTPS でのみ送信）。HTTP のみで公開する場合は COOKIE_SECURE=false を明示してください。' +
        ' / Production: the session cookie is Secure (sent over HTTPS only). Set COOKIE_SECURE=false explicitly only if the server is reached over plain HTTP.',
    });
  }
  return {
    port,
    host,
    nodeEnv,
    databasePath,
    seedDemo,
    sessionSecret,
    sessionTtlHours,
    cookieSecure,
    loginRateLimit: { max: loginMax, windowMs: 15 * 60 * 1000 },
    mutationRateLimit: { max: mutationMax, windowMs: 60 * 1000 },
    clientDistPath: resolve(env.CLIENT_DIST_PATH ?? resolve(__dirname, '../../../client/dist')),
    logLevel: logLevelRaw as AppConfig['logLevel'],
    notices,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
