import { Inject, Injectable, Logger } from '@nestjs/common';
import { DbService } from '../database/db.service';
import {
  DurableEvent,
  DurableEventName,
  DURABLE_EVENTS,
  EVENT_NAMES,
  EventMap,
  EventName,
  EventPhase,
  isDurable,
  LEGACY_OUTBOX_TOPICS,
  outboxAggregate,
} from './domain-events';
import type { AfterCommitOptions, DurableOptions, InTransactionOptions, OnEventOptions } from './on-event.decorator';

/** A row of the transactional outbox, as the poller hands it over. */
export interface OutboxRow {
  id: number;
  topic: string;
  aggregateId: number;
  payload: unknown;
}

/**
 * What the bus needs from the outbox (implemented by OutboxService in modules/outbox; core
 * names the port, not the feature): write a row in the current transaction, and register a
 * named consumer that the poller feeds after commit, with its own cursor and retries.
 */
export interface EventOutbox {
  enqueue(topic: string, aggregateType: string, aggregateId: number, payload?: unknown): void;
  subscribe(name: string, handler: (rows: OutboxRow[]) => Promise<void>): void;
}
export const EVENT_OUTBOX = Symbol('EVENT_OUTBOX');

type AnyPayload = EventMap[EventName];

type Registered =
  | { phase: 'in-transaction'; name: string; events: ReadonlySet<EventName>; fn: (payload: AnyPayload) => unknown }
  | { phase: 'after-commit'; name: string; events: ReadonlySet<EventName>; once?: (payload: AnyPayload) => string; fn: (payload: AnyPayload) => unknown }
  | { phase: 'durable'; name: string; events: ReadonlySet<EventName>; consumer: string; fn: (batch: DurableEvent[]) => Promise<void> };

export interface HandlerDescription {
  event: EventName;
  phase: EventPhase;
  handler: string;
  /** durable: the outbox consumer (cursor) name */
  consumer?: string;
}

const list = <K>(k: K | readonly K[]): K[] => (Array.isArray(k) ? [...(k as readonly K[])] : [k as K]);

/**
 * The domain-event bus. A write emits each fact once, inside its `db.tx`; the bus then
 *
 * - runs the `in-transaction` handlers right away, synchronously (ledger, FTS5 index): they
 *   commit or roll back with the fact. They must never await: the transaction is a
 *   synchronous better-sqlite3 IMMEDIATE transaction, and an await would let another request
 *   run while it is open (its writes would land in this transaction, or it would fail on
 *   BEGIN). A handler returning a promise is refused, which rolls the transaction back.
 * - queues the `after-commit` handlers on `db.afterCommit` (badges): dropped on rollback;
 *   handlers with the same `once` key run once per transaction; a failure is logged and
 *   never undoes the committed fact (the backfill re-derives what it missed).
 * - writes one outbox row for a durable fact (see DURABLE_EVENTS); the outbox poller hands
 *   it to each `durable` consumer after commit, with its own cursor and back-off.
 *
 * Consumers are declared with `@OnEvent` next to their feature and collected at start-up;
 * `describe()` lists them (docs/architecture.md shows the same table, and a test keeps the
 * two equal).
 */
@Injectable()
export class DomainEvents {
  private readonly logger = new Logger('DomainEvents');
  private readonly handlers = new Map<EventName, Registered[]>();
  private readonly registered: Registered[] = [];

  constructor(
    private readonly db: DbService,
    @Inject(EVENT_OUTBOX) private readonly outbox: EventOutbox,
  ) {}

