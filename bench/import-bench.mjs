// The HR staff import at city scale: 5,000 people in ~250 departments, then an April file that
// moves 600 of them. For each run: the whole time, and the longest the event loop was held
// (a 1 ms interval timer measures the gaps). Parsing, checking and finding unchanged lines
// let other requests in; the transaction with the lines that change something does not.
//
//   npm run bench:import            (BENCH_STAFF=20000 for a larger city)
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
require('reflect-metadata');
const { createApp } = require('../dist/bootstrap.js');
const { loadConfig } = require('../dist/core/config/config.js');
const { StaffImportService } = require('../dist/modules/staff-import/staff-import.service.js');

const N = Number(process.env.BENCH_STAFF ?? 5000);
const BU = ['企画部', '総務部', '市民部', '福祉部', '環境部', '都市部', '教育部', '消防本部'];
let seed = 20270401;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = (a) => a[Math.floor(rand() * a.length)];
const header = '職員番号,氏名,メールアドレス,所属,役割,階層';
const rows = Array.from({ length: N }, (_, i) => {
  const bu = pick(BU);
  return [
    300000 + i,
    `職員 ${i}`,
    `staff${i}@city.example.lg.jp`,
    `${bu}/${bu.slice(0, 2)}第${1 + Math.floor(rand() * 6)}課/第${1 + Math.floor(rand() * 4)}係`,
    'デジタル利活用人財',
    '主任級・担当級職員層',
  ];
});
const initial = [header, ...rows.map((r) => r.join(','))].join('\n');
const april = [
  header,
  ...rows.map((r) => {
    if (rand() >= 0.12) return r.join(',');
    const bu = pick(BU);
    return [...r.slice(0, 3), `${bu}/${bu.slice(0, 2)}第1課/第1係`, ...r.slice(4)].join(',');
  }),
].join('\n');

const dir = mkdtempSync(join(os.tmpdir(), 'banso-import-bench-'));
const app = await createApp(loadConfig({ ...process.env, DATABASE_PATH: join(dir, 'bench.sqlite'), SEED_DEMO: 'false', LOG_LEVEL: 'error' }));
const imports = app.get(StaffImportService);
console.log(`staff import, ${N} people, node ${process.version}, ${os.cpus().length} cores`);
for (const [name, csv, dryRun, date] of [
  ['initial, preview', initial, true, '2026-10-01'],
  ['initial, apply', initial, false, '2026-10-01'],
  ['same file again', initial, false, '2026-10-01'],
  ['April, preview', april, true, '2027-04-01'],
  ['April, apply', april, false, '2027-04-01'],
  ['April again', april, false, '2027-04-01'],
]) {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  const t0 = performance.now();
  const r = await imports.run(null, { csv, dryRun, effectiveDate: date });
  const total = performance.now() - t0;
  await new Promise((resolve) => setTimeout(resolve, 5));
  clearInterval(timer);
  console.log(
    `${name.padEnd(18)} ${total.toFixed(0).padStart(6)} ms total, longest block ${longest.toFixed(0).padStart(5)} ms  ` +
      `(created ${r.created}, transferred ${r.transferred}, unchanged ${r.unchanged}, departments ${r.departmentsCreated}, errors ${r.errors.length})`,
  );
}
await app.close();
rmSync(dir, { recursive: true, force: true });
