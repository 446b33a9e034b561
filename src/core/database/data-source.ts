import type Database from 'better-sqlite3';
import { DataSource, DataSourceOptions } from 'typeorm';
import { InitialSchema1763700000000 } from './migrations/1763700000000-initial-schema';
import { Search1763800000000 } from './migrations/1763800000000-search';
import { SkillsBadges1763900000000 } from './migrations/1763900000000-skills-badges';
import { AnswerRevisions1764000000000 } from './migrations/1764000000000-answer-revisions';

export const MIGRATIONS = [InitialSchema1763700000000, Search1763800000000, SkillsBadges1763900000000, AnswerRevisions1764000000000];

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

export async function openDatabase(databasePath: string): Promise<DataSource> {
  const ds = new DataSource(dataSourceOptions(databasePath));
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  return ds;
}

/** The raw better-sqlite3 handle behind TypeORM, for synchronous hot paths. */
export function rawConnection(ds: DataSource): Database.Database {
  return (ds.driver as unknown as { databaseConnection: Database.Database }).databaseConnection;
}
