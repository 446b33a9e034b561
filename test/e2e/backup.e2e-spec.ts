import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase } from '../../src/core/database/data-source';
import { DbService } from '../../src/core/database/db.service';
import { verifyLedger } from '../../src/modules/ledger/ledger-verifier';
import { ACCEPT, CREATE_ANSWER, CREATE_POST, question, REACT, TestApp } from '../support/test-app';

/**
 * Issue #9, "deployable as it is": `npm run backup` takes an online copy (SQLite backup API)
 * that is consistent even while the server writes, and `npm run restore` puts it back: the
 * data is as it was at backup time, the ledger verifies, and a running server, a damaged
 * file or a foreign file are refused without touching the database.
 */
const ROOT = join(__dirname, '../..');

interface CliEnv {
  db: string;
  backups: string;
  uploads?: string;
}

function env(e: CliEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...process.env, DATABASE_PATH: e.db, BACKUP_DIR: e.backups, LOG_LEVEL: 'error' };
  delete out.UPLOAD_DIR;
  if (e.uploads) out.UPLOAD_DIR = e.uploads;
  return out;
}

/** The CLI's own source through ts-node (like first-admin.e2e-spec), so the test needs no build. */
const argv = (script: 'backup' | 'restore', args: string[]) => ['-r', 'ts-node/register/transpile-only', `src/cli/${script}.ts`, ...args];

function cli(script: 'backup' | 'restore', e: CliEnv, args: string[] = []) {
  const r = spawnSync(process.execPath, argv(script, args), { cwd: ROOT, env: env(e), encoding: 'utf8', input: '' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

/** The same, without blocking this process: the server under test keeps serving meanwhile. */
function cliAsync(script: 'backup' | 'restore', e: CliEnv, args: string[] = []): Promise<{ status: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, argv(script, args), { cwd: ROOT, env: env(e), stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, out }));
  });
}

const backupPath = (out: string) => out.match(/^\s+(\S+\/banso-\d{8}-\d{6}(?:-\d+)?\.sqlite)$/m)?.[1];
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const POST_TITLE = 'query($id: ID!) { post(id: $id) { title status acceptedAnswer { id } } }';

/** Opens a backup the way the server would (migrated) and verifies its ledger. */
async function ledgerOf(file: string) {
  const ds = await openDatabase(file);
  try {
    return verifyLedger(new DbService(ds));
  } finally {
    await ds.destroy();
  }
}

