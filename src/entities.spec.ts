import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { openDatabase } from './core/database/data-source';
import { DbService } from './core/database/db.service';
import { ENTITIES } from './entities';

interface ColumnInfo {
  name: string;
  type: string;
  notnull: number;
  pk: number;
}

const sqlType = (declared: string) => {
  const t = declared.toUpperCase();
  if (t.includes('INT')) return 'integer';
  if (t.includes('REAL') || t.includes('FLOA') || t.includes('DOUB')) return 'real';
  return 'text';
};

/**
 * Schema drift: the migrations are the source of the schema and each table is declared once
 * as an entity (the row type its repository reads). This fails when the two disagree: a table
 * or column missing on either side, or a different type, nullability or primary key.
 */
describe('entities and migrations agree', () => {
  let dir: string;
  let migrated: DataSource;
  let entities: DataSource;
  let db: DbService;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'banso-entities-'));
    const file = join(dir, 'schema.sqlite');
    migrated = await openDatabase(file);
    db = new DbService(migrated);
    entities = new DataSource({ type: 'better-sqlite3', database: file, entities: ENTITIES, synchronize: false });
    await entities.initialize();
  });
  afterAll(async () => {
    await entities.destroy();
    await migrated.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('declares every table the migrations create, and no other', () => {
    // FTS5 virtual tables and their shadow tables are the search index's storage, not rows.
    const tables = db
      .all<{ name: string; sql: string }>("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'migrations'")
      .filter((t) => !/CREATE VIRTUAL TABLE/i.test(t.sql) && !/^search_(tri|bi)_/.test(t.name))
      .map((t) => t.name)
      .sort();
    expect(entities.entityMetadatas.map((m) => m.tableName).sort()).toEqual(tables);
  });

  it.each(ENTITIES.map((e) => [e.name, e] as const))('%s matches its table column by column', (_name, entity) => {
    const meta = entities.getMetadata(entity);
    const actual = db.all<ColumnInfo>(`PRAGMA table_info(${meta.tableName})`).map((c) => ({
      name: c.name,
      type: sqlType(c.type),
      nullable: c.notnull === 0 && c.pk === 0,
      primary: c.pk > 0,
    }));
    const declared = meta.columns.map((c) => ({ name: c.databaseName, type: String(c.type), nullable: c.isNullable, primary: c.isPrimary }));
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    expect(declared.sort(byName)).toEqual(actual.sort(byName));
  });
});
