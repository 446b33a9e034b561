import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { Logger } from '@nestjs/common';
import { DataSource, DataSourceOptions } from 'typeorm';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from '../config/config';
import { InitialSchema1763700000000 } from './migrations/1763700000000-initial-schema';
import { Search1763800000000 } from './migrations/1763800000000-search';
import { SkillsBadges1763900000000 } from './migrations/1763900000000-skills-badges';
import { AnswerRevisions1764000000000 } from './migrations/1764000000000-answer-revisions';
import { AnonymousThread1764100000000 } from './migrations/1764100000000-anonymous-thread';
import { GoLive1764200000000 } from './migrations/1764200000000-go-live';
import { Stats1764300000000 } from './migrations/1764300000000-stats';
import { StatsSpeed1764400000000 } from './migrations/1764400000000-stats-speed';
import { DxOffice1764500000000 } from './migrations/1764500000000-dx-office';
import { Notifications1764600000000 } from './migrations/1764600000000-notifications';
import { Webhooks1764700000000 } from './migrations/1764700000000-webhooks';
import { Attachments1764800000000 } from './migrations/1764800000000-attachments';
import { DraftsGuard1764810000000 } from './migrations/1764810000000-drafts-guard';
import { IdeasBookmarks1764820000000 } from './migrations/1764820000000-ideas-bookmarks';
import { FeedDensity1764830000000 } from './migrations/1764830000000-feed-density';
import { SearchIdeaStatus1764840000000 } from './migrations/1764840000000-search-idea-status';
import type Database from 'better-sqlite3';

export const MIGRATIONS = [
  InitialSchema1763700000000,
  Search1763800000000,
  SkillsBadges1763900000000,
  AnswerRevisions1764000000000,
  AnonymousThread1764100000000,
  GoLive1764200000000,
  Stats1764300000000,
  StatsSpeed1764400000000,
  DxOffice1764500000000,
  Notifications1764600000000,
  Webhooks1764700000000,
  Attachments1764800000000,
  DraftsGuard1764810000000,
  IdeasBookmarks1764820000000,
  FeedDensity1764830000000,
  SearchIdeaStatus1764840000000,
];

/**
 * WAL for concurrent readers, synchronous=FULL so a committed action survives power loss
 * (a municipal PC or VM can be switched off any time), busy timeout for the CLI tools that
 * open the same file while the server runs.
 */
export function prepareSqlite(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  db.pragma('temp_store = MEMORY');
  db.pragma('cache_size = -32000');
}

export function dataSourceOptions(databasePath: string, logging = false): DataSourceOptions {
  return {
    type: 'better-sqlite3',
    database: databasePath,
    prepareDatabase: prepareSqlite,
    timeout: 5000,
    statementCacheSize: 200,
    synchronize: false,
    migrationsRun: false,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    entities: [],
    logging,
  } as DataSourceOptions;
}

/**
 * The database holds e-mail addresses, password hashes and sessions: it is owner read/write
 * only (0600). Creates the database file (and its directory, 0700) before SQLite
 * opens it, and tightens an existing file and its -wal/-shm. SQLite's unix VFS creates the
 * -wal, -shm and -journal files with the permissions of the database file itself, whatever
 * the process umask, so a 0600 database keeps all of them 0600 without changing the umask of
 * the whole process (which would also affect files other code writes).
 */
export function preparePrivateDatabaseFile(databasePath: string): void {
  if (databasePath === ':memory:' || databasePath.startsWith('file:') || process.platform === 'win32') return;
  if (!existsSync(dirname(databasePath))) mkdirSync(dirname(databasePath), { recursive: true, mode: PRIVATE_DIR_MODE });
  closeSync(openSync(databasePath, 'a', PRIVATE_FILE_MODE));
  for (const file of [databasePath, `${databasePath}-wal`, `${databasePath}-shm`, `${databasePath}-journal`]) {
    if (!existsSync(file)) continue;
    const was = statSync(file).mode & 0o777;
    if ((was & 0o077) === 0) continue;
    try {
      chmodSync(file, PRIVATE_FILE_MODE);
      new Logger('Database').log(`${file}: アクセス権を ${was.toString(8)} から 600 に変更しました / permissions tightened from ${was.toString(8)} to 600`);
    } catch (e) {
      // e.g. a file owned by another account: keep running, but say so.
      new Logger('Database').warn(`${file} を 0600 にできませんでした / could not restrict ${file} to 0600: ${(e as Error).message}`);
    }
  }
}

export async function openDatabase(databasePath: string): Promise<DataSource> {
  preparePrivateDatabaseFile(databasePath);
  const ds = new DataSource(dataSourceOptions(databasePath));
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  return ds;
}

/** The raw better-sqlite3 handle behind TypeORM, for synchronous hot paths. */
export function rawConnection(ds: DataSource): Database.Database {
  return (ds.driver as unknown as { databaseConnection: Database.Database }).databaseConnection;
}
