import { Module } from '@nestjs/common';
import { UsersResolver } from './users.resolver';

/** People and the organisation as GraphQL (UsersService itself is shared: every write needs it). */
@Module({ providers: [UsersResolver] })
export class UsersModule {}
