import { Global, Injectable, Module, OnModuleInit } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService } from '@nestjs/core';
import { DomainEvents } from './domain-events.service';
import { ON_EVENT_METADATA, OnEventMetadata } from './on-event.decorator';

/**
 * Finds every `@OnEvent` method among the application's providers and registers it on the
 * bus, before any request (or the demo seeder) can emit.
 */
@Injectable()
export class DomainEventsExplorer implements OnModuleInit {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly events: DomainEvents,
  ) {}

  onModuleInit(): void {
    const seen = new Set<object>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string | symbol, unknown> | undefined;
      if (!instance || typeof instance !== 'object' || seen.has(instance)) continue;
      seen.add(instance);
      const declared: OnEventMetadata[] = Reflect.getMetadata(ON_EVENT_METADATA, instance.constructor) ?? [];
      for (const { options, method } of declared) {
        const fn = instance[method];
        if (typeof fn !== 'function') continue;
        const name = `${instance.constructor.name}.${String(method)}`;
        this.events.on(options as never, fn.bind(instance) as never, name);
      }
    }
  }
}

/**
 * The domain-event bus for every module. The outbox port (EVENT_OUTBOX) is provided by the
 * shared module, which owns the outbox table.
 */
@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [DomainEvents, DomainEventsExplorer],
  exports: [DomainEvents],
})
export class EventsModule {}
