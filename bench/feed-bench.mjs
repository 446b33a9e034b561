#!/usr/bin/env node
// Feed benchmark: Banso (NestJS + Apollo + TypeORM/better-sqlite3) vs a plain node:http
// baseline running the same SQL and returning the same JSON. See bench/README.md.
//
//   npm run bench                      (builds dist/ if stale, then runs this file)
//   BENCH_POSTS=20000 BENCH_DURATION=5 node bench/feed-bench.mjs
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { FEED_QUERY, FEED_REQUEST_BODY } from './feed-query.mjs';
import { printSummary, summarise } from './profile-summary.mjs';
import { seedDatabase } from './seed.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const require = createRequire(import.meta.url);

// ---------------------------------------------------------------- settings
function envInt(name, def, min, max) {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return def;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    console.error(`${name}=${raw}: expected an integer between ${min} and ${max}`);
    process.exit(2);
  }
  return n;
}
function envNum(name, def) {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return def;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) {
    console.error(`${name}=${raw}: expected a positive number`);
    process.exit(2);
  }
  return n;
}
const truthy = (v) => ['1', 'true', 'yes', 'on'].includes(String(v ?? '').toLowerCase());

const S = {
  posts: envInt('BENCH_POSTS', 100_000, 100, 5_000_000),
  duration: envInt('BENCH_DURATION', 15, 1, 600),
  rounds: envInt('BENCH_ROUNDS', 3, 1, 60),
  warmup: envInt('BENCH_WARMUP', 3, 0, 120),
  connections: envInt('BENCH_CONNECTIONS', 10, 1, 1000),
  pipelining: envInt('BENCH_PIPELINING', 1, 1, 100),
  seed: envInt('BENCH_SEED', 20240401, 0, 2 ** 31),
  target: envNum('BENCH_TARGET_RATIO', 0.3),
  profile: truthy(process.env.BENCH_PROFILE),
  keep: truthy(process.env.BENCH_KEEP),
  only: (process.env.BENCH_ONLY ?? '').trim(), // '' | 'banso' | 'baseline'
};
if (S.only && !['banso', 'baseline'].includes(S.only)) {
  console.error(`BENCH_ONLY=${S.only}: expected banso or baseline`);
  process.exit(2);
}
const TARGETS = ['banso', 'baseline'].filter((t) => !S.only || t === S.only);
const BENCH_EMAIL = 'bench@city.kaede.lg.jp';
const BENCH_PASSWORD = 'bench-Passw0rd-伴走';
const resultsDir = join(here, 'results');
const tty = process.stdout.isTTY;

// ---------------------------------------------------------------- output helpers
const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1).padStart(6)}s`;
function log(msg) {
  if (tty && lineOpen) process.stdout.write('\n');
  lineOpen = false;
  console.log(`[bench ${elapsed()}] ${msg}`);
}
let lineOpen = false;
let lastPlain = 0;
/** A progress line: rewritten in place on a terminal, throttled plain lines otherwise. */
function progress(msg, force = false) {
  if (tty) {
    process.stdout.write(`\r\x1b[2K[bench ${elapsed()}] ${msg}`);
    lineOpen = true;
  } else if (force || Date.now() - lastPlain > 5000) {
    lastPlain = Date.now();
    console.log(`[bench ${elapsed()}] ${msg}`);
  }
}
function endProgress() {
  if (tty && lineOpen) process.stdout.write('\n');
  lineOpen = false;
}

// ---------------------------------------------------------------- cleanup
const children = new Map(); // name -> ChildProcess
let tmpDir = null;
let cleaning = null;

function stopChild(name, graceMs) {
  const child = children.get(name);
  if (!child) return Promise.resolve();
  children.delete(name);
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => {
      child.kill('SIGKILL');
    }, graceMs);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    try {
      if (child.connected) child.send({ type: 'shutdown' });
      else child.kill('SIGTERM');
    } catch {
      child.kill('SIGKILL');
    }
  });
}

function cleanup() {
  cleaning ??= (async () => {
    await Promise.all([...children.keys()].map((n) => stopChild(n, 5000)));
    if (tmpDir) {
      if (S.keep) log(`keeping ${tmpDir} (BENCH_KEEP=1)`);
      else rmSync(tmpDir, { recursive: true, force: true });
      tmpDir = null;
    }
  })();
  return cleaning;
}

async function die(message, code = 2) {
  endProgress();
  console.error(`\n[bench] FAILED: ${message}`);
  await cleanup();
  process.exit(code);
}
process.on('SIGINT', () => {
  log('interrupted, cleaning up');
  void cleanup().then(() => process.exit(130));
});
process.on('SIGTERM', () => void cleanup().then(() => process.exit(143)));
process.on('unhandledRejection', (e) => void die(e instanceof Error ? e.stack : String(e)));
process.on('uncaughtException', (e) => void die(e.stack ?? String(e)));

// ---------------------------------------------------------------- steps
function startChild(name, script, env) {
  return new Promise((resolve, reject) => {
    const child = fork(join(here, script), [], {
      env: { ...process.env, NODE_ENV: 'production', ...env },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    children.set(name, child);
    const timer = setTimeout(() => reject(new Error(`${name} server did not start within 60 s`)), 60_000);
    child.on('message', (m) => {
      if (m && m.type === 'ready') {
        clearTimeout(timer);
        resolve({ name, port: m.port, pid: m.pid, url: `http://127.0.0.1:${m.port}/graphql` });
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (children.get(name) === child) {
        children.delete(name);
        const why = `${name} server exited unexpectedly (code ${code}, signal ${signal})`;
        reject(new Error(why));
        void die(why);
      }
    });
  });
}

