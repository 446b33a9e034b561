// Child process: boots the real Banso app (dist/) on the benchmark database and reports its
// port to the parent over IPC. Shuts down cleanly on {type:'shutdown'} (so --cpu-prof can
// write its profile) or when the parent goes away.
import { writeFileSync } from 'node:fs';
import inspector from 'node:inspector';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
require('reflect-metadata');

// BENCH_DATETIME_SHIM=1: work around @nestjs/graphql's GraphQLISODateTime, whose serialize()
// returns null for anything but a Date, while Banso's models carry ISO strings (createdAt…).
// Without it the feed query fails with "Expected `DateTime.serialize(...)` to return
// non-nullable value". Opt-in, so the default run measures the app exactly as built.
if (['1', 'true', 'yes', 'on'].includes(String(process.env.BENCH_DATETIME_SHIM ?? '').toLowerCase())) {
  const { GraphQLISODateTime } = require('@nestjs/graphql');
  const original = GraphQLISODateTime.serialize.bind(GraphQLISODateTime);
  GraphQLISODateTime.serialize = (v) => (typeof v === 'string' ? v : original(v));
}
const { createApp, listen } = require('../dist/bootstrap.js');
const { loadConfig } = require('../dist/core/config/config.js');

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
const post = (method, params) =>
  new Promise((resolve, reject) => session.post(method, params, (err, res) => (err ? reject(err) : resolve(res))));
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
  });
  app = await createApp(config);
  await listen(app, config);
  const addr = app.getHttpServer().address();
  process.send({ type: 'ready', port: addr.port, pid: process.pid });
} catch (e) {
  console.error('[banso-server] failed to start:', e);
  process.exit(1);
}
