import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomainEvents } from '../../src/core/events/domain-events.service';
import { BadgesService } from '../../src/modules/badges/badges.service';
import { OutboxService } from '../../src/modules/outbox/outbox.service';
import { ACCEPT, CREATE_ANSWER, CREATE_POST, question, TestApp } from '../support/test-app';

/** The rows of the event table in docs/architecture.md: [event, phase, handler]. */
function documentedHandlers(): string[] {
  const doc = readFileSync(join(__dirname, '../../docs/architecture.md'), 'utf8');
  const table = doc.split('<!-- event-table:start -->')[1].split('<!-- event-table:end -->')[0];
  const cells = (line: string) =>
    line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim().replace(/`/g, ''));
  const [header, , ...rows] = table.trim().split('\n').map(cells);
  const col = (name: string) => header.indexOf(name);
  return rows.map((r) => `${r[col('Event')]} | ${r[col('Phase')]} | ${r[col('Handler')]}`).sort();
}

describe('domain events', () => {
  it('registers exactly the handlers docs/architecture.md lists (what happens when X)', async () => {
    // With MEILI_URL set the durable Meilisearch consumer is registered too (nothing listens
    // there: the sync only logs that it will retry). Search config is read from process.env.
    const saved = { MEILI_URL: process.env.MEILI_URL, OUTBOX_POLL: process.env.OUTBOX_POLL };
    process.env.MEILI_URL = 'http://127.0.0.1:9';
    process.env.OUTBOX_POLL = 'off';
    let t: TestApp;
    try {
      t = await TestApp.start();
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
    try {
      const registered = t.app
        .get(DomainEvents)
        .describe()
        .map((h) => `${h.event} | ${h.phase} | ${h.handler}`)
        .sort();
      expect(registered).toEqual(documentedHandlers());
    } finally {
      await t.close();
    }
  });

  describe('badges', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await TestApp.start();
    });
    afterAll(() => t.close());

    const deliverOutbox = async () => {
      const outbox = t.app.get(OutboxService);
      while (t.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM outbox WHERE processed_at IS NULL')!.n > 0) {
        await outbox.drain();
        await new Promise((resolve) => setImmediate(resolve));
      }
    };

    it('are evaluated once per fact: accepting an answer evaluates the answerer once', async () => {
      const asker = await t.signedIn();
      const answerer = await t.signedIn();
      const post = (await asker.client.gql(CREATE_POST, { i: question({ tags: ['RPA'] }) })).data.createPost;
      const a = (await answerer.client.gql(CREATE_ANSWER, { i: { postId: post.id, body: '回答です' } })).data.createAnswer;
      await deliverOutbox();

      const evaluate = jest.spyOn(t.app.get(BadgesService), 'evaluate');
      try {
        expect((await asker.client.gql(ACCEPT, { id: a.id })).errors).toBeUndefined();
        await deliverOutbox();
        expect(evaluate.mock.calls.map(([userId]) => userId)).toEqual([answerer.user.id]);
      } finally {
        evaluate.mockRestore();
      }
      const codes = t.db.all<{ code: string }>(
        'SELECT b.code FROM badge_award a JOIN badge b ON b.id = a.badge_id WHERE a.user_id = ? AND a.revoked_at IS NULL ORDER BY b.code',
        [answerer.user.id],
      );
      expect(codes.map((c) => c.code)).toEqual(['FIRST_ACCEPTED_ANSWER', 'FIRST_ANSWER']);
    });

    it('retagging re-evaluates the accepted answerers; an edit that keeps the tags does not', async () => {
      const asker = await t.signedIn();
      const answerer = await t.signedIn();
      const post = (await asker.client.gql(CREATE_POST, { i: question({ tags: ['RPA'] }) })).data.createPost;
      const a = (await answerer.client.gql(CREATE_ANSWER, { i: { postId: post.id, body: '回答です' } })).data.createAnswer;
      await asker.client.gql(ACCEPT, { id: a.id });
      await deliverOutbox();

      const UPDATE = 'mutation($i: UpdatePostInput!) { updatePost(input: $i) { id } }';
      const evaluate = jest.spyOn(t.app.get(BadgesService), 'evaluate');
      try {
        expect((await asker.client.gql(UPDATE, { i: { id: post.id, body: '本文を直しました', tags: ['RPA'] } })).errors).toBeUndefined();
        await deliverOutbox();
        expect(evaluate).not.toHaveBeenCalled();

        expect((await asker.client.gql(UPDATE, { i: { id: post.id, tags: ['kintone'] } })).errors).toBeUndefined();
        await deliverOutbox();
        expect(evaluate.mock.calls.map(([userId]) => userId)).toEqual([answerer.user.id]);
      } finally {
        evaluate.mockRestore();
      }
    });
  });
});
