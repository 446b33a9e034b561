import { Module } from '@nestjs/common';
import { AccountsRepository } from './accounts.repository';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';

/** Accounts (go-live, issue #9): the first admin today; account administration next. */
@Module({ providers: [AccountsRepository, AccountsService, AccountsResolver], exports: [AccountsService] })
export class AccountsModule {}
