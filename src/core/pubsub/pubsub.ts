import { Global, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';

/**
 * The pub/sub port behind GraphQL subscriptions: facts are published after commit on named
 * channels (`notification:<userId>`, `post:<postId>`), and each live subscription listens on
 * one. The in-process adapter below serves one app process; a Redis adapter implementing the
 * same two methods would let several processes share them (not built yet; see README).
 */
export abstract class PubSubPort {
  abstract publish(channel: string, payload: unknown): void;
  /** An async iterator of the channel's payloads from now on; `return()` unsubscribes. */
  abstract subscribe<T>(channel: string): AsyncIterableIterator<T>;
}

/** Bounded per subscriber, so a stalled client cannot make the process hold unbounded memory. */
const MAX_QUEUED = 100;

@Injectable()
export class InProcessPubSub extends PubSubPort implements OnApplicationShutdown {
  private readonly listeners = new Map<string, Set<(payload: unknown) => void>>();
  private readonly closers = new Set<() => void>();

  publish(channel: string, payload: unknown): void {
    for (const l of this.listeners.get(channel) ?? []) l(payload);
  }

  subscribe<T>(channel: string): AsyncIterableIterator<T> {
    const queue: T[] = [];
    let waiting: ((r: IteratorResult<T>) => void) | null = null;
    let done = false;
    const listener = (payload: unknown) => {
      if (waiting) {
        const w = waiting;
        waiting = null;
        w({ value: payload as T, done: false });
      } else if (queue.length < MAX_QUEUED) queue.push(payload as T);
    };
    const set = this.listeners.get(channel) ?? new Set();
    set.add(listener);
    this.listeners.set(channel, set);
    const close = () => {
      if (done) return;
      done = true;
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(channel);
      this.closers.delete(close);
      if (waiting) waiting({ value: undefined, done: true });
      waiting = null;
    };
    this.closers.add(close);
    const iterator: AsyncIterableIterator<T> = {
      next: () => {
        if (queue.length) return Promise.resolve({ value: queue.shift()!, done: false });
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => (waiting = resolve));
      },
      return: () => {
        close();
        return Promise.resolve({ value: undefined, done: true });
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }

  /** Live subscriptions (tests and health). */
  get listenerCount(): number {
    return [...this.listeners.values()].reduce((n, s) => n + s.size, 0);
  }

  onApplicationShutdown(): void {
    for (const close of [...this.closers]) close();
  }
}

@Global()
@Module({ providers: [InProcessPubSub, { provide: PubSubPort, useExisting: InProcessPubSub }], exports: [PubSubPort] })
export class PubSubModule {}
