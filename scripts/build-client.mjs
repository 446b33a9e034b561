#!/usr/bin/env node
// Builds the SPA in two passes (#13, initial load). The survey pass finds the modules of the first
// screen (the shell and the feed) and writes their list; the real pass reads it, so that what the
// later pages share goes into one chunk without touching the first screen (client/vite.config.ts).
// `vite build` alone also works: it just makes more, smaller chunks.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';

const work = mkdtempSync(join(tmpdir(), 'banso-build-'));
const list = join(work, 'first-screen.json');
const configFile = 'client/vite.config.ts';
try {
  process.env.BANSO_FIRST_SCREEN_LIST = list;
  process.env.BANSO_BUILD_PASS = 'survey';
  await build({ configFile, logLevel: 'warn', build: { outDir: join(work, 'dist'), emptyOutDir: true } });
  process.env.BANSO_BUILD_PASS = 'final';
  await build({ configFile });
} finally {
  rmSync(work, { recursive: true, force: true });
}
