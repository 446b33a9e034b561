import { Module } from '@nestjs/common';
import { OrganisationModule } from '../organisation/organisation.module';
import { AccountsRepository } from './accounts.repository';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';

/** Accounts (ADMIN): create, edit, deactivate, reactivate, reset passwords; the first admin; one's own password. */
@Module({
  imports: [OrganisationModule],
  providers: [AccountsService, AccountsRepository, AccountsResolver],
  exports: [AccountsService],
})
export class AccountsModule {}
