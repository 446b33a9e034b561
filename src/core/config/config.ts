import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
  /** Statistics hide any group of fewer people than this (STATS_MIN_GROUP_SIZE, default 5). */
  statsMinGroupSize: number;
  /** Cases, accepted and official answers not reviewed for this many months enter the content review queue (CONTENT_REVIEW_MONTHS, default 12). */
  contentReviewMonths: number;
  /** A question without an answer after this many business days is followed up (UNANSWERED_FOLLOWUP_DAYS, default 2). */
  unansweredFollowupDays: number;
  /** WEBHOOK_ALLOWED_HOSTS: where webhooks may post (host names, IP addresses, CIDRs); empty: no webhook can be saved. */
  webhookAllowedHosts: string[];
  /**
   * STAFF_EMAIL_DOMAINS: the city's own e-mail domains (and their sub-domains). The
   * personal-information guard treats any other address in a post as a resident's. Empty: the
   * domains of the active accounts' e-mail addresses are used.
   */
  staffEmailDomains: string[];
  /** E-mail notifications (null: none are sent). */
  mail: MailConfig | null;
  mutationRateLimit: { max: number; windowMs: number };
  /** Attachments (POST /uploads, GET /uploads/:id): where the files live and how much one person may upload. */
  uploads: UploadsConfig;
  clientDistPath: string;
  logLevel: 'error' | 'warn' | 'log' | 'debug';
  /** Single sign-on with OpenID Connect (docs/sso.md); null when OIDC_ISSUER is unset. */
  oidc: OidcConfig | null;
  /**
   * Password sign-in (LOCAL_LOGIN, default true). When false, only the roles holding
   * `auth.localLoginWhenSsoOnly` (break-glass administrators) may sign in with a password.
   */
  localLogin: boolean;
  /** Start-up notices about the chosen settings (Japanese / English); the server logs them once. */
  notices: { level: 'warn' | 'log'; message: string }[];
}

/** Attachments: content-addressed files under `dir` (UPLOAD_DIR), limits per file and per person and JST day. */
export interface UploadsConfig {
  /** UPLOAD_DIR: default `<database dir>/uploads`; back it up together with the database. */
  dir: string;
  /** UPLOAD_MAX_BYTES: largest accepted file (default 10 MB). */
  maxBytes: number;
  /** UPLOAD_DAILY_LIMIT: files one person may upload per JST day (default 100). */
  dailyLimit: number;
}

/** The relying-party settings for single sign-on (OIDC_*). */
/** Outgoing e-mail (SMTP inside LGWAN); null when SMTP_URL is unset: nothing is ever sent. */
export interface MailConfig {
  /** SMTP_URL: smtp://[user:pass@]host[:port] (smtps:// for implicit TLS) */
  smtpUrl: string;
  /** MAIL_FROM: the sender, e.g. 「伴走 <banso@city.example.lg.jp>」 */
  from: string;
  /** APP_URL: the address people open Banso at, for the links in e-mails */
  appUrl: string;
}

export interface OidcConfig {
  /** OIDC_ISSUER: the provider's issuer identifier; discovery reads `<issuer>/.well-known/openid-configuration`. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** OIDC_REDIRECT_URI: the callback registered at the provider (`…/auth/oidc/callback`). */
  redirectUri: string;
  /** OIDC_AUTO_CREATE: create a STAFF account for a person Banso does not know yet. */
  autoCreate: boolean;
  /** OIDC_EMAIL_CLAIM: the claim holding the e-mail address that links a person the first time (default `email`). */
  emailClaim: string;
  /** OIDC_LABEL: the sign-in button's text, when the default 「庁内アカウントでサインイン」 does not fit. */
  label: string | null;
}

/** Path of the OpenID Connect callback (SsoController). */
export const OIDC_CALLBACK_PATH = '/auth/oidc/callback';

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

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

function parseUrl(name: string, raw: string, problems: string[]): URL | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    problems.push(`${name}="${raw}" は URL ではありません（例: https://idp.example.lg.jp/realms/city）`);
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    problems.push(`${name}="${raw}" は https:// で始まる URL にしてください`);
    return null;
  }
  if (url.search || url.hash || url.username || url.password) {
    problems.push(`${name}="${raw}" に ? や # 、ユーザー名・パスワードを含めないでください`);
    return null;
  }
  return url;
}

