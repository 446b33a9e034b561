import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { StaffImportRepository } from './staff-import.repository';
import { StaffImportResolver } from './staff-import.resolver';
import { StaffImportService } from './staff-import.service';

/** The HR staff file (CSV) → accounts, departments, transfers; from the admin screen and `npm run staff:import`. */
@Module({
  imports: [AccountsModule, OrganisationModule],
  providers: [StaffImportRepository, StaffImportService, StaffImportResolver],
  exports: [StaffImportService],
})
export class StaffImportModule {}
