import { ApolloLink } from '@apollo/client';
import { Observable, type Subscription } from 'rxjs';
import type { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import type { Client, ClientOptions } from 'graphql-ws';

/**
 * Live updates (GraphQL subscriptions) over graphql-ws on the same origin and path as HTTP
 * (`/graphql`, ws:// or wss:// as the page), authenticated by the session cookie the browser
 * sends with the upgrade request. Nothing is opened until a subscription starts (a signed-out
 * page never subscribes, so it never connects); the socket closes a few seconds after the last
 * subscription ends and reconnects on its own, with back-off, after a network drop or a server
 * restart.
 */

/** graphql-ws closes with this when the server refuses the connection (no session, another origin). */
export const CLOSE_FORBIDDEN = 4403;
/** Longest wait between two reconnection attempts. */
export const MAX_RETRY_DELAY_MS = 30_000;
/** Keep the socket this long after the last subscription ends (moving from one post to another reuses it). */
const LAZY_CLOSE_MS = 5_000;
/** Ping now and then, so proxies keep the connection and a dead one is noticed. */
const KEEP_ALIVE_MS = 20_000;

function closeCode(e: unknown): number | undefined {
  if (typeof e === 'object' && e !== null && 'code' in e && typeof (e as { code: unknown }).code === 'number') return (e as { code: number }).code;
  return undefined;
}

/**
 * Retry a dropped connection (server restart, network, a sleeping laptop) but not a refusal:
 * without a session every attempt would be refused again (the session watcher sends the person
 * to the sign-in page on their next request).
 */
export function shouldRetryLive(e: unknown): boolean {
  const code = closeCode(e);
  if (code === undefined) return true; // a socket error without a close event: the network, try again
  return code !== CLOSE_FORBIDDEN;
}

/** Exponential back-off, 1 s, 2 s, 4 s … up to 30 s, plus up to a second of jitter (so a restarted server is not hit by everyone at once). */
export function liveRetryDelay(retries: number, random: () => number = Math.random): number {
  return Math.min(MAX_RETRY_DELAY_MS, 1000 * 2 ** Math.max(0, retries)) + Math.floor(random() * 1000);
}

/** ws:// or wss:// for the page's own origin. */
export function liveUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/graphql`;
}

type Listener = () => void;
const reconnectedListeners = new Set<Listener>();

/**
 * Called after the live connection came back (a retry succeeded): events sent while it was
 * down are lost, so a page showing live data reloads it once.
 */
export function onLiveReconnected(listener: Listener): () => void {
  reconnectedListeners.add(listener);
  return () => reconnectedListeners.delete(listener);
}

export function liveClientOptions(overrides: Partial<ClientOptions> = {}): ClientOptions {
  return {
    url: () => liveUrl(),
    lazy: true,
    lazyCloseTimeout: LAZY_CLOSE_MS,
    keepAlive: KEEP_ALIVE_MS,
    retryAttempts: Number.POSITIVE_INFINITY,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, liveRetryDelay(retries))),
    shouldRetry: shouldRetryLive,
    on: {
      connected: (_socket, _payload, wasRetry) => {
        if (wasRetry) reconnectedListeners.forEach((listener) => listener());
      },
    },
    ...overrides,
  };
}

/**
 * The terminating link for subscriptions. graphql-ws (and Apollo's link for it) are loaded, and
 * the client created, on the first subscription — never at start-up, and not in the first
 * screen's JavaScript (#13).
 */
export class LazyLiveLink extends ApolloLink {
  private client: Client | null = null;
  private link: Promise<GraphQLWsLink> | null = null;

  constructor(private readonly options: () => ClientOptions = liveClientOptions) {
    super();
  }

  private load(): Promise<GraphQLWsLink> {
    this.link ??= Promise.all([import('graphql-ws'), import('@apollo/client/link/subscriptions')]).then(([ws, sub]) => {
      this.client = ws.createClient(this.options());
      return new sub.GraphQLWsLink(this.client);
    });
    // A failed load (or no WebSocket here) is retried by the next subscription.
    this.link.catch(() => (this.link = null));
    return this.link;
  }

  override request(operation: ApolloLink.Operation): Observable<ApolloLink.Result> {
    return new Observable((observer) => {
      let inner: Subscription | null = null;
      let closed = false;
      this.load().then(
        (link) => {
          if (!closed) inner = link.request(operation).subscribe(observer);
        },
        // No WebSocket in this environment: the subscription fails, the page keeps working.
        (e: unknown) => observer.error(e),
      );
      return () => {
        closed = true;
        inner?.unsubscribe();
      };
    });
  }

  /**
   * Drop the connection (after sign-in or sign-out the cookie changed): a subscription still
   * running reconnects with the new session, or ends if there is none.
   */
  restart(): void {
    this.client?.terminate();
  }
}
