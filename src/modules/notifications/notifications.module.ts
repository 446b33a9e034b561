import { Module } from '@nestjs/common';
import { PostsModule } from '../posts/posts.module';
import { SkillsModule } from '../skills/skills.module';
import { NotificationsEvents } from './notifications.events';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsResolver, NotificationsSubscriptionResolver, PostFollowResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { UnansweredFollowUp } from './unanswered-followup';

/** In-app notifications derived from the outbox, and follows (#12). */
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
  ],
  exports: [NotificationsService],
})
export class NotificationsModule {}
