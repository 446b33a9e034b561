import { loadConfig } from '../core/config/config';
import { openDatabase } from '../core/database/data-source';
import { DbService } from '../core/database/db.service';

/** Opens (and migrates) the configured database for a command-line tool. */
export async function openCliDb(): Promise<{ db: DbService; close: () => Promise<void>; path: string }> {
  const config = loadConfig();
  const ds = await openDatabase(config.databasePath);
  return { db: new DbService(ds), close: () => ds.destroy(), path: config.databasePath };
}
