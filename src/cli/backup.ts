import {
  chmodSync,
  closeSync,
  copyFileSync,
  constants,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { defaultUploadDir, PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from '../core/config/config';

/**
 * `npm run backup [-- --keep N]` — an online copy of the SQLite database with SQLite's backup
 * API (better-sqlite3 `db.backup`), safe while the server runs and writes (WAL mode): the copy
 * is one consistent snapshot. It goes to BACKUP_DIR (default `<database directory>/backups`)
 * as `banso-YYYYMMDD-HHmmss.sqlite` (JST), owner read/write only, and is checked
 * (`PRAGMA integrity_check`) before it gets its final name. When UPLOAD_DIR is set and exists,
 * the uploaded files are copied to `banso-YYYYMMDD-HHmmss-uploads/` after the database, so
 * every file the snapshot refers to is in the copy. `--keep N` then deletes all but the N
 * newest backups in BACKUP_DIR. Restore: `npm run restore -- <file>` (src/cli/restore.ts).
 *
 * The helpers are shared with restore.ts; the command runs only when this file is the entry.
 */

export const BACKUP_FILE = /^banso-(\d{8})-(\d{6})(?:-(\d+))?\.sqlite$/;
const UPLOADS_SUFFIX = '-uploads';

/** Where the server keeps its database: the same rule as loadConfig (DATABASE_PATH, default ./data/banso.sqlite). */
export function databasePathFrom(env: NodeJS.ProcessEnv): string {
  const raw = env.DATABASE_PATH && env.DATABASE_PATH.trim() !== '' ? env.DATABASE_PATH.trim() : './data/banso.sqlite';
  if (raw === ':memory:' || raw.startsWith('file:')) {
    throw new UsageError(`DATABASE_PATH="${raw}" はファイルではないため、バックアップ・リストアできません。`);
  }
  return resolve(raw);
}

export function backupDirFrom(env: NodeJS.ProcessEnv, databasePath: string): string {
  const raw = env.BACKUP_DIR?.trim();
  return raw ? resolve(raw) : join(dirname(databasePath), 'backups');
}

/** UPLOAD_DIR, else the server's default: `uploads` beside the database (see `defaultUploadDir`). */
export function uploadDirFrom(env: NodeJS.ProcessEnv, databasePath?: string): string | null {
  const raw = env.UPLOAD_DIR?.trim();
  if (raw) return resolve(raw);
  return databasePath ? defaultUploadDir(env, databasePath) : null;
}

/** A wrong invocation or setting (exit code 2), as opposed to a failed backup (exit code 1). */
export class UsageError extends Error {}

/** `YYYYMMDD-HHmmss` in Japan time (UTC+9, no daylight saving), whatever the machine's time zone. */
export function jstStamp(at: Date): string {
  const j = new Date(at.getTime() + 9 * 3600_000);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(j.getUTCFullYear(), 4)}${p(j.getUTCMonth() + 1)}${p(j.getUTCDate())}-${p(j.getUTCHours())}${p(j.getUTCMinutes())}${p(j.getUTCSeconds())}`;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(v < 10 ? 1 : 0)} ${units[i]}`;
}

/** Flushes a directory entry (a rename or a new file) to disk; best effort where the platform cannot. */
export function fsyncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Not supported on every platform / file system: the data itself was synced.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export interface TreeCopy {
  files: number;
  bytes: number;
  skipped: number;
}

/**
 * Copies a directory tree file by file: directories 0700, files keep their content and get
 * 0600. With `onlyMissing`, a file that already exists at the destination is left alone
 * (uploads are content-addressed: the same name is the same content).
 */
export function copyTree(from: string, to: string, onlyMissing = false, acc: TreeCopy = { files: 0, bytes: 0, skipped: 0 }): TreeCopy {
  mkdirSync(to, { recursive: true, mode: PRIVATE_DIR_MODE });
  for (const e of readdirSync(from, { withFileTypes: true })) {
    const src = join(from, e.name);
    const dest = join(to, e.name);
    if (e.isDirectory()) copyTree(src, dest, onlyMissing, acc);
    else if (e.isFile()) {
      if (onlyMissing && existsSync(dest)) {
        acc.skipped++;
        continue;
      }
      copyFileSync(src, dest, constants.COPYFILE_EXCL);
      chmodSync(dest, PRIVATE_FILE_MODE);
      const fd = openSync(dest, 'r+');
      try {
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      acc.files++;
      acc.bytes += statSync(dest).size;
    } else acc.skipped++; // symlinks, sockets: not part of the uploads
  }
  return acc;
}

export interface DatabaseCheck {
  /** `ok`, or what integrity_check found (first lines). */
  integrity: string[];
  /** Names in TypeORM's `migrations` table, oldest first; null when there is no such table. */
  migrations: string[] | null;
  pages: number;
}

/**
 * Opens a database file that no one else uses (a fresh backup, or the copy a restore is about
 * to put in place), makes it a self-contained file (journal_mode DELETE: no -wal beside it)
 * and checks it. A file that is not an SQLite database throws.
 */
export function checkDatabaseFile(file: string): DatabaseCheck {
  const conn = new Database(file, { fileMustExist: true, timeout: 5000 });
  try {
    conn.pragma('journal_mode = DELETE');
    const integrity = (conn.pragma('integrity_check(20)') as { integrity_check: string }[]).map((r) => r.integrity_check);
    const hasMigrations = conn.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'").get() !== undefined;
    const migrations = hasMigrations ? (conn.prepare('SELECT name FROM migrations ORDER BY id').all() as { name: string }[]).map((r) => r.name) : null;
    return { integrity, migrations, pages: conn.pragma('page_count', { simple: true }) as number };
  } finally {
    conn.close();
  }
}

export interface BackupResult {
  file: string;
  bytes: number;
  pages: number;
  /** How often the copy started over because the server wrote meanwhile. */
  restarts: number;
  uploads: { from: string; to: string; files: number; bytes: number } | null;
  ms: number;
}

export interface BackupOptions {
  databasePath: string;
  backupDir: string;
  uploadDir: string | null;
  now?: Date;
  onProgress?: (copiedPages: number, totalPages: number) => void;
  onRestart?: () => void;
}

/** A name that is not taken yet: banso-<stamp>.sqlite, else banso-<stamp>-1.sqlite, … */
function freeName(dir: string, stamp: string): string {
  for (let i = 0; ; i++) {
    const name = i === 0 ? `banso-${stamp}` : `banso-${stamp}-${i}`;
    const taken = [`${name}.sqlite`, `${name}.sqlite.partial`, name + UPLOADS_SUFFIX, `${name}${UPLOADS_SUFFIX}.partial`].some((f) => existsSync(join(dir, f)));
    if (!taken) return name;
  }
}

export async function createBackup(o: BackupOptions): Promise<BackupResult> {
  const t0 = Date.now();
  if (!existsSync(o.databasePath)) throw new Error(`データベースが見つかりません: ${o.databasePath}（DATABASE_PATH を確認してください）`);
  mkdirSync(o.backupDir, { recursive: true, mode: PRIVATE_DIR_MODE });
  const name = freeName(o.backupDir, jstStamp(o.now ?? new Date()));
  const file = join(o.backupDir, `${name}.sqlite`);
  const partial = `${file}.partial`;
  // Created 0600 before SQLite writes into it, so the copy is never readable by others.
  closeSync(openSync(partial, 'wx', PRIVATE_FILE_MODE));
  let restarts = 0;
  try {
    // Read-write, but nothing is written to the source: a read-only handle would leave -wal/-shm
    // files behind when the server is not running.
    const source = new Database(o.databasePath, { fileMustExist: true, timeout: 10_000 });
    try {
      let lastRemaining = Infinity;
      let step = 100;
      const result = await source.backup(partial, {
        progress: ({ totalPages, remainingPages }) => {
          if (remainingPages > lastRemaining) {
            // The server wrote between two steps, and SQLite started the copy over. Copy the
            // rest in one step (one read transaction: WAL lets the server go on writing).
            restarts++;
            o.onRestart?.();
            step = totalPages;
          } else if (lastRemaining === Infinity) step = Math.max(100, Math.ceil(totalPages / 100));
          lastRemaining = remainingPages;
          o.onProgress?.(totalPages - remainingPages, totalPages);
          return step;
        },
      });
      o.onProgress?.(result.totalPages, result.totalPages);
    } finally {
      source.close();
    }
    const check = checkDatabaseFile(partial);
    if (check.integrity.join() !== 'ok') throw new Error(`バックアップの整合性検査（integrity_check）に失敗しました: ${check.integrity.join('; ')}`);
    if (!check.migrations) throw new Error('バックアップに migrations 表がありません。Banso のデータベースではない可能性があります。');
    const fd = openSync(partial, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(partial, file);
    fsyncDir(o.backupDir);
    const bytes = statSync(file).size;

    // After the database: every file the snapshot refers to was written before its row.
    let uploads: BackupResult['uploads'] = null;
    if (o.uploadDir && existsSync(o.uploadDir)) {
      const to = join(o.backupDir, name + UPLOADS_SUFFIX);
      try {
        const copied = copyTree(o.uploadDir, `${to}.partial`);
        renameSync(`${to}.partial`, to);
        fsyncDir(o.backupDir);
        uploads = { from: o.uploadDir, to, files: copied.files, bytes: copied.bytes };
      } catch (e) {
        rmSync(`${to}.partial`, { recursive: true, force: true });
        throw new Error(`データベースは ${file} に保存しましたが、アップロードファイルのコピーに失敗しました: ${(e as Error).message}`, { cause: e });
      }
    }
    return { file, bytes, pages: check.pages, restarts, uploads, ms: Date.now() - t0 };
  } catch (e) {
    if (existsSync(partial)) unlinkSync(partial);
    throw e;
  }
}

/** The backups in a directory (banso-*.sqlite), newest first. */
export function listBackups(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const parsed = readdirSync(dir)
    .map((f) => ({ f, m: BACKUP_FILE.exec(f) }))
    .filter((x): x is { f: string; m: RegExpExecArray } => x.m !== null);
  parsed.sort((a, b) => `${b.m[1]}${b.m[2]}`.localeCompare(`${a.m[1]}${a.m[2]}`) || Number(b.m[3] ?? 0) - Number(a.m[3] ?? 0));
  return parsed.map((x) => join(dir, x.f));
}

/** The uploads copy that belongs to a backup file (whether or not it exists). */
export function uploadsDirOf(backupFile: string): string {
  return join(dirname(backupFile), basename(backupFile, '.sqlite') + UPLOADS_SUFFIX);
}

/** Deletes all but the `keep` newest backups (and their uploads copies); returns what it deleted. */
export function pruneBackups(dir: string, keep: number): string[] {
  const old = listBackups(dir).slice(keep);
  for (const f of old) {
    rmSync(f, { force: true });
    rmSync(uploadsDirOf(f), { recursive: true, force: true });
  }
  return old;
}

const USAGE = `使い方 / usage:
  npm run backup [-- --keep <N>]
    DATABASE_PATH  バックアップするデータベース（既定 ./data/banso.sqlite）
    BACKUP_DIR     保存先（既定 <データベースのディレクトリ>/backups）
    UPLOAD_DIR     アップロードファイルのディレクトリ（あればコピーします）
    --keep <N>     新しい N 件だけを残し、古いバックアップを削除します`;

/** One progress line on stderr: redrawn in place on a terminal, every 10 % otherwise. */
function progressLine() {
  let last = -1;
  return (done: number, total: number) => {
    const pct = total === 0 ? 100 : Math.floor((done / total) * 100);
    if (pct === last || (!process.stderr.isTTY && pct % 10 !== 0 && done !== total)) return;
    last = pct;
    const line = `  コピー中 / copying ${String(pct).padStart(3)}% (${done}/${total} pages)`;
    process.stderr.write(process.stderr.isTTY ? `\r${line}${done === total ? '\n' : ''}` : `${line}\n`);
  };
}

async function main() {
  let keep: number | null = null;
  try {
    const { values } = parseArgs({ options: { keep: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true });
    if (values.help) {
      console.log(USAGE);
      return;
    }
    if (values.keep !== undefined) {
      if (!/^\d+$/.test(values.keep) || Number(values.keep) < 1) throw new UsageError(`--keep には1以上の整数を指定してください: ${values.keep}`);
      keep = Number(values.keep);
    }
  } catch (e) {
    throw e instanceof UsageError ? e : new UsageError(`引数が正しくありません: ${(e as Error).message}`);
  }
  const databasePath = databasePathFrom(process.env);
  const backupDir = backupDirFrom(process.env, databasePath);
  const uploadDir = uploadDirFrom(process.env, databasePath);
  console.log(`backup: ${databasePath} → ${backupDir}`);
  const r = await createBackup({
    databasePath,
    backupDir,
    uploadDir,
    onProgress: progressLine(),
    onRestart: () =>
      process.stderr.write('\n  コピー中にサーバーが書き込んだため、残りを一度にコピーし直します / the server wrote meanwhile: copying again in one step\n'),
  });
  console.log(`  ${r.file}`);
  console.log(`  ${formatBytes(r.bytes)} (${r.bytes} bytes, ${r.pages} pages), integrity_check ok, ${(r.ms / 1000).toFixed(1)} s`);
  if (r.uploads) console.log(`  uploads: ${r.uploads.from} → ${r.uploads.to}/ (${r.uploads.files} files, ${formatBytes(r.uploads.bytes)})`);
  else if (uploadDir) console.log(`  uploads: ${uploadDir} はまだありません（コピーなし） / does not exist yet, nothing copied`);
  if (keep !== null) {
    const pruned = pruneBackups(backupDir, keep);
    for (const f of pruned) console.log(`  削除 / pruned: ${basename(f)}`);
    console.log(`  保持 / kept: ${listBackups(backupDir).length} 件 (--keep ${keep})`);
  }
  console.log('バックアップが完了しました / backup complete');
}

if (require.main === module) {
  main().catch((e) => {
    if (e instanceof UsageError) {
      console.error(`${e.message}\n\n${USAGE}`);
      process.exit(2);
    }
    console.error(`バックアップに失敗しました / backup failed: ${(e as Error).message}`);
    process.exit(1);
  });
}
