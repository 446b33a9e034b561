import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { openDatabase } from '../../core/database/data-source';
import { DbService } from '../../core/database/db.service';
import { OutboxEvent, OutboxService } from './outbox.service';

describe('OutboxService (real migrated SQLite)', () => {
  let dir: string;
  let ds: DataSource;
  let db: DbService;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'banso-outbox-'));
    ds = await openDatabase(join(dir, 'o.sqlite'));
    db = new DbService(ds);
  });
  afterEach(async () => {
    await ds.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps delivering to healthy subscribers while another one fails, and retries the failed one later', async () => {
    const outbox = new OutboxService(db);
    const search: number[] = [];
    const badges: number[] = [];
    let searchUp = false;
    outbox.subscribe('search', async (events: OutboxEvent[]) => {
      if (!searchUp) throw new Error('connect ECONNREFUSED');
      search.push(...events.map((e) => e.aggregateId));
    });
    outbox.subscribe('badges', async (events: OutboxEvent[]) => {
      badges.push(...events.map((e) => e.aggregateId));
    });
    db.tx(() => {
      outbox.enqueue('post.changed', 'post', 1);
      outbox.enqueue('post.changed', 'post', 2);
    });
    await outbox.drain(200, 1_000);
    expect(badges).toEqual([1, 2]);
    expect(search).toEqual([]);
    expect(outbox.pendingCount()).toBe(2);

    db.tx(() => outbox.enqueue('post.deleted', 'post', 3));
    await outbox.drain(200, 1_500); // still backing off: search is not retried yet
    expect(badges).toEqual([1, 2, 3]);
    expect(search).toEqual([]);

    searchUp = true;
    await outbox.drain(200, 120_000);
    expect(search).toEqual([1, 2, 3]);
    expect(outbox.pendingCount()).toBe(0);
    expect(db.get<{ n: number }>('SELECT COUNT(*) AS n FROM outbox WHERE processed_at IS NULL')!.n).toBe(0);
  });

  it('resumes from its cursor after a restart without replaying what was delivered', async () => {
    const first = new OutboxService(db);
    const seen: number[] = [];
    first.subscribe('badges', async (events) => void seen.push(...events.map((e) => e.aggregateId)));
    db.tx(() => first.enqueue('post.changed', 'post', 10));
    await first.drain();
    db.tx(() => first.enqueue('post.changed', 'post', 11));

    const restarted = new OutboxService(db);
    const after: number[] = [];
    restarted.subscribe('badges', async (events) => void after.push(...events.map((e) => e.aggregateId)));
    await restarted.drain();
    expect(seen).toEqual([10]);
    expect(after).toEqual([11]);
  });
});
