import { Injectable } from '@nestjs/common';
import { DurableEvent } from '../../core/events/domain-events';
import { OnEvent } from '../../core/events/on-event.decorator';
import { WebhooksService } from './webhooks.service';

@Injectable()
export class WebhooksEvents {
  constructor(private readonly webhooks: WebhooksService) {}

  /** Every new post, from the outbox: one delivery per matching webhook (sent by the worker with retries). */
  @OnEvent({ event: 'post.created', phase: 'durable', consumer: 'webhooks' })
  postCreated(batch: DurableEvent[]): Promise<void> {
    this.webhooks.enqueueForPosts(batch);
    return Promise.resolve();
  }
}
