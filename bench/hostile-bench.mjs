// Hostile requests against the real app on 100,000 posts: how long can one request hold the
// event loop? While each hostile request runs, a second client pings /healthz every 2 ms;
// the longest /healthz round trip is the longest the server was unable to answer anyone.
// Target: no request holds the loop for more than ~100 ms (2 cores).
//
//   npm run bench:hostile            (BENCH_POSTS=20000 for a quicker run)
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedDatabase } from './seed.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const int = (name, def) => (process.env[name] ? Number(process.env[name]) : def);
const S = { posts: int('BENCH_POSTS', 100_000), runs: int('BENCH_RUNS', 5), seed: int('BENCH_SEED', 20240401) };
const EMAIL = 'bench@city.kaede.lg.jp';
const PASSWORD = 'bench-password-1';

let tmp = null;
let child = null;
process.on('exit', () => {
  try {
    child?.kill();
  } catch {
    // already gone
  }
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

// Markdown bombs, each ≤ 20,000 characters (the body limit).
const wideTable = () => `|${'a|'.repeat(3000)}\n|${'-|'.repeat(3000)}\n|${'b|'.repeat(3000)}\n`.slice(0, 20_000);
const tallTable = () => `|a|b|c|\n|-|-|-|\n${'|1|2|3|\n'.repeat(2800)}`.slice(0, 20_000);
const nestedQuotes = () => `${'>'.repeat(5000)} deep\n`.repeat(3).slice(0, 20_000);
const emphasis = () => '*a **b _c '.repeat(2000).slice(0, 20_000);
const links = () => 'https://example.jp/a '.repeat(900).slice(0, 20_000);
const nestedLists = () =>
  Array.from({ length: 1000 }, (_, i) => `${' '.repeat(Math.min(i * 2, 200))}- item`)
    .join('\n')
    .slice(0, 20_000);
const BOMBS = { wideTable, tallTable, nestedQuotes, emphasis, links, nestedLists };

async function main() {
  require('reflect-metadata');
  const { openDatabase } = require('../dist/core/database/data-source.js');
  const { DbService } = require('../dist/core/database/db.service.js');
  const { hashPassword } = require('../dist/modules/auth/auth.service.js');
  const { normalizeTag } = require('../dist/core/validation/normalize.js');
  const { SearchIndexer } = require('../dist/modules/search/search-indexer.js');

  console.log(
    `Banso hostile-request benchmark — node ${process.version}, ${os.cpus().length}× ${os.cpus()[0]?.model ?? 'cpu'}, posts=${S.posts}, runs=${S.runs}`,
  );
  tmp = mkdtempSync(join(os.tmpdir(), 'banso-hostile-'));
  const dbPath = join(tmp, 'bench.sqlite');
  await (await openDatabase(dbPath)).destroy();
  seedDatabase(dbPath, { posts: S.posts, seed: S.seed, passwordHash: await hashPassword(PASSWORD), benchEmail: EMAIL, normalizeTag, onProgress: () => {} });
  const ds = await openDatabase(dbPath);
  new SearchIndexer(new DbService(ds)).rebuild(() => {});
  await ds.destroy();

  child = fork(join(here, 'banso-server.mjs'), [], {
    env: { ...process.env, BENCH_DB_PATH: dbPath, NODE_ENV: 'production', COOKIE_SECURE: 'false' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise((resolve, reject) => {
    child.on('message', (m) => m?.type === 'ready' && resolve(m.port));
    child.once('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
  const base = `http://127.0.0.1:${port}`;
  const login = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($i: LoginInput!) { login(input: $i) { id } }', variables: { i: { email: EMAIL, password: PASSWORD } } }),
  });
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith('banso_session='));
  if (!cookie) throw new Error('login failed');
  const send = (query, variables, signedIn = true) =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(signedIn ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    }).then(async (r) => ({ status: r.status, body: await r.json() }));

  /** Runs `fn` while pinging /healthz; returns the request time and the longest ping. */
  async function measure(fn) {
    let running = true;
    let worst = 0;
    const pinger = (async () => {
      while (running) {
        const t = performance.now();
        await fetch(`${base}/healthz`).then((r) => r.text());
        worst = Math.max(worst, performance.now() - t);
        await new Promise((r) => setTimeout(r, 2));
      }
    })();
    await new Promise((r) => setTimeout(r, 20));
    const t0 = performance.now();
    const result = await fn();
    const took = performance.now() - t0;
    running = false;
    await pinger;
    return { took, worst, result };
  }

  const cases = [];
  for (const [name, make] of Object.entries(BOMBS)) {
    cases.push([`markdownPreview: ${name}`, () => send('query($b: String!) { markdownPreview(body: $b) }', { b: make() })]);
  }
  const four = Object.values(BOMBS)
    .slice(0, 4)
    .map((m) => m());
  cases.push([
    '4 aliased previews (the most the cost allows)',
    () =>
      send(
        `query($a: String!, $b: String!, $c: String!, $d: String!) { a: markdownPreview(body: $a) b: markdownPreview(body: $b) c: markdownPreview(body: $c) d: markdownPreview(body: $d) }`,
        { a: four[0], b: four[1], c: four[2], d: four[3] },
      ),
  ]);
  cases.push([
    '30 aliased previews (refused by cost)',
    () => send(`query($b: String!) { ${Array.from({ length: 30 }, (_, i) => `p${i}: markdownPreview(body: $b)`).join(' ')} }`, { b: wideTable() }),
  ]);
  let n = 0;
  cases.push([
    'createPost with a 20k table bomb (rendered on write)',
    () =>
      send('mutation($i: CreatePostInput!) { createPost(input: $i) { id bodyHtml } }', {
        i: { kind: 'QUESTION', title: `表のテスト ${++n}`, body: wideTable() },
      }),
  ]);
  cases.push([
    'signed out: 990 × `id` in one selection (largest document that parses)',
    () => send(`{ me { ${Array.from({ length: 990 }, () => 'id').join(' ')} } }`, {}, false),
  ]);
  cases.push([
    'signed out: 490 fragment spreads',
    () => send(`{ ${Array.from({ length: 490 }, () => '...F').join(' ')} } fragment F on Query { me { id } }`, {}, false),
  ]);
  cases.push(['signed out: 1,500 tokens (refused at token 1,001)', () => send(`{ me { ${Array.from({ length: 1500 }, () => 'id').join(' ')} } }`, {}, false)]);
  cases.push(['signed out: 116 KB query (refused by size)', () => send(`{ me { id } } # ${'x'.repeat(116_000)}`, {}, false)]);
  cases.push([
    'feed: posts(first: 100) with bodies, answers, tags',
    () =>
      send(
        '{ posts(first: 100) { totalCount edges { node { id title bodyHtml excerpt author { displayName } department { name } tags { name } answers { id bodyHtml } } } } }',
      ),
  ]);
  cases.push([
    'search 税 (1 char, ~half the corpus; one search per request is what the cost allows)',
    () => send('{ a: search(query: "税", first: 20) { totalCount edges { snippet node { id title } } } }'),
  ]);
  cases.push(['search ×2 aliases (refused by cost)', () => send('{ a: search(query: "税") { totalCount } b: search(query: "課") { totalCount } }')]);
  cases.push([
    'similarPosts + relatedPosts on 5 posts',
    () =>
      send(
        '{ similarPosts(title: "窓口の申請書をオンライン化したい", first: 10) { id } posts(first: 5) { edges { node { relatedPosts(first: 10) { id } } } } }',
      ),
  ]);
  cases.push(['experts(tag: RPA, first: 100)', () => send('{ experts(tag: "RPA", first: 100) { user { id } points } }')]);

  const rows = [];
  for (const [name, fn] of cases) {
    let took = 0;
    let worst = 0;
    let outcome = '';
    await fn(); // warm-up (JIT, statement cache)
    for (let i = 0; i < S.runs; i += 1) {
      const m = await measure(fn);
      took = Math.max(took, m.took);
      worst = Math.max(worst, m.worst);
      const e = m.result.body.errors?.[0];
      outcome = e ? `${e.extensions?.code}: ${e.message.slice(0, 40)}` : `ok (${JSON.stringify(m.result.body.data).length.toLocaleString('en')} bytes)`;
    }
    rows.push({ name, requestMs: Math.round(took), longestHealthzMs: Math.round(worst), outcome });
    console.log(
      `${name.padEnd(70)} request ${String(Math.round(took)).padStart(5)} ms   longest /healthz ${String(Math.round(worst)).padStart(4)} ms   ${outcome}`,
    );
  }
  const results = join(here, 'results');
  mkdirSync(results, { recursive: true });
  writeFileSync(
    join(results, 'hostile-latest.json'),
    JSON.stringify({ at: new Date().toISOString(), node: process.version, cpus: os.cpus().length, posts: S.posts, runs: S.runs, rows }, null, 2),
  );
  const over = rows.filter((r) => r.longestHealthzMs > 100);
  console.log(over.length ? `\nOVER 100 ms: ${over.map((r) => r.name).join('; ')}` : '\nEvery hostile request left /healthz answering within 100 ms.');
  child.send({ type: 'shutdown' });
  process.exit(0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
