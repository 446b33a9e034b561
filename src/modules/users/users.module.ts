import { Module } from '@nestjs/common';
import { PreferencesRepository } from './preferences.repository';
import { PreferencesResolver } from './preferences.resolver';
import { UsersResolver } from './users.resolver';

/** People and the organisation as GraphQL (UsersService itself is shared: every write needs it). */
@Module({ providers: [UsersResolver, PreferencesRepository, PreferencesResolver] })
export class UsersModule {}
