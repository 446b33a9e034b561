import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../core/auth/decorators';
import { Webhook, WebhookInput, WebhookTestResult } from './webhooks.model';
import { WebhooksService } from './webhooks.service';
import type { GqlContext } from '../../core/auth/viewer';

@Resolver()
export class WebhooksResolver {
  constructor(private readonly service: WebhooksService) {}

  @Query(() => [Webhook], { description: 'チャットへの Webhook（DX推進課・管理者）' })
  webhooks(@Ctx() ctx: GqlContext): Webhook[] {
    return this.service.list(ctx.viewer!);
  }

  @Mutation(() => Webhook, { description: 'Webhook を作る。送信先は WEBHOOK_ALLOWED_HOSTS の中だけ' })
  createWebhook(@Ctx() ctx: GqlContext, @Args('input') input: WebhookInput): Webhook {
    return this.service.create(ctx.viewer!, input);
  }

  @Mutation(() => Webhook)
  updateWebhook(@Ctx() ctx: GqlContext, @Args('id', { type: () => ID }) id: string, @Args('input') input: WebhookInput): Webhook {
    return this.service.update(ctx.viewer!, id, input);
  }

  @Mutation(() => Boolean)
  deleteWebhook(@Ctx() ctx: GqlContext, @Args('id', { type: () => ID }) id: string): boolean {
    return this.service.remove(ctx.viewer!, id);
  }

  @Mutation(() => WebhookTestResult, { description: 'テスト送信（すぐに送って、受信側の応答を返します）' })
  testWebhook(@Ctx() ctx: GqlContext, @Args('id', { type: () => ID }) id: string): Promise<WebhookTestResult> {
    return this.service.test(ctx.viewer!, id);
  }
}
