import { Module } from '@nestjs/common';
import { PostsModule } from '../posts/posts.module';
import { SkillsModule } from '../skills/skills.module';
import { MailerService } from './mailer.service';
import { NotificationsEvents } from './notifications.events';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsResolver, NotificationsSubscriptionResolver, PostFollowResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { UnansweredFollowUp } from './unanswered-followup';
import { UnsubscribeController } from './unsubscribe.controller';

/** Notifications (#12): in-app from the outbox, live over graphql-ws, by e-mail (SMTP), follows, routing and the unanswered follow-up. */
@Module({
  imports: [PostsModule, SkillsModule],
  providers: [
    NotificationsRepository,
    NotificationsService,
    NotificationsEvents,
    NotificationsResolver,
    NotificationsSubscriptionResolver,
    PostFollowResolver,
    UnansweredFollowUp,
    MailerService,
  ],
  controllers: [UnsubscribeController],
  exports: [NotificationsService, MailerService],
})
export class NotificationsModule {}
