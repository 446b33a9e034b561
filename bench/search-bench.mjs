#!/usr/bin/env node
// Search benchmark: 100,000 generated Japanese posts, FTS5 index build time and size, and
// p50/p95 latency of a fixed query mix through GraphQL (the real app over HTTP) next to the
// same FTS5 queries run directly through better-sqlite3.
//
//   npm run bench:search
//   BENCH_POSTS=20000 BENCH_ROUNDS=20 node bench/search-bench.mjs
import Database from 'better-sqlite3';
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedDatabase } from './seed.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const int = (name, def) => (process.env[name] ? Number(process.env[name]) : def);
const S = { posts: int('BENCH_POSTS', 100_000), rounds: int('BENCH_ROUNDS', 30), warmup: int('BENCH_WARMUP', 3), seed: int('BENCH_SEED', 20240401) };
const EMAIL = 'bench@city.kaede.lg.jp';
const PASSWORD = 'bench-password-1';

/** The fixed query mix. Every class must stay under the p95 target. */
const MIX = {
  '1 char': ['税', '課'],
  '2 chars': ['窓口', '申請', '研修', '税務'],
  '3+ chars': ['オンライン化', 'マクロ', '住民アンケート', 'ガバメントクラウド'],
  'multi-term': ['窓口 申請', 'RPA 効率化', '住民票の写し 入力', 'Excel 研修 マクロ'],
  phrase: ['"処理時間を半分に"', '"小さく試して"'],
  synonym: ['マイナンバー', 'エクセル'],
  'no match': ['存在しない語句'],
};
const TARGET_P95_MS = 50;
const TARGET_RATIO = 1.5;

const SEARCH = `query Search($q: String!) { search(query: $q, first: 20) { totalCount
  edges { cursor snippet node { id title kind status } } pageInfo { hasNextPage endCursor } } }`;

let tmp = null;
let child = null;
const cleanup = () => {
  try {
    child?.kill();
  } catch {
    // already gone
  }
  if (tmp && !process.env.BENCH_KEEP) rmSync(tmp, { recursive: true, force: true });
};
process.on('exit', cleanup);
process.on('SIGINT', () => process.exit(130));

