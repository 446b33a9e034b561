import { Module } from '@nestjs/common';
import { PostsModule } from '../posts/posts.module';
import { WebhooksEvents } from './webhooks.events';
import { WebhooksRepository } from './webhooks.repository';
import { WebhooksResolver } from './webhooks.resolver';
import { WebhooksService } from './webhooks.service';

/** Outgoing chat webhooks: Microsoft Teams, Slack-compatible, generic JSON with an HMAC signature (#12). */
@Module({ imports: [PostsModule], providers: [WebhooksRepository, WebhooksService, WebhooksEvents, WebhooksResolver], exports: [WebhooksService] })
export class WebhooksModule {}
