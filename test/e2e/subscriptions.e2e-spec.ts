import { createClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { OutboxService } from '../../src/modules/outbox/outbox.service';
import { CREATE_POST, question, TestApp } from '../support/test-app';
import type { TestUser } from '../support/test-app';

/**
 * Live updates over graphql-ws on the same origin (#12): authenticated by the session cookie,
 * refused without one or from another origin; the bell hears of an answer to one's question,
 * an open post page of a new answer — and nobody hears of their own act.
 */
describe('GraphQL subscriptions over graphql-ws', () => {
  let t: TestApp;
  const clients: WsClient[] = [];
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(async () => {
    for (const c of clients) await c.dispose();
    await t.close();
  });

  const cookieOf = async (u: TestUser): Promise<string> => {
    const r = await t.client().gql('mutation($i: LoginInput!){ login(input: $i) { id } }', { i: { email: u.email, password: u.password } });
    const set = ([] as string[]).concat(r.headers['set-cookie'] ?? []);
    return set.map((c) => c.split(';')[0]).join('; ');
  };
  const ws = (headers: Record<string, string>) => {
    const c = createClient({
      url: t.url.replace(/^http/, 'ws') + '/graphql',
      webSocketImpl: class extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { headers });
        }
      },
      retryAttempts: 0,
      lazy: true,
    });
    clients.push(c);
    return c;
  };
  /** The first message of a subscription (or its error / closing). */
  const first = <T>(c: WsClient, query: string, variables: Record<string, unknown> = {}) =>
    new Promise<{ data?: T; error?: unknown }>((resolve) => {
      const dispose = c.subscribe<T>(
        { query, variables },
        {
          next: (v) => {
            dispose();
            resolve({ data: v.data as T });
          },
          error: (error) => resolve({ error }),
          complete: () => resolve({}),
        },
      );
    });
  const drain = () => t.app.get(OutboxService).drain();

  it('refuses a connection without a session, and one from another origin', async () => {
    const anonymous = await first(ws({}), 'subscription { notificationAdded { id } }');
    expect(anonymous.error).toBeDefined();
    const asker = await t.signedIn();
    const cookie = await cookieOf(asker.user);
    const foreign = await first(ws({ cookie, origin: 'http://evil.example' }), 'subscription { notificationAdded { id } }');
    expect(foreign.error).toBeDefined();
  });

  it('the asker’s bell hears of an answer at once; the answerer hears nothing of their own act; an open post page hears of the answer', async () => {
    const asker = await t.signedIn();
    const answerer = await t.signedIn();
    const postId = (await asker.client.gql(CREATE_POST, { i: question({ title: 'ライブで届くか' }) })).data.createPost.id;
    const askerWs = ws({ cookie: await cookieOf(asker.user) });
    const answererWs = ws({ cookie: await cookieOf(answerer.user) });
    const bell = first<{ notificationAdded: { kind: string; message: string; link: string } }>(
      askerWs,
      'subscription { notificationAdded { kind message link } }',
    );
    const page = first<{ postActivity: { kind: string; answerId: string } }>(
      answererWs,
      'subscription($p: ID!) { postActivity(postId: $p) { kind answerId } }',
      {
        p: postId,
      },
    );
    let answererBell = false;
    answererWs.subscribe(
      { query: 'subscription { notificationAdded { id } }' },
      { next: () => (answererBell = true), error: () => undefined, complete: () => undefined },
    );
    // Wait until both subscriptions are registered on the server before acting.
    const { InProcessPubSub } = await import('../../src/core/pubsub/pubsub');
    const pubsub = t.app.get(InProcessPubSub);
    while (pubsub.listenerCount < 3) await new Promise((r) => setImmediate(r));

    const answerId = (
      await answerer.client.gql('mutation($i: CreateAnswerInput!) { createAnswer(input: $i) { id } }', { i: { postId, body: 'こう設定します' } })
    ).data.createAnswer.id;
    expect((await page).data!.postActivity).toEqual({ kind: 'ANSWER', answerId });
    await drain();
    const heard = (await bell).data!.notificationAdded;
    expect(heard).toEqual({
      kind: 'ANSWER_ON_MY_POST',
      message: expect.stringContaining('「ライブで届くか」に回答しました'),
      link: `/posts/${postId}#answer-${answerId}`,
    });
    expect(answererBell).toBe(false);
    const count = await answerer.client.gql('{ unreadNotificationCount }');
    expect(count.data.unreadNotificationCount).toBe(0);
  });
});
