import { Global, Module } from '@nestjs/common';
import { IdempotencyService } from '../core/idempotency/idempotency.service';
import { AuditService } from './audit/audit.service';
import { LedgerService } from './ledger/ledger.service';
import { PointsConfigService } from './ledger/points-config.service';
import { OutboxService } from './outbox/outbox.service';
import { UsersService } from './users/users.service';

/** Services every feature writes through: people/departments, the ledger, audit and outbox. */
@Global()
@Module({
  providers: [UsersService, LedgerService, PointsConfigService, AuditService, OutboxService, IdempotencyService],
  exports: [UsersService, LedgerService, PointsConfigService, AuditService, OutboxService, IdempotencyService],
})
export class SharedModule {}
