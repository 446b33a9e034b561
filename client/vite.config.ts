import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The first screen's JavaScript (#13), gzip: the goal, and the ceiling over which the build
 * fails so that nothing grows it unnoticed (now the goal itself). React 19 + React Router +
 * Apollo Client alone are ~125 KB of it; see README, "Initial load".
 */
const INITIAL_JS_TARGET_KB = 200;
const INITIAL_JS_CEILING_KB = 200;
/** The route a signed-in person lands on (its lazy chunk is part of the first screen). */
const FIRST_SCREEN_ROUTE = 'features/feed/HomePage.tsx';

/**
 * The first screen's modules, as the previous pass of the build found them (scripts/build-client.mjs
 * builds twice: a survey pass writes the list, the real pass reads it). The `later` chunk group
 * below takes what the other pages share into one chunk — leaving these out, so the first screen
 * does not grow. Without a list (a plain `vite build`) there is no such group: more, smaller chunks.
 */
const FIRST_SCREEN_LIST = process.env.BANSO_FIRST_SCREEN_LIST;
const SURVEY = process.env.BANSO_BUILD_PASS === 'survey';
const firstScreenModules = new Set<string>(
  !SURVEY && FIRST_SCREEN_LIST && existsSync(FIRST_SCREEN_LIST) ? (JSON.parse(readFileSync(FIRST_SCREEN_LIST, 'utf8')) as string[]) : [],
);

/**
 * Prints what the first screen loads — the entry chunk and the feed's route chunk, with their
 * static imports, transitively (other routes' lazy chunks excluded) — in gzip KB, and fails the build over the budget.
 */
function initialLoadReport(): Plugin {
  return {
    name: 'banso-initial-load',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const entry = chunks.find((c) => c.isEntry);
      if (!entry) return;
      const seen = new Set<string>();
      const visit = (name: string) => {
        if (seen.has(name)) return;
        seen.add(name);
        const chunk = chunks.find((c) => c.fileName === name);
        chunk?.imports.forEach(visit);
      };
      visit(entry.fileName);
      // The first screen of a signed-in person is the feed: its route chunk (lazy) loads at once too.
      const home = chunks.find((c) => c.facadeModuleId?.endsWith(FIRST_SCREEN_ROUTE));
      if (home) visit(home.fileName);
      const files = chunks.filter((c) => seen.has(c.fileName));
      if (SURVEY && FIRST_SCREEN_LIST) {
        writeFileSync(FIRST_SCREEN_LIST, JSON.stringify(files.flatMap((c) => Object.keys(c.modules))));
        return; // the survey pass only finds the first screen; the real pass reports and enforces it
      }
      const gzip = files.reduce((sum, c) => sum + gzipSync(c.code, { level: 9 }).length, 0) / 1024;
      const raw = files.reduce((sum, c) => sum + c.code.length, 0) / 1024;
      const line = `Initial JS (first screen): ${gzip.toFixed(1)} KB gzip (${raw.toFixed(0)} KB raw) in ${files.length} files — goal ${INITIAL_JS_TARGET_KB} KB${gzip <= INITIAL_JS_TARGET_KB ? ' (met)' : ' (not met yet)'}, ceiling ${INITIAL_JS_CEILING_KB} KB`;
      console.log(`\n${line}\n`);
      if (process.env.DEBUG_INITIAL_JS) for (const c of files) console.log(String((gzipSync(c.code).length / 1024).toFixed(1)).padStart(7), c.fileName);
      if (gzip > INITIAL_JS_CEILING_KB && !process.env.DEBUG_INITIAL_JS)
        this.error(`${line}: over the ceiling. Load the new code lazily (a route's own chunk).`);
    },
  };
}

/**
 * Writes `.br` and `.gz` next to every script and stylesheet, once at build time: the server
 * sends them to browsers that accept them (bootstrap.ts), so a first visit over a slow LGWAN
 * link transfers ~280 KB instead of ~900 KB, without compressing on every request.
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'banso-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    writeBundle(_options, bundle) {
      for (const name of Object.keys(bundle)) {
        if (!/\.(js|css|svg)$/.test(name)) continue;
        const file = join(outDir, name);
        const data = readFileSync(file);
        if (data.length < 1024) continue;
        writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(data, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
        );
      }
    },
  };
}

// The SPA is served by the NestJS server from client/dist in production.
// In development `npm run dev:client` proxies API calls to the server on :3000.
export default defineConfig({
  root,
  base: '/',
  plugins: [react(), initialLoadReport(), ...(SURVEY ? [] : [precompress()])],
  resolve: {
    alias: [
      // The toast container alone (not the package's index, which the first screen already holds for
      // `notifications.show`): LazyNotifications loads it with the first toast.
      { find: /^@mantine\/notifications\/container$/, replacement: join(root, '../node_modules/@mantine/notifications/esm/Notifications.mjs') },
    ],
  },
  css: {
    postcss: root,
  },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // What every screen needs, as two chunks that compress well, instead of dozens of
        // small shared chunks: React and the router (only what the first screen needs anyway:
        // a group pulls in every module of its packages, used there or not).
        codeSplitting: {
          groups: [
            { name: 'framework', test: /node_modules[\\/](react|react-dom|scheduler|react-router|@apollo|rxjs|@wry|optimism|tslib)[\\/]/, priority: 20 },
            // What two or more later pages share, in one chunk (a post page loaded ~90 small files — over
            // HTTP/1.1's six connections that was most of its load time); charts and dictionaries stay apart.
            ...(firstScreenModules.size
              ? [
                  {
                    name: 'later',
                    test: (id: string) => !firstScreenModules.has(id) && !/recharts|d3-|@mantine[\\/]charts|i18n[\\/](en|ja-more)/.test(id),
                    minShareCount: 2,
                    // its dependencies stay where they are: those the first screen has are not pulled in
                    includeDependenciesRecursively: false,
                    priority: 10,
                  },
                ]
              : []),
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: 'http://localhost:3000', changeOrigin: false, ws: true },
      '/healthz': { target: 'http://localhost:3000', changeOrigin: false },
    },
  },
  preview: {
    port: 4173,
    proxy: {
      '/graphql': { target: 'http://localhost:3000', changeOrigin: false, ws: true },
      '/healthz': { target: 'http://localhost:3000', changeOrigin: false },
    },
  },
});