/**
 * OIDC_*: all of issuer, client id and secret, or none of them. A half-configured single
 * sign-on would show a button that cannot work, so it stops the start like any other mistake.
 */
function parseMail(env: NodeJS.ProcessEnv, port: number, problems: string[]): MailConfig | null {
  const smtpUrl = (env.SMTP_URL ?? '').trim();
  if (!smtpUrl) return null;
  let smtp: URL | null = null;
  try {
    smtp = new URL(smtpUrl);
  } catch {
    /* reported below */
  }
  if (!smtp || (smtp.protocol !== 'smtp:' && smtp.protocol !== 'smtps:')) {
    problems.push(`SMTP_URL は smtp://ホスト名:ポート か smtps://… で指定してください（例: smtp://mail.city.example.lg.jp:25）`);
  }
  const appUrl = (env.APP_URL ?? `http://localhost:${port}`).trim().replace(/\/+$/, '');
  parseUrl('APP_URL', appUrl, problems);
  return { smtpUrl, from: (env.MAIL_FROM ?? '').trim() || '伴走 <no-reply@localhost>', appUrl };
}

function parseOidc(env: NodeJS.ProcessEnv, ctx: { nodeEnv: AppConfig['nodeEnv']; port: number; cookieSecure: boolean }, problems: string[]): OidcConfig | null {
  const value = (name: string) => (env[name] && env[name].trim() !== '' ? env[name].trim() : undefined);
  const required = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'];
  const optional = ['OIDC_REDIRECT_URI', 'OIDC_AUTO_CREATE', 'OIDC_EMAIL_CLAIM', 'OIDC_LABEL'];
  const given = [...required, ...optional].filter((n) => value(n) !== undefined);
  if (given.length === 0) return null;
  const missing = required.filter((n) => value(n) === undefined);
  if (missing.length > 0) {
    problems.push(
      `シングルサインオンの設定が不完全です。${given.join('・')} が指定されていますが、${missing.join('・')} がありません。` +
        `OIDC_ISSUER・OIDC_CLIENT_ID・OIDC_CLIENT_SECRET をそろえて指定するか、OIDC_ で始まる変数をすべて外してください`,
    );
    return null;
  }
  const production = ctx.nodeEnv === 'production';
  const issuerRaw = value('OIDC_ISSUER')!;
  const issuer = parseUrl('OIDC_ISSUER', issuerRaw, problems);
  // The client secret and the authorisation code travel to the issuer: plain HTTP only on
  // this machine, or outside production.
  if (issuer && issuer.protocol === 'http:' && production && !LOOPBACK.has(issuer.hostname)) {
    problems.push(`OIDC_ISSUER="${issuerRaw}" は本番環境では https:// にしてください（クライアントシークレットと認可コードを平文で送ることになります）`);
  }
  const redirectRaw = value('OIDC_REDIRECT_URI');
  let redirectUri = `http://localhost:${ctx.port}${OIDC_CALLBACK_PATH}`;
  if (redirectRaw === undefined) {
    if (production) {
      problems.push(
        `OIDC_REDIRECT_URI を指定してください。本番環境では、職員がブラウザで開くアドレスのコールバック（例: https://banso.city.example.lg.jp${OIDC_CALLBACK_PATH}）を IdP に登録し、同じ値をここに設定します`,
      );
    }
  } else {
    const redirect = parseUrl('OIDC_REDIRECT_URI', redirectRaw, problems);
    if (redirect && !redirect.pathname.endsWith(OIDC_CALLBACK_PATH)) {
      problems.push(`OIDC_REDIRECT_URI="${redirectRaw}" のパスは ${OIDC_CALLBACK_PATH} にしてください`);
    } else if (redirect && redirect.protocol === 'http:' && ctx.cookieSecure && !LOOPBACK.has(redirect.hostname)) {
      problems.push(
        `OIDC_REDIRECT_URI="${redirectRaw}" は https:// にしてください（COOKIE_SECURE が有効なため、http では Cookie が送られずサインインが完了しません）`,
      );
    }
    if (redirect) redirectUri = redirect.href;
  }
  const emailClaim = value('OIDC_EMAIL_CLAIM') ?? 'email';
  if (!/^[A-Za-z][A-Za-z0-9_.:-]{0,63}$/.test(emailClaim)) {
    problems.push(`OIDC_EMAIL_CLAIM="${emailClaim}" はクレーム名ではありません（例: email、preferred_username、upn）`);
  }
  const label = value('OIDC_LABEL') ?? null;
  if (label !== null && label.length > 40) problems.push('OIDC_LABEL は40文字以内にしてください');
  return {
    // Exactly as given: discovery compares it with the provider's `issuer` character for character.
    issuer: issuerRaw,
    clientId: value('OIDC_CLIENT_ID')!,
    clientSecret: env.OIDC_CLIENT_SECRET!,
    redirectUri,
    autoCreate: parseBool('OIDC_AUTO_CREATE', env.OIDC_AUTO_CREATE, false, problems),
    emailClaim,
    label,
  };
}

