import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OutboxService } from '../../modules/outbox/outbox.service';
import { openDatabase } from '../database/data-source';
import { DbService } from '../database/db.service';
import { DurableEvent, EventMap } from './domain-events';
import { DomainEvents } from './domain-events.service';

/** The bus over a real migrated SQLite file and the real outbox, no Nest container. */
describe('DomainEvents', () => {
  let dir: string;
  let ds: DataSource;
  let db: DbService;
  let outbox: OutboxService;
  let events: DomainEvents;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'banso-events-'));
    ds = await openDatabase(join(dir, 'events.sqlite'));
    db = new DbService(ds);
    outbox = new OutboxService(db);
    events = new DomainEvents(db, outbox);
  });
  afterEach(async () => {
    jest.restoreAllMocks();
    await ds.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  const at = '2025-06-02T01:00:00.000Z';
  const created = (postId: number): EventMap['post.created'] => ({ postId, authorId: 7, kind: 'QUESTION', anonymous: false, at });
  const stamp = (giverId: number, ownerId: number): EventMap['reaction.added'] => ({
    giverId,
    ownerId,
    targetType: 'POST',
    targetId: 1,
    stamp: 'CHEER',
    postId: 1,
    answerId: null,
    commentId: null,
    at,
  });
  const outboxRows = () =>
    db.all<{ topic: string; aggregate_type: string; aggregate_id: number; payload: string | null }>(
      'SELECT topic, aggregate_type, aggregate_id, payload FROM outbox ORDER BY id',
    );
  const settings = () => db.get<{ n: number }>('SELECT COUNT(*) AS n FROM app_setting WHERE key LIKE ?', ['test.%'])!.n;
  const write = (key: string) => db.run('INSERT INTO app_setting (key, value, updated_at) VALUES (?, ?, ?)', [key, 'x', at]);

  it('must be emitted inside a transaction', () => {
    expect(() => events.emit('post.created', created(1))).toThrow(/outside a transaction/);
    expect(outboxRows()).toEqual([]);
  });

  it('runs in-transaction handlers synchronously, inside the transaction, and rolls their writes back with it', () => {
    const seen: string[] = [];
    events.on({ event: 'post.created', phase: 'in-transaction' }, (e) => {
      seen.push(`in-tx ${e.postId} inTransaction=${db.raw.inTransaction}`);
      write(`test.post.${e.postId}`);
    });
    db.tx(() => {
      events.emit('post.created', created(1));
      seen.push('after emit');
    });
    expect(seen).toEqual(['in-tx 1 inTransaction=true', 'after emit']);
    expect(settings()).toBe(1);

    expect(() =>
      db.tx(() => {
        events.emit('post.created', created(2));
        throw new Error('the action failed');
      }),
    ).toThrow('the action failed');
    expect(settings()).toBe(1);
  });

  it('refuses an in-transaction handler that returns a promise (the transaction never awaits), rolling back', () => {
    events.on({ event: 'post.created', phase: 'in-transaction' }, async (e) => void write(`test.async.${e.postId}`));
    expect(() => db.tx(() => events.emit('post.created', created(1)))).toThrow(/must be synchronous/);
    expect(settings()).toBe(0);
    expect(outboxRows()).toEqual([]);
  });

  it('runs after-commit handlers after the commit, never after a rollback, once per key and transaction', () => {
    const log: string[] = [];
    events.on({ event: ['reaction.added', 'reaction.removed'], phase: 'after-commit', once: (e) => `person:${e.ownerId}` }, (e) => {
      log.push(`once ${e.ownerId} inTransaction=${db.raw.inTransaction}`);
    });
    events.on({ event: 'reaction.added', phase: 'after-commit' }, (e) => void log.push(`each ${e.giverId}`));

    db.tx(() => {
      events.emit('reaction.added', stamp(1, 10));
      events.emit('reaction.added', stamp(2, 10));
      events.emit('reaction.removed', { ...stamp(3, 10), at });
      events.emit('reaction.added', stamp(4, 11));
      expect(log).toEqual([]);
    });
    // in the order they were queued; owner 10's second and third facts add nothing
    expect(log).toEqual(['once 10 inTransaction=false', 'each 1', 'each 2', 'once 11 inTransaction=false', 'each 4']);

    log.length = 0;
    expect(() =>
      db.tx(() => {
        events.emit('reaction.added', stamp(5, 12));
        throw new Error('rolled back');
      }),
    ).toThrow('rolled back');
    expect(log).toEqual([]);

    // the key is per transaction: the next one runs again
    db.tx(() => events.emit('reaction.added', stamp(6, 10)));
    expect(log).toEqual(['once 10 inTransaction=false', 'each 6']);
  });

  it('logs a failing after-commit handler without undoing the fact or skipping the others', () => {
    const error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const ran: string[] = [];
    events.on({ event: 'post.created', phase: 'in-transaction' }, (e) => void write(`test.post.${e.postId}`));
    events.on(
      { event: 'post.created', phase: 'after-commit' },
      () => {
        throw new Error('badge rules broken');
      },
      'Broken.handler',
    );
    events.on({ event: 'post.created', phase: 'after-commit' }, () => void ran.push('next'));
    expect(() => db.tx(() => events.emit('post.created', created(1)))).not.toThrow();
    expect(settings()).toBe(1);
    expect(ran).toEqual(['next']);
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/Broken\.handler after post\.created failed: Error: badge rules broken/));
  });

  it('writes one outbox row per durable fact in the transaction (none for the others), dropped on rollback', () => {
    db.tx(() => {
      events.emit('post.created', created(1));
      events.emit('reaction.added', stamp(1, 2));
    });
    expect(outboxRows()).toEqual([{ topic: 'post.created', aggregate_type: 'post', aggregate_id: 1, payload: JSON.stringify(created(1)) }]);
    expect(() =>
      db.tx(() => {
        events.emit('post.deleted', { postId: 1, authorId: 7, deletedById: 7, at });
        throw new Error('rolled back');
      }),
    ).toThrow();
    expect(outboxRows()).toHaveLength(1);
  });

  it('delivers durable facts from the outbox to their consumer, typed, with retries; legacy rows too', async () => {
    const delivered: DurableEvent[][] = [];
    let up = false;
    events.on({ event: ['post.created', 'post.updated', 'post.deleted'], phase: 'durable', consumer: 'test-consumer' }, async (batch) => {
      if (!up) throw new Error('unreachable');
      delivered.push(batch);
    });
    db.tx(() => {
      events.emit('post.created', created(1));
      events.emit('answer.created', { answerId: 5, postId: 1, authorId: 8, at }); // not this consumer's
      events.emit('post.deleted', { postId: 1, authorId: 7, deletedById: 9, at });
      outbox.enqueue('post.changed', 'post', 3); // a row written before the event map
    });
    expect(delivered).toEqual([]); // nothing before commit and delivery

    await outbox.drain(200, 1_000);
    expect(delivered).toEqual([]);
    expect(outbox.pendingCount()).toBe(4);

    up = true;
    await outbox.drain(200, 120_000);
    expect(delivered).toHaveLength(1);
    expect(delivered[0].map(({ name, aggregateId, payload }) => ({ name, aggregateId, payload }))).toEqual([
      { name: 'post.created', aggregateId: 1, payload: created(1) },
      { name: 'post.deleted', aggregateId: 1, payload: { postId: 1, authorId: 7, deletedById: 9, at } },
      { name: 'post.updated', aggregateId: 3, payload: null },
    ]);
    expect(outbox.pendingCount()).toBe(0);
  });

  it('refuses handlers it could not honour', () => {
    expect(() => events.on({ event: 'reaction.added' as never, phase: 'durable', consumer: 'x' }, async () => undefined)).toThrow(/not written to the outbox/);
    expect(() => events.on({ event: 'post.renamed' as never, phase: 'in-transaction' }, () => undefined)).toThrow(/unknown domain event/);
  });

  it('describes who handles what, in the order of the event map', () => {
    events.on({ event: 'answer.accepted', phase: 'in-transaction' }, () => undefined, 'Ledger.answerAccepted');
    events.on({ event: ['contribution.recorded', 'post.created'], phase: 'after-commit' }, () => undefined, 'Badges.evaluate');
    events.on({ event: 'post.created', phase: 'durable', consumer: 'meilisearch' }, async () => undefined, 'Meili.sync');
    expect(events.describe()).toEqual([
      { event: 'post.created', phase: 'after-commit', handler: 'Badges.evaluate' },
      { event: 'post.created', phase: 'durable', handler: 'Meili.sync', consumer: 'meilisearch' },
      { event: 'answer.accepted', phase: 'in-transaction', handler: 'Ledger.answerAccepted' },
      { event: 'contribution.recorded', phase: 'after-commit', handler: 'Badges.evaluate' },
    ]);
  });
});
