#!/usr/bin/env node
// Lighthouse on the built app (#13): the home feed, a post and search, signed in as a demo
// staff member, desktop preset, in Debian Chromium. Prints performance, accessibility and best
// practices per page and writes bench/results/lighthouse-<date>.json.
//
//   npm run bench:lighthouse            (builds dist/ and client/dist if stale)
//   LH_RUNS=3 node bench/lighthouse-bench.mjs      (median of 3 runs per page)
//
// The server runs as its own process on a temporary demo database (production mode, demo
// data seeded), so what is measured is what a city serves: the built SPA, gzip, cache headers.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CHROME = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = Math.max(1, Number(process.env.LH_RUNS ?? 1));
const PORT = Number(process.env.LH_PORT ?? 3917);
const base = `http://127.0.0.1:${PORT}`;
const TARGET = { performance: 90, accessibility: 100, 'best-practices': 100 };

const dir = mkdtempSync(join(tmpdir(), 'banso-lh-'));
const server = spawn(process.execPath, [join(root, 'dist/main.js')], {
  env: {
    ...process.env,
    NODE_ENV: 'production',
    SEED_DEMO: 'true',
    DATABASE_PATH: join(dir, 'banso.sqlite'),
    PORT: String(PORT),
    HOST: '127.0.0.1',
    APP_URL: base,
    LOG_LEVEL: 'warn',
    // Lighthouse and the sign-in below make many requests from one address.
    MUTATION_RATE_LIMIT: '100000',
  },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let chrome;
const stop = () => {
  server.kill();
  chrome?.kill();
  rmSync(dir, { recursive: true, force: true });
};
process.on('SIGINT', () => {
  stop();
  process.exit(130);
});

async function waitForServer() {
  for (let i = 0; i < 600; i++) {
    if (server.exitCode !== null) throw new Error(`server exited (${server.exitCode})`);
    try {
      const r = await fetch(`${base}/healthz`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('server did not start within 150 s');
}

async function gql(query, variables, cookie) {
  const r = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { body: await r.json(), cookie: r.headers.get('set-cookie') };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

try {
  await waitForServer();
  const login = await gql('mutation($input: LoginInput!) { login(input: $input) { id } }', {
    input: { email: 'staff01@demo.banso.example', password: 'banso-demo' },
  });
  if (login.body.errors) throw new Error(`sign-in failed: ${JSON.stringify(login.body.errors)}`);
  const cookie = login.cookie.split(';')[0];
  const feed = await gql('{ posts(first: 20, filter: { kind: CASE }) { edges { node { id } } } }', {}, cookie);
  const postId = feed.body.data.posts.edges[0].node.id;
  // LH_PAGES=post,search measures only those (default: all three).
  const only = process.env.LH_PAGES?.split(',');
  const pages = [
    { name: 'home', url: `${base}/` },
    { name: 'post', url: `${base}/posts/${postId}` },
    { name: 'search', url: `${base}/search?q=${encodeURIComponent('窓口')}` },
  ].filter((p) => !only || only.includes(p.name));

  chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  const results = [];
  for (const page of pages) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const r = await lighthouse(
        page.url,
        { port: chrome.port, output: 'json', logLevel: 'error', extraHeaders: { Cookie: cookie } },
        { ...desktopConfig, settings: { ...desktopConfig.settings, onlyCategories: ['performance', 'accessibility', 'best-practices'] } },
      );
      if (process.env.LH_SAVE) writeFileSync(join(process.env.LH_SAVE, `${page.name}-${i}.json`), JSON.stringify(r.lhr));
      const c = r.lhr.categories;
      const a = r.lhr.audits;
      runs.push({
        performance: Math.round(c.performance.score * 100),
        accessibility: Math.round(c.accessibility.score * 100),
        'best-practices': Math.round(c['best-practices'].score * 100),
        fcpMs: Math.round(a['first-contentful-paint'].numericValue),
        lcpMs: Math.round(a['largest-contentful-paint'].numericValue),
        tbtMs: Math.round(a['total-blocking-time'].numericValue),
        cls: Number(a['cumulative-layout-shift'].numericValue.toFixed(3)),
        failing: Object.values(a)
          .filter(
            (x) =>
              x.score !== null &&
              x.score < 1 &&
              ['accessibility', 'best-practices'].some((cat) => c[cat].auditRefs.some((ref) => ref.id === x.id && ref.weight > 0)),
          )
          .map((x) => x.id),
      });
    }
    const pick = (k) => median(runs.map((r) => r[k]));
    results.push({
      page: page.name,
      url: page.url.replace(base, ''),
      performance: pick('performance'),
      accessibility: pick('accessibility'),
      'best-practices': pick('best-practices'),
      fcpMs: pick('fcpMs'),
      lcpMs: pick('lcpMs'),
      tbtMs: pick('tbtMs'),
      cls: pick('cls'),
      failing: [...new Set(runs.flatMap((r) => r.failing))],
    });
  }

  console.log(`\nLighthouse (desktop preset, ${RUNS} run${RUNS > 1 ? 's, median' : ''}, Chromium ${CHROME}) — signed in as staff01`);
  console.log('page    perf  a11y  best  FCP ms  LCP ms  TBT ms  CLS    failing audits');
  let ok = true;
  for (const r of results) {
    const pass = Object.entries(TARGET).every(([k, min]) => r[k] >= min);
    ok &&= pass;
    console.log(
      `${r.page.padEnd(7)} ${String(r.performance).padStart(4)}  ${String(r.accessibility).padStart(4)}  ${String(r['best-practices']).padStart(4)}  ${String(r.fcpMs).padStart(6)}  ${String(r.lcpMs).padStart(6)}  ${String(r.tbtMs).padStart(6)}  ${r.cls.toFixed(3).padStart(5)}  ${r.failing.join(', ') || '—'}${pass ? '' : '   ← below target'}`,
    );
  }
  console.log(`targets: performance ≥ ${TARGET.performance}, accessibility ${TARGET.accessibility}, best practices ${TARGET['best-practices']}`);
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  const file = join(root, 'bench/results', `lighthouse-${new Date().toISOString().slice(0, 10)}.json`);
  writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), runs: RUNS, results }, null, 2));
  console.log(`written: ${file}`);
  stop();
  process.exit(ok ? 0 : 1);
} catch (e) {
  console.error(e);
  stop();
  process.exit(1);
}
