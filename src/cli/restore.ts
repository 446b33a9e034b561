import { chmodSync, chownSync, closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from '../core/config/config';
import { MIGRATIONS } from '../core/database/data-source';
import { checkDatabaseFile, copyTree, databasePathFrom, formatBytes, fsyncDir, jstStamp, uploadDirFrom, uploadsDirOf, UsageError } from './backup';

/**
 * `npm run restore -- <backup file>` — puts a backup in place of the configured database
 * (DATABASE_PATH), with the server stopped:
 *
 * 1. copies the backup beside the database and checks the copy: an SQLite file,
 *    `PRAGMA integrity_check` ok, TypeORM's `migrations` table present, and no migration
 *    this version of Banso does not know (a backup from a newer version is refused);
 * 2. with UPLOAD_DIR, copies the backup's `…-uploads/` files that are missing there
 *    (content-addressed: nothing is overwritten or deleted);
 * 3. refuses while another process (the server) has the database open: it takes SQLite's
 *    exclusive lock, which an open connection prevents;
 * 4. moves the current database aside as `<file>.before-restore-YYYYMMDD-HHmmss` (JST),
 *    self-contained (its WAL checkpointed), and renames the checked copy into place.
 *
 * The server applies newer migrations when it starts on the restored file. Nothing is
 * deleted: to undo, stop the server and rename the `.before-restore-…` file back.
 */

const USAGE = `使い方 / usage:
  npm run restore -- <バックアップファイル>
    DATABASE_PATH  復元先のデータベース（既定 ./data/banso.sqlite）。サーバーを停止してから実行してください。
    UPLOAD_DIR     アップロードファイルのディレクトリ（バックアップに …-uploads/ があれば、足りないファイルを戻します）`;

class RestoreError extends Error {}

/** Migrations this build knows, by the name TypeORM records. */
function knownMigrations(): string[] {
  return MIGRATIONS.map((M) => new M().name ?? M.name);
}

/**
 * Takes SQLite's exclusive lock on the live database. It fails at once (SQLITE_BUSY) while
 * any other connection has the file open, as the running server always does. With the lock
 * held, the WAL is checkpointed and the file switched to journal_mode DELETE, so the copy that
 * is moved aside is complete on its own.
 */
function lockAndSettle(target: string): { ok: true } | { ok: false; busy: boolean; message: string } {
  let conn: Database.Database | null = null;
  try {
    conn = new Database(target, { fileMustExist: true, timeout: 0 });
    conn.pragma('locking_mode = EXCLUSIVE');
    conn.exec('BEGIN EXCLUSIVE');
    conn.exec('COMMIT');
    conn.pragma('wal_checkpoint(TRUNCATE)');
    conn.pragma('journal_mode = DELETE');
    return { ok: true };
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    return { ok: false, busy: code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'), message: (e as Error).message };
  } finally {
    conn?.close();
  }
}

export interface RestoreResult {
  target: string;
  asideFile: string | null;
  bytes: number;
  migrations: { inBackup: number; pending: string[] };
  uploads: { from: string; to: string; files: number; skipped: number } | null;
  warnings: string[];
}

export function restoreBackup(backupFile: string, target: string, uploadDir: string | null, now = new Date()): RestoreResult {
  const warnings: string[] = [];
  if (!existsSync(backupFile) || !statSync(backupFile).isFile()) throw new UsageError(`バックアップファイルが見つかりません: ${backupFile}`);
  if (resolve(backupFile) === resolve(target)) throw new UsageError('バックアップファイルと復元先（DATABASE_PATH）が同じファイルです。');
  const wal = `${backupFile}-wal`;
  if (existsSync(wal) && statSync(wal).size > 0) {
    throw new RestoreError(
      `${basename(backupFile)} の横に書き込み途中の WAL ファイル（-wal）があります。稼働中のデータベースを直接コピーしたファイルは使えません。npm run backup で作ったファイルを指定してください。`,
    );
  }

  // 1. A checked copy beside the target (same file system: the final rename is atomic).
  const stamp = jstStamp(now);
  mkdirSync(dirname(target), { recursive: true, mode: PRIVATE_DIR_MODE });
  const staged = `${target}.restoring-${stamp}`;
  closeSync(openSync(staged, 'w', PRIVATE_FILE_MODE));
  chmodSync(staged, PRIVATE_FILE_MODE);
  try {
    copyFileSync(backupFile, staged);
    chmodSync(staged, PRIVATE_FILE_MODE);
    let check;
    try {
      check = checkDatabaseFile(staged);
    } catch (e) {
      throw new RestoreError(
        `${basename(backupFile)} は SQLite のデータベースとして開けません（壊れているか、別の種類のファイルです）: ${(e as Error).message}`,
      );
    }
    if (check.integrity.join() !== 'ok') {
      throw new RestoreError(
        `${basename(backupFile)} の整合性検査（PRAGMA integrity_check）に失敗しました。このファイルは使えません: ${check.integrity.join('; ')}`,
      );
    }
    if (!check.migrations) throw new RestoreError(`${basename(backupFile)} に migrations 表がありません。Banso のデータベースのバックアップではありません。`);
    const known = knownMigrations();
    const unknown = check.migrations.filter((m) => !known.includes(m));
    if (unknown.length > 0) {
      throw new RestoreError(
        `${basename(backupFile)} はこのバージョンの Banso が知らないマイグレーション（${unknown.join(', ')}）を含みます。新しいバージョンで作られたバックアップです。同じかより新しいバージョンの Banso で復元してください。`,
      );
    }
    const pending = known.filter((m) => !check.migrations!.includes(m));
    const fd = openSync(staged, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }

    // 2. Uploads before the swap: adding missing content-addressed files is harmless even if
    // the restore is then refused, and the swap below stays a moment with the lock just released.
    let uploads: RestoreResult['uploads'] = null;
    const uploadsCopy = uploadsDirOf(backupFile);
    if (existsSync(uploadsCopy)) {
      if (uploadDir) {
        const copied = copyTree(uploadsCopy, uploadDir, true);
        uploads = { from: uploadsCopy, to: uploadDir, files: copied.files, skipped: copied.skipped };
      } else warnings.push(`${uploadsCopy} がありますが、UPLOAD_DIR が設定されていないためアップロードファイルは戻していません。`);
    }

    // 3. + 4. Only with the live database to ourselves; the current file goes aside, complete.
    let asideFile: string | null = null;
    const moved: string[] = [];
    if (existsSync(target)) {
      const lock = lockAndSettle(target);
      if (!lock.ok && lock.busy) {
        throw new RestoreError(
          `${target} は使用中です（Banso のサーバーなどが開いています）。サーバーを停止してから、もう一度実行してください。` +
            ' / The database is in use: stop the server first.',
        );
      }
      if (!lock.ok) warnings.push(`現在のデータベースを開けませんでした（壊れている可能性があります）。そのまま退避します: ${lock.message}`);
      asideFile = `${target}.before-restore-${stamp}`;
      // The restored file belongs to whoever owned the one it replaces (the service account),
      // also when root runs the restore: a root-owned 0600 database would not open for the server.
      const owner = statSync(target);
      const uid = process.getuid?.();
      if (uid === 0 && (owner.uid !== 0 || owner.gid !== 0)) chownSync(staged, owner.uid, owner.gid);
      else if (uid !== undefined && uid !== owner.uid) {
        warnings.push(`復元したファイルの所有者が元のファイル（UID ${owner.uid}）と違います。サーバーと同じアカウントで実行してください。`);
      }
    }
    try {
      for (const suffix of asideFile ? ['', '-wal', '-shm', '-journal'] : []) {
        if (!existsSync(target + suffix)) continue;
        renameSync(target + suffix, asideFile + suffix);
        moved.push(suffix);
      }
      renameSync(staged, target);
    } catch (e) {
      // Put back what was moved, so the server never starts on a missing (new, empty) database.
      for (const suffix of moved) if (!existsSync(target + suffix)) renameSync(asideFile + suffix, target + suffix);
      throw e;
    }
    fsyncDir(dirname(target));
    return { target, asideFile, bytes: statSync(target).size, migrations: { inBackup: check.migrations.length, pending }, uploads, warnings };
  } finally {
    if (existsSync(staged)) unlinkSync(staged);
  }
}

function main() {
  let file: string;
  try {
    const { values, positionals } = parseArgs({ options: { help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    if (values.help) {
      console.log(USAGE);
      return;
    }
    if (positionals.length !== 1) throw new UsageError('復元するバックアップファイルを1つ指定してください。');
    file = resolve(positionals[0]);
  } catch (e) {
    throw e instanceof UsageError ? e : new UsageError(`引数が正しくありません: ${(e as Error).message}`);
  }
  const target = databasePathFrom(process.env);
  console.log(`restore: ${file} → ${target}`);
  const r = restoreBackup(file, target, uploadDirFrom(process.env, target));
  for (const w of r.warnings) console.warn(`  注意 / warning: ${w}`);
  console.log(`  integrity_check ok, migrations: ${r.migrations.inBackup}, ${formatBytes(r.bytes)}`);
  if (r.asideFile) console.log(`  これまでのデータベース / previous database: ${r.asideFile}`);
  if (r.uploads) console.log(`  uploads: ${r.uploads.files} files restored into ${r.uploads.to} (${r.uploads.skipped} already there)`);
  if (r.migrations.pending.length > 0)
    console.log(`  次回の起動時に適用されるマイグレーション / applied at the next start: ${r.migrations.pending.join(', ')}`);
  console.log('復元しました / restored. 次の手順 / next:');
  console.log('  1. サーバーを起動します（npm start / docker compose start app）');
  console.log('  2. npm run ledger:verify で台帳を確認します');
  console.log('  3. Meilisearch を使っている場合は npm run search:reindex で検索インデックスを作り直します');
}

if (require.main === module) {
  try {
    main();
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`${e.message}\n\n${USAGE}`);
      process.exit(2);
    }
    console.error(`復元に失敗しました。データベースは変更していません。 / restore failed, nothing changed: ${(e as Error).message}`);
    process.exit(1);
  }
}
