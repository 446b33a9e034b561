#!/usr/bin/env node
// Builds the server and the SPA when their output is missing or older than the sources, so
// `npm start` on a fresh clone just works and a second start is instant. --force rebuilds.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const force = process.argv.includes('--force');
const serverOnly = process.argv.includes('--server-only');

function newest(dir, filter = () => true) {
  let t = 0;
  if (!existsSync(dir)) return t;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name === 'dist' || e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) t = Math.max(t, newest(p, filter));
    else if (filter(p)) t = Math.max(t, statSync(p).mtimeMs);
  }
  return t;
}

function run(label, cmd) {
  const t0 = Date.now();
  process.stdout.write(`[build] ${label} … `);
  try {
    execSync(cmd, { stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    process.stdout.write('failed\n');
    process.stderr.write(String(e.stdout ?? '') + String(e.stderr ?? ''));
    process.exit(1);
  }
  process.stdout.write(`done in ${((Date.now() - t0) / 1000).toFixed(1)}s\n`);
}

const serverOut = 'dist/main.js';
const serverSrc = Math.max(
  newest('src', (p) => !p.endsWith('.spec.ts')),
  statSync('tsconfig.json').mtimeMs,
);
if (force || !existsSync(serverOut) || statSync(serverOut).mtimeMs < serverSrc) run('server (nest build)', 'npx nest build');

const clientOut = 'client/dist/index.html';
const clientSrc = Math.max(newest('client', (p) => !/\.test\.tsx?$/.test(p)));
if (!serverOnly && (force || !existsSync(clientOut) || statSync(clientOut).mtimeMs < clientSrc)) {
  run('client (vite build, two passes)', 'node scripts/build-client.mjs');
}
