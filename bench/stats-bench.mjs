// The statistics dashboard at city scale: 3,000 staff in ~200 departments (部 → 課 → 係),
// 100,000 posts with their answers, and a ledger of 1,000,000 facts over three 年度 (with
// withdrawals). Times `contributionStats` through the real service as the DX office opens it
// (the whole organisation with its department comparison, monthly), for a 部, for a 課 by week,
// and the leaderboard. Target: under 300 ms for the organisation dashboard (2 cores).
//
//   npm run bench:stats            (BENCH_LEDGER=200000 for a quicker run)
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { prng } from './seed.mjs';

const require = createRequire(import.meta.url);
require('reflect-metadata');
const { createApp } = require('../dist/bootstrap.js');
const { loadConfig } = require('../dist/core/config/config.js');
const { openDatabase } = require('../dist/core/database/data-source.js');
const { StatsService } = require('../dist/modules/stats/stats.service.js');
const { UsersService } = require('../dist/modules/users/users.service.js');

const int = (name, def) => (process.env[name] ? Number(process.env[name]) : def);
const S = { staff: int('BENCH_STAFF', 3000), posts: int('BENCH_POSTS', 100_000), ledger: int('BENCH_LEDGER', 1_000_000), runs: int('BENCH_RUNS', 7) };
const rnd = prng(20270401);
const pick = (a) => a[Math.floor(rnd() * a.length)];
const dir = mkdtempSync(join(os.tmpdir(), 'banso-stats-bench-'));
const file = join(dir, 'bench.sqlite');
process.on('exit', () => {
  if (!process.env.BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
  else console.log('kept', file);
});

// ---- seed (raw better-sqlite3, one transaction) ---------------------------------------------
const t0 = performance.now();
await (await openDatabase(file)).destroy(); // migrate with the app's own migrations
const db = new Database(file);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = OFF');
const now = Date.parse('2026-12-01T00:00:00Z');
const start = Date.parse('2024-04-01T00:00:00+09:00');
const fyOf = (ms) => {
  const d = new Date(ms + 9 * 3600_000);
  return d.getUTCMonth() >= 3 ? d.getUTCFullYear() : d.getUTCFullYear() - 1;
};
const iso = (ms) => new Date(ms).toISOString();
const KINDS = [
  ['QUESTION_POSTED', 2, 0.12],
  ['CASE_POSTED', 5, 0.04],
  ['IDEA_POSTED', 3, 0.03],
  ['ANSWER_POSTED', 3, 0.18],
  ['COMMENT_POSTED', 1, 0.18],
  ['ANSWER_ACCEPTED', 15, 0.05],
  ['STAMP_GIVEN', 0, 0.2],
  ['STAMP_RECEIVED', 1, 0.2],
];
const cumulative = [];
KINDS.reduce((acc, k) => (cumulative.push(acc + k[2]), acc + k[2]), 0);

let departments = 0;
db.transaction(() => {
  const insDep = db.prepare('INSERT INTO department (code, name, level, parent_id, sort_order, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  const insUser = db.prepare(
    "INSERT INTO app_user (email, display_name, password_hash, role, disabled, created_at, updated_at) VALUES (?, ?, '!', ?, 0, ?, ?)",
  );
  const insAssign = db.prepare('INSERT INTO assignment (user_id, department_id, start_date, end_date, created_at) VALUES (?, ?, ?, ?, ?)');
  const created = iso(start);
  const leaves = [];
  for (let b = 0; b < 10; b++) {
    const bu = Number(insDep.run(`B${b}`, `第${b + 1}部`, 'BU', null, departments++, created).lastInsertRowid);
    for (let k = 0; k < 6; k++) {
      const ka = Number(insDep.run(`B${b}K${k}`, `第${b + 1}部 第${k + 1}課`, 'KA', bu, departments++, created).lastInsertRowid);
      leaves.push(ka);
      for (let g = 0; g < 2; g++) leaves.push(Number(insDep.run(`B${b}K${k}G${g}`, `第${g + 1}係`, 'KAKARI', ka, departments++, created).lastInsertRowid));
    }
  }
  const users = [];
  for (let i = 0; i < S.staff; i++) {
    const id = Number(insUser.run(`u${i}@city.example.lg.jp`, `職員 ${i}`, i < 20 ? 'DX_OFFICE' : 'STAFF', created, created).lastInsertRowid);
    const first = pick(leaves);
    // An April 2026 transfer wave: 15% move.
    if (rnd() < 0.15) {
      insAssign.run(id, first, '2020-04-01', '2026-04-01', created);
      insAssign.run(id, pick(leaves), '2026-04-01', null, created);
    } else insAssign.run(id, first, '2020-04-01', null, created);
    users.push(id);
  }
  const depOf = db.prepare('SELECT department_id FROM assignment WHERE user_id = ? AND start_date <= ? AND (end_date IS NULL OR end_date > ?)');
  const depCache = new Map();
  const departmentAt = (u, ms) => {
    const day = iso(ms + 9 * 3600_000).slice(0, 10);
    const key = `${u}|${day >= '2026-04-01'}`;
    if (!depCache.has(key)) depCache.set(key, depOf.get(u, day, day)?.department_id ?? null);
    return depCache.get(key);
  };
  const insPost = db.prepare(
    `INSERT INTO post (kind, title, body, status, anonymous, author_id, department_id, answer_count, comment_count, cheer_count, helpful_count,
       thanks_count, revision, created_at, updated_at, last_activity_at) VALUES (?, ?, '本文', 'OPEN', 0, ?, ?, ?, 0, 0, 0, 0, 1, ?, ?, ?)`,
  );
  const insAnswer = db.prepare(
    `INSERT INTO answer (post_id, author_id, department_id, body, accepted_at, comment_count, cheer_count, helpful_count, thanks_count, created_at, updated_at, revision)
     VALUES (?, ?, ?, '回答', ?, 0, 0, 0, 0, ?, ?, 1)`,
  );
  const setAccepted = db.prepare('UPDATE post SET accepted_answer_id = ?, status = ? WHERE id = ?');
  for (let i = 0; i < S.posts; i++) {
    const at = start + rnd() * (now - start);
    const author = pick(users);
    const kind = rnd() < 0.6 ? 'QUESTION' : rnd() < 0.6 ? 'CASE' : 'IDEA';
    const answers = kind === 'QUESTION' ? (rnd() < 0.2 ? 0 : 1 + Math.floor(rnd() * 3)) : 0;
    const postId = Number(insPost.run(kind, `投稿 ${i}`, author, departmentAt(author, at), answers, iso(at), iso(at), iso(at)).lastInsertRowid);
    let t = at;
    for (let a = 0; a < answers; a++) {
      t += rnd() * 48 * 3600_000;
      const who = pick(users);
      const accepted = a === 0 && rnd() < 0.55 ? iso(t + rnd() * 72 * 3600_000) : null;
      const answerId = Number(insAnswer.run(postId, who, departmentAt(who, t), accepted, iso(t), iso(t)).lastInsertRowid);
      if (accepted) setAccepted.run(answerId, 'RESOLVED', postId);
    }
  }
  const insFact = db.prepare(
    `INSERT INTO contribution (occurred_at, fiscal_year, user_id, department_id, kind, delta, points, anonymous, reverses_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (let i = 0; i < S.ledger; i++) {
    const at = start + rnd() * (now - start);
    const u = pick(users);
    const r = rnd() * cumulative[cumulative.length - 1];
    const [kind, points] = KINDS[cumulative.findIndex((c) => r < c)];
    const id = Number(insFact.run(iso(at), fyOf(at), u, departmentAt(u, at), kind, 1, points, rnd() < 0.03 ? 1 : 0, null).lastInsertRowid);
    // 2% withdrawn later (the reversal carries the withdrawal's own time and 年度).
    if (rnd() < 0.02 && i + 1 < S.ledger) {
      const later = Math.min(now, at + rnd() * 30 * 86400_000);
      insFact.run(iso(later), fyOf(later), u, departmentAt(u, later), kind, -1, -points, 0, id);
      i++;
    }
  }
  // A tenth of the people take part in the leaderboard.
  const insPref = db.prepare('INSERT INTO user_preference (user_id, skills_public, leaderboard_opt_in, updated_at) VALUES (?, 0, 1, ?)');
  for (const u of users) if (rnd() < 0.1) insPref.run(u, created);
})();
db.pragma('wal_checkpoint(TRUNCATE)');
db.exec('ANALYZE');
db.close();
const seedMs = performance.now() - t0;

// ---- measure through the real service --------------------------------------------------------
const app = await createApp(loadConfig({ ...process.env, DATABASE_PATH: file, SEED_DEMO: 'false', LOG_LEVEL: 'error', OUTBOX_POLL: 'off' }));
const stats = app.get(StatsService);
const usersService = app.get(UsersService);
const dx = { id: 1, role: 'DX_OFFICE', displayName: 'DX', sessionId: 'bench' };
const bu = [...usersService.departments().values()].find((d) => d.level === 'BU');
const ka = [...usersService.departments().values()].find((d) => d.level === 'KA');
const time = (fn) => {
  const ms = [];
  for (let i = 0; i < S.runs; i++) {
    const t = performance.now();
    fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return { p50: ms[Math.floor(ms.length / 2)], max: ms[ms.length - 1] };
};
const cases = [
  ['organisation dashboard (DX office, month)', () => stats.contributionStats(dx, { fiscalYear: 2026 }, new Date(now))],
  ['one 部 with comparison (month)', () => stats.contributionStats(dx, { fiscalYear: 2026, departmentId: Number(bu.id) }, new Date(now))],
  ['one 課 (week)', () => stats.contributionStats(dx, { fiscalYear: 2026, departmentId: Number(ka.id), granularity: 'WEEK' }, new Date(now))],
  ['leaderboard top 20', () => stats.leaderboard(2026, 20)],
];
const ledgerRows = new Database(file, { readonly: true }).prepare('SELECT COUNT(*) AS n FROM contribution').get().n;
console.log(
  `statistics: ${S.staff} staff, ${departments} departments, ${S.posts} posts, ${ledgerRows} ledger rows; seeded in ${(seedMs / 1000).toFixed(1)} s; node ${process.version}, ${os.cpus().length} cores`,
);
for (const [name, fn] of cases) {
  const r = time(fn);
  console.log(`${name.padEnd(44)} p50 ${r.p50.toFixed(0).padStart(5)} ms   max ${r.max.toFixed(0).padStart(5)} ms   (${S.runs} runs)`);
}
await app.close();