function bar(label, done, total, t0) {
  const pct = total ? Math.floor((done / total) * 100) : 100;
  const w = 30;
  const line = `${label} [${'#'.repeat(Math.round((pct * w) / 100))}${'.'.repeat(w - Math.round((pct * w) / 100))}] ${String(pct).padStart(3)}% ${done}/${total} ${((Date.now() - t0) / 1000).toFixed(1)}s`;
  if (process.stderr.isTTY) process.stderr.write(`\r${line}${done === total ? '\n' : ''}`);
  else if (pct % 10 === 0 || done === total) process.stderr.write(`${line}\n`);
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const ms = (ns) => Number(ns) / 1e6;

async function main() {
  require('reflect-metadata');
  const { openDatabase, prepareSqlite } = require('../dist/core/database/data-source.js');
  const { DbService } = require('../dist/core/database/db.service.js');
  const { hashPassword } = require('../dist/modules/auth/auth.service.js');
  const { normalizeTag } = require('../dist/core/validation/normalize.js');
  const { SearchIndexer } = require('../dist/modules/search/search-indexer.js');
  const { FtsSearchBackend } = require('../dist/modules/search/fts/fts-search.backend.js');
  const { SynonymsService } = require('../dist/modules/search/synonyms.service.js');
  const { parseSearchQuery } = require('../dist/modules/search/search-query.js');

  console.log(`Banso search benchmark — node ${process.version}, ${os.cpus().length}× ${os.cpus()[0]?.model ?? 'cpu'}`);
  console.log(`posts=${S.posts} rounds=${S.rounds} warmup=${S.warmup} seed=${S.seed}`);
  tmp = mkdtempSync(join(os.tmpdir(), 'banso-search-bench-'));
  const dbPath = join(tmp, 'bench.sqlite');

  // 1. schema + posts (the feed benchmark's generator: Japanese titles and bodies, tags, anonymous, deleted)
  await (await openDatabase(dbPath)).destroy();
  let t0 = Date.now();
  seedDatabase(dbPath, {
    posts: S.posts,
    seed: S.seed,
    passwordHash: await hashPassword(PASSWORD),
    benchEmail: EMAIL,
    normalizeTag,
    onProgress: (n, total) => bar('seed posts ', n, total, t0),
  });
  const before = statSync(dbPath).size;

  // 2. index build through the app's own indexer
  const ds = await openDatabase(dbPath);
  const db = new DbService(ds);
  db.run("DELETE FROM app_setting WHERE key = 'search.fts_version'");
  t0 = Date.now();
  const indexed = new SearchIndexer(db).rebuild((n, total) => bar('FTS5 index ', n, total, t0));
  const buildMs = Date.now() - t0;
  db.raw.pragma('wal_checkpoint(TRUNCATE)');
  const sizes = db.raw
    .prepare("SELECT name, SUM(pgsize) AS bytes FROM dbstat WHERE name LIKE 'search%' OR name = 'idx_search_doc_created' GROUP BY name ORDER BY bytes DESC")
    .all();
  const indexBytes = sizes.reduce((a, r) => a + r.bytes, 0);
  await ds.destroy();
  console.log(
    `index build: ${indexed.toLocaleString('en')} posts in ${(buildMs / 1000).toFixed(1)} s (${Math.round(indexed / (buildMs / 1000)).toLocaleString('en')} posts/s)`,
  );
  console.log(
    `index size: ${(indexBytes / 1048576).toFixed(1)} MB (${sizes.map((r) => `${r.name} ${(r.bytes / 1048576).toFixed(1)}`).join(', ')}); database before ${(before / 1048576).toFixed(1)} MB`,
  );

  // 3. raw side: the same FTS5 statements through better-sqlite3, no HTTP/GraphQL/Nest
  const raw = new Database(dbPath);
  prepareSqlite(raw);
  const rawDb = { raw, all: (sql, p = []) => raw.prepare(sql).all(p), get: (sql, p = []) => raw.prepare(sql).get(p), tx: (fn) => fn() };
  const fts = new FtsSearchBackend(rawDb);
  const synonyms = new SynonymsService(rawDb);
  const rawSearch = (q) => fts.searchSync({ terms: synonyms.expand(parseSearchQuery(q)), filters: {}, limit: 20, after: null });

  // 4. GraphQL side: the real app in a child process
  child = fork(join(here, 'banso-server.mjs'), [], {
    env: { ...process.env, BENCH_DB_PATH: dbPath, NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server did not start in 120 s')), 120_000);
    child.on('message', (m) => m?.type === 'ready' && (clearTimeout(timer), resolve(m.port)));
    child.once('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  const login = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($i: LoginInput!) { login(input: $i) { id } }', variables: { i: { email: EMAIL, password: PASSWORD } } }),
  });
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith('banso_session='));
  if (!cookie) throw new Error('login failed');
  const headers = { 'content-type': 'application/json', cookie };
  const gql = async (q) => {
    const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query: SEARCH, variables: { q } }) });
    const body = await res.json();
    if (body.errors) throw new Error(`${q}: ${JSON.stringify(body.errors)}`);
    return body.data.search;
  };

  // 5. same answers from both sides, then alternate the two, one query at a time
  const results = [];
  for (const [cls, queries] of Object.entries(MIX)) {
    const rawT = [];
    const gqlT = [];
    const counts = [];
    for (const q of queries) {
      const r = rawSearch(q);
      const g = await gql(q);
      const gIds = g.edges.map((e) => Number(e.node.id));
      if (r.totalCount !== g.totalCount) throw new Error(`${q}: totalCount raw ${r.totalCount} vs GraphQL ${g.totalCount}`);
      const rIds = r.hits.map((h) => h.id).filter((id) => gIds.includes(id));
      if (JSON.stringify(rIds) !== JSON.stringify(gIds)) throw new Error(`${q}: different result order`);
      counts.push(r.totalCount);
      for (let i = 0; i < S.warmup; i += 1) {
        rawSearch(q);
        await gql(q);
      }
      for (let i = 0; i < S.rounds; i += 1) {
        let s = process.hrtime.bigint();
        rawSearch(q);
        rawT.push(ms(process.hrtime.bigint() - s));
        s = process.hrtime.bigint();
        await gql(q);
        gqlT.push(ms(process.hrtime.bigint() - s));
      }
    }
    const row = {
      class: cls,
      queries,
      matches: counts,
      raw: { p50: pct(rawT, 50), p95: pct(rawT, 95) },
      graphql: { p50: pct(gqlT, 50), p95: pct(gqlT, 95) },
    };
    row.ratioP95 = row.graphql.p95 / row.raw.p95;
    row.pass = row.graphql.p95 <= TARGET_P95_MS;
    results.push(row);
  }

  console.log('');
  console.log('class        matches (per query)           raw p50   raw p95   GraphQL p50  GraphQL p95  p95 ratio  p95≤50ms');
  for (const r of results) {
    console.log(
      `${r.class.padEnd(12)} ${r.matches.join('/').padEnd(29)} ${r.raw.p50.toFixed(2).padStart(7)}ms ${r.raw.p95.toFixed(2).padStart(7)}ms ${r.graphql.p50.toFixed(2).padStart(10)}ms ${r.graphql.p95.toFixed(2).padStart(10)}ms ${r.ratioP95.toFixed(2).padStart(9)}×  ${r.pass ? 'yes' : 'NO'}`,
    );
  }
  const worstRatio = Math.max(...results.map((r) => r.ratioP95));
  const allPass = results.every((r) => r.pass);
  console.log('');
  console.log(
    `p95 target (${TARGET_P95_MS} ms per class): ${allPass ? 'met' : 'NOT met'}; GraphQL/raw p95 worst ratio ${worstRatio.toFixed(2)}× (target ≤ ${TARGET_RATIO}×): ${worstRatio <= TARGET_RATIO ? 'met' : 'NOT met'}`,
  );
  console.log('Raw = the same FTS5 statements in-process; GraphQL = HTTP + session + parsing + cost limits + PostsService.toPost + snippets.');
  writeFileSync(
    join(here, 'results/search-latest.json'),
    JSON.stringify(
      { at: new Date().toISOString(), node: process.version, cpu: os.cpus()[0]?.model, settings: S, buildMs, indexBytes, sizes, results },
      null,
      2,
    ),
  );
  raw.close();
  child.send({ type: 'shutdown' });
}

main()
  .then(() => setTimeout(() => process.exit(0), 500))
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
