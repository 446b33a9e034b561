import { createServer, type Server } from 'node:http';
import { GraphQLBoolean, GraphQLInt, GraphQLObjectType, GraphQLSchema } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { useServer as attachGraphqlWs } from 'graphql-ws/use/ws';
import WebSocket, { WebSocketServer } from 'ws';
import { CLOSE_FORBIDDEN, liveClientOptions, liveRetryDelay, liveUrl, MAX_RETRY_DELAY_MS, onLiveReconnected, shouldRetryLive } from './liveLink';
import type { AddressInfo } from 'node:net';

jest.setTimeout(30_000);

describe('live connection options', () => {
  it('uses ws:// or wss:// like the page, on the same host and /graphql', () => {
    expect(liveUrl({ protocol: 'https:', host: 'banso.city.example.lg.jp' })).toBe('wss://banso.city.example.lg.jp/graphql');
    expect(liveUrl({ protocol: 'http:', host: 'localhost:3000' })).toBe('ws://localhost:3000/graphql');
  });

  it('backs off exponentially up to 30 s, with under a second of jitter', () => {
    expect(liveRetryDelay(0, () => 0)).toBe(1000);
    expect(liveRetryDelay(1, () => 0)).toBe(2000);
    expect(liveRetryDelay(3, () => 0)).toBe(8000);
    expect(liveRetryDelay(12, () => 0)).toBe(MAX_RETRY_DELAY_MS);
    expect(liveRetryDelay(2, () => 0.999)).toBeLessThan(5000);
  });

  it('retries a dropped connection or a network error, not a refusal (no session)', () => {
    expect(shouldRetryLive({ code: 1006, reason: '' })).toBe(true);
    expect(shouldRetryLive({ code: 1001, reason: 'Going away' })).toBe(true);
    expect(shouldRetryLive(new Error('ECONNREFUSED'))).toBe(true);
    expect(shouldRetryLive({ code: CLOSE_FORBIDDEN, reason: 'Forbidden' })).toBe(false);
  });

  it('is lazy and retries without a limit', () => {
    const o = liveClientOptions();
    expect(o.lazy).toBe(true);
    expect(o.retryAttempts).toBe(Number.POSITIVE_INFINITY);
  });
});

/**
 * A real graphql-ws server (the same library the NestJS server uses) that can be stopped and
 * started again on the same port: the client must come back on its own and resubscribe.
 */
describe('live connection against a restarting server', () => {
  const listeners = new Set<(n: number) => void>();
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLBoolean, resolve: () => true } } }),
    subscription: new GraphQLObjectType({
      name: 'Subscription',
      fields: {
        tick: {
          type: GraphQLInt,
          subscribe: () => {
            const queue: number[] = [];
            let wake: (() => void) | null = null;
            const push = (n: number) => {
              queue.push(n);
              wake?.();
            };
            listeners.add(push);
            const it: AsyncIterableIterator<{ tick: number }> = {
              async next() {
                while (queue.length === 0) await new Promise<void>((r) => (wake = r));
                return { value: { tick: queue.shift()! }, done: false };
              },
              async return() {
                listeners.delete(push);
                return { value: undefined, done: true };
              },
              [Symbol.asyncIterator]() {
                return it;
              },
            };
            return it;
          },
        },
      },
    }),
  });

  let http: Server | null = null;
  let wss: WebSocketServer | null = null;
  let client: Client | null = null;

  async function start(port = 0, allow = true): Promise<number> {
    http = createServer();
    wss = new WebSocketServer({ server: http, path: '/graphql' });
    attachGraphqlWs({ schema, onConnect: () => allow }, wss);
    await new Promise<void>((resolve) => http!.listen(port, '127.0.0.1', resolve));
    return (http.address() as AddressInfo).port;
  }

  /** Like a crash or a restart: every socket dropped without a close handshake. */
  async function stop() {
    wss?.clients.forEach((s) => s.terminate());
    await new Promise<void>((resolve) => wss!.close(() => resolve()));
    await new Promise<void>((resolve) => http!.close(() => resolve()));
    listeners.clear();
  }

  afterEach(async () => {
    await client?.dispose();
    client = null;
    if (http?.listening) await stop();
  });

  const waitFor = (check: () => boolean) =>
    new Promise<void>((resolve) => {
      const poll = () => (check() ? resolve() : setTimeout(poll, 20));
      poll();
    });

  it('reconnects by itself after a server restart and keeps the subscription going', async () => {
    const port = await start();
    client = createClient(liveClientOptions({ url: `ws://127.0.0.1:${port}/graphql`, webSocketImpl: WebSocket }));
    let reconnected = 0;
    const off = onLiveReconnected(() => reconnected++);
    const got: number[] = [];
    const errors: unknown[] = [];
    client.subscribe<{ tick: number }>(
      { query: 'subscription { tick }' },
      { next: (r) => got.push(r.data!.tick), error: (e) => errors.push(e), complete: () => undefined },
    );
    await waitFor(() => listeners.size === 1);
    listeners.forEach((l) => l(1));
    await waitFor(() => got.length === 1);

    await stop();
    await start(port);
    // Back within the first back-off (1–2 s), resubscribed without anyone asking.
    await waitFor(() => listeners.size === 1);
    await waitFor(() => reconnected === 1);
    listeners.forEach((l) => l(2));
    await waitFor(() => got.length === 2);
    expect(got).toEqual([1, 2]);
    expect(errors).toEqual([]);
    off();
  });

  it('gives up at once when the server refuses the connection (no session)', async () => {
    const port = await start(0, false);
    client = createClient(liveClientOptions({ url: `ws://127.0.0.1:${port}/graphql`, webSocketImpl: WebSocket }));
    const error = await new Promise<unknown>((resolve) =>
      client!.subscribe({ query: 'subscription { tick }' }, { next: () => undefined, error: resolve, complete: () => resolve(null) }),
    );
    expect((error as { code: number }).code).toBe(CLOSE_FORBIDDEN);
  });
});
