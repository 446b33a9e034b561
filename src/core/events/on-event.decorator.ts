import 'reflect-metadata';
import type { DurableEvent, DurableEventName, EventMap, EventName } from './domain-events';

type OneOrMany<K> = K | readonly K[];

/** Runs synchronously inside the writer's transaction: it commits or rolls back with the fact. */
export interface InTransactionOptions<K extends EventName> {
  event: OneOrMany<K>;
  phase: 'in-transaction';
}

/** Runs once the transaction has committed; nothing if it rolls back. */
export interface AfterCommitOptions<K extends EventName> {
  event: OneOrMany<K>;
  phase: 'after-commit';
  /**
   * Deduplication key: handlers whose key is equal run once per transaction (the first
   * payload wins). Badges use `badges:<person>`, so a person is evaluated once per action.
   */
  once?: (payload: EventMap[K]) => string;
}

/** Delivered from the outbox by the poller, in batches, to consumer `consumer` (its own cursor and back-off). */
export interface DurableOptions<K extends DurableEventName> {
  event: OneOrMany<K>;
  phase: 'durable';
  consumer: string;
}

export type OnEventOptions = InTransactionOptions<EventName> | AfterCommitOptions<EventName> | DurableOptions<DurableEventName>;

export const ON_EVENT_METADATA = 'banso:on-event';

export interface OnEventMetadata {
  options: OnEventOptions;
  method: string | symbol;
}

/** A method decorator that checks the method accepts what the phase hands it. */
type Decorator<Signature> = <M extends Signature>(target: object, key: string | symbol, descriptor: TypedPropertyDescriptor<M>) => void;

/**
 * Declares a method of a Nest provider as a handler of one or more domain events, and when it
 * runs. Collected at start-up by the EventsModule (every provider of the application is
 * scanned), so a handler is live as soon as its provider is part of the app.
 *
 *   @OnEvent({ event: 'answer.accepted', phase: 'in-transaction' })
 *   answerAccepted(e: EventMap['answer.accepted']) { ... }
 */
export function OnEvent<K extends EventName>(options: InTransactionOptions<K> | AfterCommitOptions<K>): Decorator<(payload: EventMap[K]) => unknown>;
export function OnEvent<K extends DurableEventName>(options: DurableOptions<K>): Decorator<(batch: DurableEvent<K>[]) => Promise<void>>;
export function OnEvent(options: OnEventOptions): (target: object, method: string | symbol) => void {
  return (target, method) => {
    const ctor = target.constructor;
    const list: OnEventMetadata[] = Reflect.getOwnMetadata(ON_EVENT_METADATA, ctor) ?? [];
    Reflect.defineMetadata(ON_EVENT_METADATA, [...list, { options, method }], ctor);
  };
}
