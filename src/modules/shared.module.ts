import { Global, Module } from '@nestjs/common';
import { EVENT_OUTBOX } from '../core/events/domain-events.service';
import { IdempotencyService } from '../core/idempotency/idempotency.service';
import { AuditService } from './audit/audit.service';
import { LedgerEvents } from './ledger/ledger.events';
import { LedgerService } from './ledger/ledger.service';
import { PointsConfigService } from './ledger/points-config.service';
import { OutboxService } from './outbox/outbox.service';
import { UsersService } from './users/users.service';

/**
 * Services every feature writes through: people/departments, the ledger, audit and outbox
 * (also the domain-event bus's outbox port), and the ledger's handlers of the domain events.
 */
@Global()
@Module({
  providers: [
    UsersService,
    LedgerService,
    LedgerEvents,
    PointsConfigService,
    AuditService,
    OutboxService,
    { provide: EVENT_OUTBOX, useExisting: OutboxService },
    IdempotencyService,
  ],
  exports: [UsersService, LedgerService, PointsConfigService, AuditService, OutboxService, EVENT_OUTBOX, IdempotencyService],
})
export class SharedModule {}