/** Sends a message to a child and waits for a reply of the given type. */
function ask(name, msg, replyType, timeoutMs = 30_000) {
  const child = children.get(name);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name}: no ${replyType} reply`)), timeoutMs);
    const onMsg = (m) => {
      if (m && m.type === replyType) {
        clearTimeout(timer);
        child.off('message', onMsg);
        resolve(m);
      }
    };
    child.on('message', onMsg);
    child.send(msg);
  });
}

async function login(url) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation Login($i: LoginInput!) { login(input: $i) { id } }',
      variables: { i: { email: BENCH_EMAIL, password: BENCH_PASSWORD } },
    }),
  });
  const body = await res.text();
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith('banso_session='));
  if (!res.ok || !cookie) throw new Error(`login failed: HTTP ${res.status} ${body.slice(0, 500)}`);
  return cookie;
}

async function fetchFeed(url, headers) {
  const res = await fetch(url, { method: 'POST', headers, body: FEED_REQUEST_BODY });
  const text = await res.text();
  return { status: res.status, text };
}

/** First path where two JSON values differ, for a readable failure. */
function firstDifference(a, b, path = '$') {
  if (isDeepStrictEqual(a, b)) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) {
    return `${path}: banso=${JSON.stringify(a)?.slice(0, 200)} baseline=${JSON.stringify(b)?.slice(0, 200)}`;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    const d = firstDifference(a[k], b[k], Array.isArray(a) ? `${path}[${k}]` : `${path}.${k}`);
    if (d) return d;
  }
  return `${path}: differ`;
}

function runAutocannon(label, target, headers, expectBody, seconds) {
  return new Promise((resolve, reject) => {
    let done = 0;
    let sec = 0;
    const inst = autocannon(
      {
        url: target.url,
        method: 'POST',
        headers,
        body: FEED_REQUEST_BODY,
        connections: S.connections,
        pipelining: S.pipelining,
        duration: seconds,
        expectBody,
        timeout: 10,
      },
      (err, result) => {
        endProgress();
        if (err) reject(err);
        else resolve(result);
      },
    );
    inst.on('tick', ({ counter }) => {
      sec += 1;
      done += counter;
      progress(`${label}: ${Math.min(sec, seconds)}/${seconds} s, ${counter} req/s, ${done} requests`);
    });
  });
}

const fmt = (n, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : 'n/a');

function printTable(rows) {
  const head = ['target', 'req/s (mean)', 'p50 ms', 'p99 ms', 'requests', 'errors', 'non-2xx', 'mismatch'];
  const data = rows.map((r) => [
    r.target,
    fmt(r.reqPerSec),
    fmt(r.p50, 2),
    fmt(r.p99, 2),
    String(r.requests),
    String(r.errors + r.timeouts),
    String(r.non2xx),
    String(r.mismatches),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...data.map((d) => d[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log('  ' + line(head));
  console.log('  ' + widths.map((w) => '-'.repeat(w)).join('  '));
  for (const d of data) console.log('  ' + line(d));
}

// ---------------------------------------------------------------- main
async function main() {
  const watchdogS = 120 + Math.ceil(S.posts / 1000) + TARGETS.length * (S.warmup + S.duration + 5 + 3 * S.rounds);
  setTimeout(() => void die(`timed out after ${watchdogS} s (watchdog)`), watchdogS * 1000).unref();

  if (!existsSync(join(root, 'dist/bootstrap.js'))) await die('dist/ is missing: run `npx nest build` (npm run bench does it)');
  require('reflect-metadata');
  const { openDatabase } = require('../dist/core/database/data-source.js');
  const { hashPassword } = require('../dist/modules/auth/auth.service.js');
  const { normalizeTag } = require('../dist/core/validation/normalize.js');

  console.log(`Banso feed benchmark — node ${process.version}, ${os.cpus().length}× ${os.cpus()[0]?.model ?? 'cpu'}, ${os.platform()} ${os.arch()}`);
  console.log(
    `posts=${S.posts} duration=${S.duration}s in ${S.rounds} round(s) warmup=${S.warmup}s connections=${S.connections} pipelining=${S.pipelining} seed=${S.seed}` +
      (S.only ? ` only=${S.only}` : '') +
      (process.env.BENCH_BANSO_DIST ? ` banso-dist=${process.env.BENCH_BANSO_DIST}` : '') +
      (S.profile ? ' profile=on (numbers are not comparable)' : ''),
  );

  const load = os.loadavg()[0];
  if (load > os.cpus().length * 0.5) {
    log(`WARNING: load average is ${load.toFixed(2)} on ${os.cpus().length} CPUs; other work on this machine will skew the numbers`);
  }

  // a. database
  tmpDir = mkdtempSync(join(os.tmpdir(), 'banso-bench-'));
  const dbPath = join(tmpDir, 'bench.sqlite');
  log(`creating + migrating ${dbPath}`);
  const ds = await openDatabase(dbPath);
  await ds.destroy();
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  log(`seeding ${S.posts.toLocaleString('en')} posts (one transaction)…`);
  const seedStart = Date.now();
  const counts = seedDatabase(dbPath, {
    posts: S.posts,
    seed: S.seed,
    passwordHash,
    benchEmail: BENCH_EMAIL,
    normalizeTag,
    onProgress: (n, total) =>
      progress(`seeding posts ${n.toLocaleString('en')}/${total.toLocaleString('en')} (${Math.round((100 * n) / total)}%)`, n === total),
  });
  endProgress();
  const dbMb = statSync(dbPath).size / 1024 / 1024;
  log(
    `seeded in ${((Date.now() - seedStart) / 1000).toFixed(1)} s: ${counts.departments} departments, ${counts.users} users, ${counts.tags} tags, ` +
      `${counts.posts} posts (Q ${counts.kinds.QUESTION} / case ${counts.kinds.CASE} / idea ${counts.kinds.IDEA}, ${counts.deleted} deleted), ` +
      `${counts.postTags} post_tag rows; ${fmt(dbMb)} MB`,
  );
  {
    const db = new Database(dbPath, { readonly: true });
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT p.id FROM post p JOIN app_user u ON u.id = p.author_id WHERE p.deleted_at IS NULL ORDER BY p.created_at DESC, p.id DESC LIMIT 21`,
      )
      .all()
      .map((r) => r.detail);
    db.close();
    log(`feed query plan: ${plan.join(' | ')}`);
  }

  // b. servers
  log('starting servers (child processes)…');
  const sessionSecret = require('node:crypto').randomBytes(32).toString('hex');
  const started = await Promise.all([
    startChild('banso', 'banso-server.mjs', { BENCH_DB_PATH: dbPath, SESSION_SECRET: sessionSecret }),
    startChild('baseline', 'baseline-server.mjs', { BENCH_DB_PATH: dbPath, BENCH_VIEWER_ID: String(counts.benchUserId) }),
  ]);
  const targets = Object.fromEntries(started.map((t) => [t.name, t]));
  log(`banso    → ${targets.banso.url} (pid ${targets.banso.pid}): NestJS + Apollo + auth + GraphQL`);
  log(`baseline → ${targets.baseline.url} (pid ${targets.baseline.pid}): plain node:http, same SQL, same JSON — no auth, no GraphQL`);

  // c. log in, then check both answer identically
  const cookie = await login(targets.banso.url);
  const headers = { 'content-type': 'application/json', cookie };
  log('logged in to Banso; comparing responses…');
  const [b, base] = await Promise.all([fetchFeed(targets.banso.url, headers), fetchFeed(targets.baseline.url, headers)]);
  if (b.status !== 200) await die(`banso answered HTTP ${b.status}: ${b.text.slice(0, 800)}`);
  if (base.status !== 200) await die(`baseline answered HTTP ${base.status}: ${base.text.slice(0, 800)}`);
  const bj = JSON.parse(b.text);
  const basej = JSON.parse(base.text);
  if (bj.errors) await die(`banso returned GraphQL errors: ${JSON.stringify(bj.errors).slice(0, 1500)}`);
  if (!isDeepStrictEqual(bj, basej)) await die(`responses differ — the comparison would not be fair.\n  first difference: ${firstDifference(bj, basej)}`);
  const edges = bj.data.posts.edges.length;
  if (edges !== 20) await die(`expected 20 edges, got ${edges}`);
  const byteIdentical = b.text === base.text;
  log(
    `responses are deep-equal (${edges} edges, ${Buffer.byteLength(b.text)} bytes)${byteIdentical ? ', byte-for-byte identical' : ' but NOT byte-identical (key order/whitespace)'}`,
  );

  // d. load: warm both up, then measure in rounds that alternate the targets (ABBA…), so a
  // burst of unrelated load on the machine hits both instead of skewing one side.
  const expectOf = (name) => (name === 'banso' ? b.text : base.text);
  for (const name of TARGETS) {
    if (S.warmup > 0) {
      log(`${name}: warm-up ${S.warmup} s (discarded)`);
      await runAutocannon(`${name} warm-up`, targets[name], headers, expectOf(name), S.warmup);
    }
  }
  const slice = Math.max(1, Math.round(S.duration / S.rounds));
  const rounds = Object.fromEntries(TARGETS.map((n) => [n, []]));
  let profileFile = null;
  if (S.profile && TARGETS.includes('banso')) await ask('banso', { type: 'profile-start' }, 'profile-started');
  for (let round = 0; round < S.rounds; round += 1) {
    const order = round % 2 === 0 ? TARGETS : [...TARGETS].reverse();
    for (const name of order) {
      log(`${name}: round ${round + 1}/${S.rounds}, measuring ${slice} s, ${S.connections} connections`);
      const r = await runAutocannon(`${name} round ${round + 1}/${S.rounds}`, targets[name], headers, expectOf(name), slice);
      rounds[name].push(r);
      log(`${name}: round ${round + 1}: ${fmt(r.requests.average)} req/s, p50 ${fmt(r.latency.p50, 2)} ms, p99 ${fmt(r.latency.p99, 2)} ms`);
    }
  }
  if (S.profile && TARGETS.includes('banso')) {
    mkdirSync(join(resultsDir, 'profiles'), { recursive: true });
    profileFile = join(resultsDir, 'profiles', `banso-${new Date().toISOString().replace(/[:.]/g, '-')}.cpuprofile`);
    await ask('banso', { type: 'profile-stop', file: profileFile }, 'profile-stopped', 60_000);
  }
  const median = (xs) => {
    const v = [...xs].sort((x, y) => x - y);
    return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  };
  const sum = (xs) => xs.reduce((x, y) => x + y, 0);
  const results = {};
  for (const name of TARGETS) {
    const rs = rounds[name];
    const requests = sum(rs.map((r) => r.requests.total));
    const seconds = sum(rs.map((r) => r.duration));
    results[name] = {
      target: name,
      reqPerSec: requests / seconds, // = mean of the per-second counts over all rounds
      p50: median(rs.map((r) => r.latency.p50)), // median over rounds
      p90: median(rs.map((r) => r.latency.p90)),
      p99: median(rs.map((r) => r.latency.p99)),
      latencyMax: Math.max(...rs.map((r) => r.latency.max)),
      requests,
      durationS: seconds,
      throughputBytesPerSec: sum(rs.map((r) => r.throughput.total)) / seconds,
      errors: sum(rs.map((r) => r.errors)),
      timeouts: sum(rs.map((r) => r.timeouts)),
      non2xx: sum(rs.map((r) => r.non2xx)),
      mismatches: sum(rs.map((r) => r.mismatches ?? 0)),
      rounds: rs.map((r) => ({ reqPerSec: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, requests: r.requests.total, durationS: r.duration })),
      loadAvgAfter: Number(os.loadavg()[0].toFixed(2)),
    };
  }
  const roundRatios = results.banso && results.baseline ? results.banso.rounds.map((r, i) => r.reqPerSec / results.baseline.rounds[i].reqPerSec) : [];

  // still identical after load?
  const after = await Promise.all(TARGETS.map((n) => fetchFeed(targets[n].url, headers)));
  for (let i = 0; i < TARGETS.length; i += 1) {
    if (after[i].text !== (TARGETS[i] === 'banso' ? b.text : base.text)) await die(`${TARGETS[i]} answered differently after the load run`);
  }

  // e. report
  const ratio = results.banso && results.baseline ? results.banso.reqPerSec / results.baseline.reqPerSec : null;
  const pass = ratio !== null && ratio >= S.target;
  console.log('');
  console.log(`Feed query: POST /graphql ${FEED_QUERY.length} chars, response ${Buffer.byteLength(b.text)} bytes (20 posts with author, tags, counts)`);
  console.log(`baseline = plain node:http + better-sqlite3, same SQL and JSON; it does no session check, no GraphQL parse/validate/execute.`);
  printTable(TARGETS.map((n) => results[n]));
  if (S.rounds > 1) console.log(`  (req/s over all ${S.rounds} rounds; p50/p99 are the median of the per-round percentiles)`);
  const bad = TARGETS.some((n) => results[n].errors + results[n].timeouts + results[n].non2xx + results[n].mismatches > 0);
  if (bad) console.log('  WARNING: some requests failed or returned a different body; see the errors/non-2xx/mismatch columns.');
  if (ratio !== null) {
    console.log('');
    console.log(`  ratio banso/baseline req/s: ${ratio.toFixed(3)}×   target ≥ ${S.target}×   ${pass ? 'PASS' : 'FAIL'}`);
    if (roundRatios.length > 1) console.log(`  per-round ratios: ${roundRatios.map((x) => x.toFixed(3)).join(', ')}`);
    if (S.profile) console.log('  (profiling was on: the banso figure is depressed by the profiler)');
  }

  const out = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? null,
    settings: S,
    seed: { ...counts, dbMegabytes: Number(dbMb.toFixed(1)) },
    query: FEED_QUERY,
    responseBytes: Buffer.byteLength(b.text),
    byteIdentical,
    results,
    ratio,
    roundRatios,
    loadAvg: os.loadavg(),
    target: S.target,
    pass: ratio === null ? null : pass,
    profile: profileFile ? relative(root, profileFile) : null,
  };
  mkdirSync(resultsDir, { recursive: true });
  const outFile = join(resultsDir, 'feed-latest.json');
  writeFileSync(outFile, JSON.stringify(out, null, 2) + '\n');
  console.log(`\n  results written to ${relative(root, outFile)}`);

  await cleanup();
  if (profileFile) {
    console.log(`\nCPU profile of the banso server during the measured run: ${relative(root, profileFile)}`);
    printSummary(summarise(JSON.parse(require('node:fs').readFileSync(profileFile, 'utf8')), 25));
  }
  process.exit(ratio === null || pass ? 0 : 1);
}

main().catch((e) => void die(e instanceof Error ? e.stack : String(e)));
