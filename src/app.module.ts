import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AuthGuard } from './core/auth/auth.guard';
import { ViewerSource } from './core/auth/viewer-source';
import { APP_CONFIG, AppConfig } from './core/config/config';
import { ConfigModule } from './core/config/config.module';
import { DatabaseModule } from './core/database/database.module';
import { GraphqlExceptionFilter } from './core/errors/graphql-exception.filter';
import { EventsModule } from './core/events/events.module';
import { graphqlOptions } from './core/graphql/graphql.config';
import { PubSubModule } from './core/pubsub/pubsub';
import { AccountsModule } from './modules/accounts/accounts.module';
import { AnswersModule } from './modules/answers/answers.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { BadgesModule } from './modules/badges/badges.module';
import { BookmarksModule } from './modules/bookmarks/bookmarks.module';
import { CommentsModule } from './modules/comments/comments.module';
import { CurationModule } from './modules/curation/curation.module';
import { DemoModule } from './modules/demo/demo.module';
import { DraftsModule } from './modules/drafts/drafts.module';
import { GuardModule } from './modules/guard/guard.module';
import { HistoryModule } from './modules/history/history.module';
import { IdeasModule } from './modules/ideas/ideas.module';
import { ModerationModule } from './modules/moderation/moderation.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { OrganisationModule } from './modules/organisation/organisation.module';
import { PostsModule } from './modules/posts/posts.module';
import { PracticesModule } from './modules/practices/practices.module';
import { ProfilesModule } from './modules/profiles/profiles.module';
import { ReactionsModule } from './modules/reactions/reactions.module';
import { SearchIndexModule } from './modules/search/search-indexer';
import { SearchModule } from './modules/search/search.module';
import { SharedModule } from './modules/shared.module';
import { SkillsModule } from './modules/skills/skills.module';
import { SsoModule } from './modules/sso/sso.module';
import { StaffImportModule } from './modules/staff-import/staff-import.module';
import { StatsModule } from './modules/stats/stats.module';
import { UploadsModule } from './modules/uploads/uploads.module';
import { UsersModule } from './modules/users/users.module';
import { WebhooksModule } from './modules/webhooks/webhooks.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        EventsModule,
        PubSubModule,
        SharedModule,
        AuthModule,
        SsoModule,
        SearchIndexModule,
        UsersModule,
        UploadsModule,
        ProfilesModule,
        AccountsModule,
        OrganisationModule,
        AuditModule,
        StaffImportModule,
        StatsModule,
        PracticesModule,
        ModerationModule,
        CurationModule,
        NotificationsModule,
        WebhooksModule,
        GuardModule,
        DraftsModule,
        PostsModule,
        AnswersModule,
        CommentsModule,
        ReactionsModule,
        HistoryModule,
        IdeasModule,
        BookmarksModule,
        BadgesModule,
        SearchModule.forRoot(),
        SkillsModule,
        DemoModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AuthModule],
          inject: [APP_CONFIG, ViewerSource],
          useFactory: graphqlOptions,
        }),
      ],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
      ],
    };
  }
}