/** An explicit secret that is long enough but plainly not random (a placeholder, one character repeated). */
function weakSessionSecret(secret: string): boolean {
  return new Set(secret).size < 10 || /change.?me|replace.?me|your.?secret|example|placeholder/i.test(secret);
}

/**
 * The secret is generated once and kept beside the database, so sessions survive restarts
 * without the operator having to invent one; an explicit SESSION_SECRET always wins. Where no
 * secret can be kept (a data directory the server cannot write or read), production refuses to
 * start: a one-off key would sign everyone out at every restart. Development and tests get a
 * one-off key and a warning. An in-memory database gets a one-off key everywhere: its sessions
 * end with the process anyway.
 */
function resolveSessionSecret(
  raw: string | undefined,
  databasePath: string,
  nodeEnv: AppConfig['nodeEnv'],
  notices: AppConfig['notices'],
  problems: string[],
): string {
  if (raw !== undefined && raw !== '') return raw;
  const file = databasePath === ':memory:' ? null : resolve(dirname(databasePath), '.session-secret');
  if (!file) return randomBytes(32).toString('hex');
  const cannotKeep = (why: string): string => {
    if (nodeEnv === 'production') {
      problems.push(
        `SESSION_SECRET が設定されておらず、生成した鍵を ${file} に保存することもできません（${why}）。` +
          'データディレクトリを書き込み可能にするか、SESSION_SECRET に32文字以上のランダムな文字列を設定してください' +
          ` / SESSION_SECRET is unset and a generated one cannot be kept in ${file}: make the data directory writable or set SESSION_SECRET`,
      );
      return '';
    }
    notices.push({
      level: 'warn',
      message: `セッションの鍵を ${file} に保存できないため、一時的な鍵を使います。再起動するとサインインし直しになります（${why}） / using a one-off session secret: ${why}`,
    });
    return randomBytes(32).toString('hex');
  };
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
    let kept: string;
    try {
      kept = readFileSync(file, 'utf8').trim();
    } catch (e) {
      return cannotKeep((e as Error).message);
    }
    if (kept.length < 32) {
      problems.push(`${file} のセッションの鍵が32文字未満です。このファイルを削除すると、次の起動時に新しい鍵が作られます（全員サインインし直しになります）`);
      return '';
    }
    return kept;
  }
  const secret = randomBytes(32).toString('hex');
  try {
    mkdirSync(dirname(file), { recursive: true, mode: PRIVATE_DIR_MODE });
    // 'wx': when two processes start at once, the second one reads the first one's key.
    writeFileSync(file, secret + '\n', { mode: PRIVATE_FILE_MODE, flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return readFileSync(file, 'utf8').trim();
    return cannotKeep((e as Error).message);
  }
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
  const statsMinGroupSize = parseInt10('STATS_MIN_GROUP_SIZE', env.STATS_MIN_GROUP_SIZE, 5, 3, 1000, problems);
  const contentReviewMonths = parseInt10('CONTENT_REVIEW_MONTHS', env.CONTENT_REVIEW_MONTHS, 12, 1, 120, problems);
  const unansweredFollowupDays = parseInt10('UNANSWERED_FOLLOWUP_DAYS', env.UNANSWERED_FOLLOWUP_DAYS, 2, 1, 20, problems);
  const mutationMax = parseInt10('MUTATION_RATE_LIMIT', env.MUTATION_RATE_LIMIT, 120, 1, 100000, problems);
  const uploadMaxBytes = parseInt10('UPLOAD_MAX_BYTES', env.UPLOAD_MAX_BYTES, 10 * 1024 * 1024, 1024, 100 * 1024 * 1024, problems);
  const uploadDailyLimit = parseInt10('UPLOAD_DAILY_LIMIT', env.UPLOAD_DAILY_LIMIT, 100, 1, 100000, problems);
  const logLevelRaw = env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'warn' : 'log');
  if (!['error', 'warn', 'log', 'debug'].includes(logLevelRaw))
    problems.push(`LOG_LEVEL="${logLevelRaw}" は error / warn / log / debug のいずれかにしてください`);
  if (env.SESSION_SECRET && env.SESSION_SECRET.length < 32) problems.push('SESSION_SECRET は32文字以上にしてください');
  else if (env.SESSION_SECRET && nodeEnv === 'production' && weakSessionSecret(env.SESSION_SECRET)) {
    problems.push(
      'SESSION_SECRET が推測しやすい値です（例の値や同じ文字の繰り返し）。ランダムな文字列（例: openssl rand -hex 32）にするか、空にして自動生成させてください',
    );
  }
  const oidc = parseOidc(env, { nodeEnv, port, cookieSecure }, problems);
  const localLogin = parseBool('LOCAL_LOGIN', env.LOCAL_LOGIN, true, problems);
  if (!localLogin && !oidc) {
    problems.push(
      'LOCAL_LOGIN=false にするには、シングルサインオン（OIDC_ISSUER・OIDC_CLIENT_ID・OIDC_CLIENT_SECRET）を設定してください。設定がないと誰もサインインできません',
    );
  }
  // Only touch the file system (generate/keep the secret) once everything else is valid.
  const notices: AppConfig['notices'] = [];
  let sessionSecret = '';
  if (problems.length === 0) sessionSecret = resolveSessionSecret(env.SESSION_SECRET, databasePath, nodeEnv, notices, problems);
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
  if (oidc) {
    notices.push({
      level: 'log',
      message:
        `シングルサインオン（OpenID Connect）: ${oidc.issuer} / コールバック ${oidc.redirectUri}` +
        `${oidc.autoCreate ? ' / 未登録の職員は STAFF として自動作成' : ''}${localLogin ? '' : ' / パスワードでのサインインは管理者の緊急用のみ'}` +
        ` / single sign-on with ${oidc.issuer}, callback ${oidc.redirectUri}${oidc.autoCreate ? ', auto-create on' : ''}${localLogin ? '' : ', password sign-in for break-glass admins only'}`,
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
    statsMinGroupSize,
    contentReviewMonths,
    unansweredFollowupDays,
    mail: parseMail(env, port, problems),
    webhookAllowedHosts: (env.WEBHOOK_ALLOWED_HOSTS ?? '')
      .split(/[\s,]+/)
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean),
    staffEmailDomains: (env.STAFF_EMAIL_DOMAINS ?? '')
      .split(/[\s,]+/)
      .map((h) => h.trim().toLowerCase().replace(/^@/, ''))
      .filter(Boolean),
    mutationRateLimit: { max: mutationMax, windowMs: 60 * 1000 },
    uploads: { dir: defaultUploadDir(env, databasePath), maxBytes: uploadMaxBytes, dailyLimit: uploadDailyLimit },
    clientDistPath: resolve(env.CLIENT_DIST_PATH ?? resolve(__dirname, '../../../client/dist')),
    logLevel: logLevelRaw as AppConfig['logLevel'],
    oidc,
    localLogin,
    notices,
  };
}

/**
 * UPLOAD_DIR, or `uploads` beside the database (the data directory, so one backup of that
 * directory holds both). An in-memory database has no directory: a temporary one is used.
 */
export function defaultUploadDir(env: NodeJS.ProcessEnv, databasePath: string): string {
  const raw = env.UPLOAD_DIR?.trim();
  if (raw) return resolve(raw);
  if (databasePath === ':memory:' || databasePath.startsWith('file:')) return resolve(tmpdir(), `banso-uploads-${process.pid}`);
  return resolve(dirname(databasePath), 'uploads');
}

export const APP_CONFIG = Symbol('APP_CONFIG');
