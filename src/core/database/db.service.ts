import { DataSource } from 'typeorm';
import { rawConnection } from './data-source';
import type Database from 'better-sqlite3';

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
  private afterCommitQueue = new Map<string | symbol, () => void>();

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

  /** A synchronous round trip to the database (the health check). Throws when it is unusable. */
  ping(): void {
    this.get('SELECT 1');
  }

  /** Insert and return the new row id. */
  insert(sql: string, params: Params = []): number {
    return Number(this.run(sql, params).lastInsertRowid);
  }

  tx<T>(fn: () => T): T {
    if (this.db.inTransaction) return fn();
    let result: T;
    try {
      result = this.db.transaction(fn).immediate();
    } catch (e) {
      this.afterCommitQueue = new Map();
      throw e;
    }
    // Derived state (badges) is updated after the facts are safely committed; a failure
    // there never undoes the action, and a backfill can always re-derive it.
    while (this.afterCommitQueue.size > 0) {
      const queue = this.afterCommitQueue;
      this.afterCommitQueue = new Map();
      for (const cb of queue.values()) cb();
    }
    return result;
  }

  /**
   * Runs `cb` once the current transaction commits (immediately when none is open); dropped
   * if it rolls back. Callbacks with the same `key` run once per transaction.
   */
  afterCommit(cb: () => void, key: string | symbol = Symbol()): void {
    if (this.db.inTransaction) {
      if (!this.afterCommitQueue.has(key)) this.afterCommitQueue.set(key, cb);
    } else cb();
  }
}
