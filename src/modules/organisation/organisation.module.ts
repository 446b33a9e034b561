import { Module } from '@nestjs/common';
import { OrganisationRepository } from './organisation.repository';
import { OrganisationResolver } from './organisation.resolver';
import { OrganisationService } from './organisation.service';

/** Departments, transfers and manager scopes (ADMIN). The staff import writes through OrganisationService. */
@Module({
  providers: [OrganisationRepository, OrganisationService, OrganisationResolver],
  exports: [OrganisationService],
})
export class OrganisationModule {}
