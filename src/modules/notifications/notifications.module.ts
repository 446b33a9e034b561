import { Module } from '@nestjs/common';
import { PostsModule } from '../posts/posts.module';
import { NotificationsEvents } from './notifications.events';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsResolver, NotificationsSubscriptionResolver, PostFollowResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

/** In-app notifications derived from the outbox, and follows (#12). */
@Module({
  imports: [PostsModule],
  providers: [NotificationsRepository, NotificationsService, NotificationsEvents, NotificationsResolver, NotificationsSubscriptionResolver, PostFollowResolver],
  exports: [NotificationsService],
})
export class NotificationsModule {}
