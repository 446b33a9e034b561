import { Global, Module } from '@nestjs/common';
import { AuditService } from './audit/audit.service';
import { LedgerService } from './ledger/ledger.service';
import { OutboxService } from './outbox/outbox.service';
import { UsersService } from './users/users.service';

/** Services every feature writes through: people/departments, the ledger, audit and outbox. */
@Global()
@Module({
  providers: [UsersService, LedgerService, AuditService, OutboxService],
  exports: [UsersService, LedgerService, AuditService, OutboxService],
})
export class SharedModule {}