  /** Registers a handler (the `@OnEvent` scan calls this; tests may call it directly). */
  on<K extends EventName>(options: InTransactionOptions<K> | AfterCommitOptions<K>, fn: (payload: EventMap[K]) => unknown, name?: string): void;
  on<K extends DurableEventName>(options: DurableOptions<K>, fn: (batch: DurableEvent<K>[]) => Promise<void>, name?: string): void;
  on(options: OnEventOptions, fn: (arg: never) => unknown, name = 'handler'): void {
    const events = new Set<EventName>(list<EventName>(options.event));
    for (const e of events) if (!EVENT_NAMES.includes(e)) throw new Error(`${name}: unknown domain event ${e}`);
    let h: Registered;
    if (options.phase === 'durable') {
      for (const e of events) if (!isDurable(e)) throw new Error(`${name}: ${e} is not written to the outbox, so it cannot have a durable handler`);
      h = { phase: 'durable', name, events, consumer: options.consumer, fn: fn as (batch: DurableEvent[]) => Promise<void> };
      this.subscribeDurable(h);
    } else if (options.phase === 'after-commit') {
      h = { phase: 'after-commit', name, events, once: options.once as ((p: AnyPayload) => string) | undefined, fn: fn as (p: AnyPayload) => unknown };
    } else if (options.phase === 'in-transaction') {
      h = { phase: 'in-transaction', name, events, fn: fn as (p: AnyPayload) => unknown };
    } else {
      throw new Error(`${name}: unknown phase ${(options as { phase: string }).phase}`);
    }
    this.registered.push(h);
    for (const e of events) this.handlers.set(e, [...(this.handlers.get(e) ?? []), h]);
  }

  /** Records a fact. Must be called inside `db.tx` (after the rows it describes are written). */
  emit<K extends EventName>(event: K, payload: EventMap[K]): void {
    if (!this.db.raw.inTransaction) {
      throw new Error(`domain event ${event} emitted outside a transaction: emit inside db.tx(), with the write it describes`);
    }
    if (isDurable(event)) {
      const aggregate = outboxAggregate(payload as EventMap[DurableEventName]);
      this.outbox.enqueue(event, aggregate.type, aggregate.id, payload);
    }
    for (const h of this.handlers.get(event) ?? []) {
      if (h.phase === 'in-transaction') {
        const r = h.fn(payload);
        if (r instanceof Promise || (r && typeof (r as PromiseLike<unknown>).then === 'function')) {
          throw new Error(`${h.name} (${event}): an in-transaction handler must be synchronous; the transaction never awaits`);
        }
      } else if (h.phase === 'after-commit') {
        const key = h.once ? `event:${h.once(payload)}` : Symbol(h.name);
        this.db.afterCommit(() => this.runAfterCommit(h, event, payload), key);
      }
      // durable handlers are fed by the outbox poller (subscribeDurable)
    }
  }

  private runAfterCommit(h: Registered & { phase: 'after-commit' }, event: EventName, payload: AnyPayload): void {
    const fail = (e: unknown) =>
      // The fact is committed; derived state is re-derivable (badges: npm run badges:backfill).
      this.logger.error(`${h.name} after ${event} failed: ${(e as Error)?.stack ?? e}`);
    try {
      const r = h.fn(payload);
      if (r instanceof Promise) r.catch(fail);
    } catch (e) {
      fail(e);
    }
  }

  private subscribeDurable(h: Registered & { phase: 'durable' }): void {
    this.outbox.subscribe(h.consumer, async (rows) => {
      const batch: DurableEvent[] = [];
      for (const r of rows) {
        const name = (DURABLE_EVENTS as readonly string[]).includes(r.topic) ? (r.topic as DurableEventName) : LEGACY_OUTBOX_TOPICS[r.topic];
        if (!name || !h.events.has(name)) continue;
        batch.push({ outboxId: r.id, name, aggregateId: r.aggregateId, payload: (r.payload ?? null) as never });
      }
      // A batch with nothing for this consumer still moves its cursor (nothing to deliver).
      if (batch.length > 0) await h.fn(batch);
    });
  }

  /** Every registered handler per event, in the order of the event map: "what happens when X". */
  describe(): HandlerDescription[] {
    return EVENT_NAMES.flatMap((event) =>
      (this.handlers.get(event) ?? []).map((h) => ({ event, phase: h.phase, handler: h.name, ...(h.phase === 'durable' ? { consumer: h.consumer } : {}) })),
    );
  }
}
