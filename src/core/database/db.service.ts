import type Database from 'better-sqlite3';
import { DataSource } from 'typeorm';
import { rawConnection } from './data-source';

type Params = unknown[] | Record<string, unknown>;

/**
 * Data access over the connection TypeORM opened and migrated.
 *
 * Writes run in `tx()`, a synchronous better-sqlite3 IMMEDIATE transaction: while it runs no
 * other request can interleave (Node is single-threaded and the callback never awaits), so a
 * domain action and its ledger and outbox rows commit together or not at all, and 20
 * concurrent identical requests are simply serialised. Statements are prepared once and cached.
 */
export class DbService {
  private readonly db: Database.Database;
  private readonly cache = new Map<string, Database.Statement>();

  constructor(readonly dataSource: DataSource) {
    this.db = rawConnection(dataSource);
  }

  get raw(): Database.Database {
    return this.db;
  }

  private stmt(sql: string): Database.Statement {
    let s = this.cache.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.cache.set(sql, s);
    }
    return s;
  }

  all<T>(sql: string, params: Params = []): T[] {
    return this.stmt(sql).all(params as never) as T[];
  }

  get<T>(sql: string, params: Params = []): T | undefined {
    return this.stmt(sql).get(params as never) as T | undefined;
  }

  run(sql: string, params: Params = []): Database.RunResult {
    return this.stmt(sql).run(params as never);
  }

  /** Insert and return the new row id. */
  insert(sql: string, params: Params = []): number {
    return Number(this.run(sql, params).lastInsertRowid);
  }

  tx<T>(fn: () => T): T {
    if (this.db.inTransaction) return fn();
    return this.db.transaction(fn).immediate();
  }
}