describe('npm run backup / npm run restore', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'banso-backup-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('restores the data as it was at backup time: a later post is gone, the ledger verifies, uploads come back', async () => {
    const e: CliEnv = { db: join(dir, 'data', 'banso.sqlite'), backups: join(dir, 'backups'), uploads: join(dir, 'uploads') };
    mkdirSync(join(e.uploads!, 'ab'), { recursive: true });
    writeFileSync(join(e.uploads!, 'ab', 'abcdef0123'), 'an uploaded file');

    let t = await TestApp.start({ DATABASE_PATH: e.db });
    let before: string;
    let after: string;
    let backup: string;
    const asker = await t.signedIn();
    const answerer = await t.signedIn();
    try {
      before = (await asker.client.gql(CREATE_POST, { i: question({ title: 'バックアップ前の質問' }) })).data.createPost.id;
      const answer = (await answerer.client.gql(CREATE_ANSWER, { i: { postId: before, body: 'こうすればできます。' } })).data.createAnswer.id;
      expect((await asker.client.gql(REACT, { i: { targetType: 'ANSWER', targetId: answer, stamp: 'THANKS' } })).errors).toBeUndefined();
      expect((await asker.client.gql(ACCEPT, { id: answer })).errors).toBeUndefined();

      // A backup while the server runs.
      const b = cli('backup', e);
      expect(b.out).toMatch(/バックアップが完了しました/);
      expect(b.status).toBe(0);
      backup = backupPath(b.out)!;
      expect(backup).toBeDefined();
      expect(backup.startsWith(e.backups)).toBe(true);
      expect(b.out).toMatch(/\d+(\.\d)? KiB \(\d+ bytes, \d+ pages\), integrity_check ok/);
      expect(statSync(backup).mode & 0o777).toBe(0o600);
      expect(readFileSync(join(backup.replace(/\.sqlite$/, '-uploads'), 'ab', 'abcdef0123'), 'utf8')).toBe('an uploaded file');
      expect(readdirSync(e.backups).filter((f) => f.endsWith('.partial'))).toEqual([]);

      // Life goes on after the backup: a new post and an edit.
      after = (await asker.client.gql(CREATE_POST, { i: question({ title: 'バックアップ後の質問' }) })).data.createPost.id;
      const edit = await asker.client.gql('mutation($i: UpdatePostInput!) { updatePost(input: $i) { title } }', {
        i: { id: before, title: '後で直したタイトル' },
      });
      expect(edit.errors).toBeUndefined();

      // The server holds the database: restore refuses and changes nothing.
      const busy = cli('restore', e, [backup]);
      expect(busy.status).toBe(1);
      expect(busy.out).toMatch(/使用中です.*サーバーを停止してから/);
      expect((await asker.client.gql(POST_TITLE, { id: after })).data.post.title).toBe('バックアップ後の質問');
      expect(readdirSync(join(dir, 'data')).filter((f) => f.includes('before-restore'))).toEqual([]);
    } finally {
      await t.close();
    }

    // Server stopped: restore, into a fresh uploads directory (a new machine).
    const restored: CliEnv = { ...e, uploads: join(dir, 'uploads-new') };
    const r = cli('restore', restored, [backup]);
    expect(r.out).toMatch(/復元しました/);
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/integrity_check ok, migrations: \d+/);
    const aside = readdirSync(join(dir, 'data')).filter((f) => /^banso\.sqlite\.before-restore-\d{8}-\d{6}$/.test(f));
    expect(aside).toHaveLength(1);
    expect(statSync(e.db).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(restored.uploads!, 'ab', 'abcdef0123'), 'utf8')).toBe('an uploaded file');
    // The replaced database is kept, complete (its WAL was checkpointed into it), with the later post.
    const old = new Database(join(dir, 'data', aside[0]), { readonly: true, fileMustExist: true });
    try {
      expect(old.prepare('SELECT title FROM post WHERE id = ?').get(Number(after))).toEqual({ title: 'バックアップ後の質問' });
    } finally {
      old.close();
    }

    t = await TestApp.start({ DATABASE_PATH: e.db });
    try {
      const c = await t.client().login(asker.user);
      const p = await c.gql(POST_TITLE, { id: before });
      expect(p.data.post).toMatchObject({ title: 'バックアップ前の質問', status: 'RESOLVED' });
      expect(p.data.post.acceptedAnswer).not.toBeNull();
      const gone = await c.gql(POST_TITLE, { id: after });
      expect(gone.data?.post ?? null).toBeNull();
      expect(verifyLedger(t.db).differences).toEqual([]);
      expect(t.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM contribution')!.n).toBeGreaterThan(0);
    } finally {
      await t.close(); // also verifies the ledger
    }
  });

  it('takes a consistent copy while the server writes, starting over when a write lands between two steps', async () => {
    const e: CliEnv = { db: join(dir, 'banso.sqlite'), backups: join(dir, 'backups') };
    const t = await TestApp.start({ DATABASE_PATH: e.db });
    try {
      const { client } = await t.signedIn();
      // Some bulk (≈ 2,500 pages, so the copy takes ~100 steps) and a pair of tables that one
      // transaction always writes together: a torn copy would show different counts.
      t.db.run('CREATE TABLE pad (id INTEGER PRIMARY KEY, blob BLOB)');
      t.db.run('CREATE TABLE pair_a (id INTEGER PRIMARY KEY, at TEXT)');
      t.db.run('CREATE TABLE pair_b (id INTEGER PRIMARY KEY, at TEXT)');
      t.db.tx(() => {
        for (let i = 0; i < 2500; i++) t.db.run('INSERT INTO pad (blob) VALUES (randomblob(4000))');
      });
      const postsBefore = t.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM post')!.n;

      let writing = true;
      let pairs = 0;
      let posts = 0;
      const pairWriter = (async () => {
        while (writing) {
          t.db.tx(() => {
            const at = new Date().toISOString();
            t.db.run('INSERT INTO pair_a (at) VALUES (?)', [at]);
            t.db.run('INSERT INTO pair_b (at) VALUES (?)', [at]);
          });
          pairs++;
          await new Promise((r) => setImmediate(r));
        }
      })();
      const postWriter = (async () => {
        while (writing) {
          const r = await client.gql(CREATE_POST, { i: question({ title: `書き込み中の投稿 ${posts}` }) });
          expect(r.errors).toBeUndefined();
          posts++;
        }
      })();
      const b = await cliAsync('backup', e);
      writing = false;
      await Promise.all([pairWriter, postWriter]);

      expect(b.out).toMatch(/バックアップが完了しました/);
      expect(b.status).toBe(0);
      expect(pairs).toBeGreaterThan(0);
      expect(posts).toBeGreaterThan(0);
      // SQLite restarts the copy when the source changes between steps; the CLI then copies the rest in one step.
      expect(b.out).toMatch(/コピーし直します/);

      const file = backupPath(b.out)!;
      const copy = new Database(file, { readonly: true, fileMustExist: true });
      try {
        expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(copy.pragma('journal_mode', { simple: true })).toBe('delete'); // one self-contained file
        const a = (copy.prepare('SELECT COUNT(*) AS n FROM pair_a').get() as { n: number }).n;
        expect((copy.prepare('SELECT COUNT(*) AS n FROM pair_b').get() as { n: number }).n).toBe(a);
        expect(a).toBeLessThanOrEqual(pairs);
        const inCopy = (copy.prepare('SELECT COUNT(*) AS n FROM post').get() as { n: number }).n;
        expect(inCopy).toBeGreaterThanOrEqual(postsBefore);
        expect(inCopy).toBeLessThanOrEqual(postsBefore + posts);
      } finally {
        copy.close();
      }
      expect((await ledgerOf(file)).differences).toEqual([]);
    } finally {
      await t.close();
    }
  });

  it('keeps the N newest backups with --keep, and says what it pruned', async () => {
    const e: CliEnv = { db: join(dir, 'banso.sqlite'), backups: join(dir, 'backups') };
    const t = await TestApp.start({ DATABASE_PATH: e.db });
    await t.close();
    const made: string[] = [];
    for (let i = 0; i < 3; i++) {
      const b = cli('backup', e, ['--keep', '2']);
      expect(b.status).toBe(0);
      made.push(backupPath(b.out)!);
    }
    expect(new Set(made).size).toBe(3); // same second: banso-<stamp>-1.sqlite, …
    expect(readdirSync(e.backups).sort()).toEqual(
      made
        .slice(1)
        .map((f) => f.slice(e.backups.length + 1))
        .sort(),
    );
    const bad = cli('backup', e, ['--keep', '0']);
    expect(bad.status).toBe(2);
    expect(bad.out).toMatch(/--keep には1以上の整数/);
  });

  it('refuses a missing database, a damaged or foreign backup, and a backup from a newer version, changing nothing', async () => {
    const e: CliEnv = { db: join(dir, 'data', 'banso.sqlite'), backups: join(dir, 'backups') };
    const missing = cli('backup', e);
    expect(missing.status).toBe(1);
    expect(missing.out).toMatch(/データベースが見つかりません/);
    expect(existsSync(e.db)).toBe(false);

    const t = await TestApp.start({ DATABASE_PATH: e.db });
    await t.close();
    const good = backupPath(cli('backup', e).out)!;
    const live = sha(e.db);

    const garbage = join(dir, 'garbage.sqlite');
    writeFileSync(garbage, 'this is not a database '.repeat(500));
    const truncated = join(dir, 'truncated.sqlite');
    writeFileSync(truncated, readFileSync(good).subarray(0, Math.floor(statSync(good).size / 2)));
    const foreign = join(dir, 'foreign.sqlite');
    const f = new Database(foreign);
    f.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)');
    f.close();
    const newer = join(dir, 'newer.sqlite');
    writeFileSync(newer, readFileSync(good));
    const n = new Database(newer);
    n.prepare('INSERT INTO migrations (timestamp, name) VALUES (?, ?)').run(9999999999999, 'FromTheFuture9999999999999');
    n.close();

    const cases: [string, RegExp][] = [
      [garbage, /SQLite のデータベースとして開けません/],
      [truncated, /開けません|整合性検査/],
      [foreign, /migrations 表がありません/],
      [newer, /知らないマイグレーション（FromTheFuture9999999999999）/],
    ];
    for (const [file, message] of cases) {
      const r = cli('restore', e, [file]);
      expect(r.out).toMatch(message);
      expect(r.out).toMatch(/データベースは変更していません/);
      expect(r.status).toBe(1);
    }
    const none = cli('restore', e, [join(dir, 'nope.sqlite')]);
    expect(none.status).toBe(2);
    expect(none.out).toMatch(/バックアップファイルが見つかりません/);

    expect(sha(e.db)).toBe(live);
    expect(readdirSync(join(dir, 'data')).filter((x) => x !== 'banso.sqlite' && x !== '.session-secret')).toEqual([]);
  });
});
