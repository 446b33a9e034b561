import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
}

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
function resolveSessionSecret(raw: string | undefined, databasePath: string): string {
  if (raw !== undefined && raw !== '') return raw;
  const file = databasePath === ':memory:' ? null : resolve(dirname(databasePath), '.session-secret');
  if (!file) return randomBytes(32).toString('hex');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
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
  const cookieSecure = parseBool('COOKIE_SECURE', env.COOKIE_SECURE, false, problems);
  const sessionTtlHours = parseInt10('SESSION_TTL_HOURS', env.SESSION_TTL_HOURS, 24 * 7, 1, 24 * 90, problems);
  const loginMax = parseInt10('LOGIN_RATE_LIMIT', env.LOGIN_RATE_LIMIT, 10, 1, 10000, problems);
  const mutationMax = parseInt10('MUTATION_RATE_LIMIT', env.MUTATION_RATE_LIMIT, 120, 1, 100000, problems);
  const logLevelRaw = env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'warn' : 'log');
  if (!['error', 'warn', 'log', 'debug'].includes(logLevelRaw)) problems.push(`LOG_LEVEL="${logLevelRaw}" は error / warn / log / debug のいずれかにしてください`);
  if (env.SESSION_SECRET && env.SESSION_SECRET.length < 32) problems.push('SESSION_SECRET は32文字以上にしてください');
  // Only touch the file system (generate/keep the secret) once everything else is valid.
  let sessionSecret = '';
  if (problems.length === 0) sessionSecret = resolveSessionSecret(env.SESSION_SECRET, databasePath);
  if (problems.length > 0) throw new ConfigError(problems);
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
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
