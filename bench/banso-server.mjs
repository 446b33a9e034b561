// Child process: boots the real Banso app (dist/) on the benchmark database and reports its
// port to the parent over IPC. Shuts down cleanly on {type:'shutdown'} or when the parent
// goes away; profiles itself between {type:'profile-start'} and {type:'profile-stop'}.
import { writeFileSync } from 'node:fs';
import inspector from 'node:inspector';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// BENCH_BANSO_DIST: boot another build (e.g. a patched copy of dist/) for an A/B comparison.
const dist = resolve(root, process.env.BENCH_BANSO_DIST || 'dist');
require('reflect-metadata');
const { createApp, listen } = require(join(dist, 'bootstrap.js'));
const { loadConfig } = require(join(dist, 'core/config/config.js'));

const dbPath = process.env.BENCH_DB_PATH;
if (!dbPath || !process.send) {
  console.error('banso-server.mjs is started by bench/feed-bench.mjs (needs BENCH_DB_PATH and an IPC channel)');
  process.exit(2);
}

let app = null;
let closing = false;
async function shutdown(code) {
  if (closing) return;
  closing = true;
  try {
    if (app) await app.close();
  } catch (e) {
    console.error('[banso-server] close failed:', e);
  }
  process.exit(code);
}
// BENCH_PROFILE=1: the parent brackets the measured run with profile-start / profile-stop,
// so the CPU profile holds only steady-state request handling (no boot, no warm-up).
let session = null;
const post = (method, params) => new Promise((resolve, reject) => session.post(method, params, (err, res) => (err ? reject(err) : resolve(res))));
async function onMessage(m) {
  if (!m || typeof m !== 'object') return;
  if (m.type === 'shutdown') return shutdown(0);
  if (m.type === 'profile-start') {
    session = new inspector.Session();
    session.connect();
    await post('Profiler.enable');
    await post('Profiler.setSamplingInterval', { interval: 200 });
    await post('Profiler.start');
    process.send({ type: 'profile-started' });
  } else if (m.type === 'profile-stop') {
    const { profile } = await post('Profiler.stop');
    session.disconnect();
    session = null;
    writeFileSync(m.file, JSON.stringify(profile));
    process.send({ type: 'profile-stopped', file: m.file });
  }
}
process.on('message', (m) => {
  onMessage(m).catch((e) => {
    console.error('[banso-server] message failed:', e);
    process.exit(1);
  });
});
process.on('disconnect', () => void shutdown(0));

try {
  const config = loadConfig({
    ...process.env,
    DATABASE_PATH: dbPath,
    SEED_DEMO: 'false',
    NODE_ENV: 'production',
    LOG_LEVEL: 'error',
    HOST: '127.0.0.1',
    PORT: '0',
    MUTATION_RATE_LIMIT: '100000',
    LOGIN_RATE_LIMIT: '1000',
    CLIENT_DIST_PATH: process.env.CLIENT_DIST_PATH || join(root, 'client/dist'),
  });
  app = await createApp(config);
  await listen(app, config);
  const addr = app.getHttpServer().address();
  process.send({ type: 'ready', port: addr.port, pid: process.pid });
} catch (e) {
  console.error('[banso-server] failed to start:', e);
  process.exit(1);
}
