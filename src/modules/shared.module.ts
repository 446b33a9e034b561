import { Global, Module } from '@nestjs/common';
import { EVENT_OUTBOX } from '../core/events/domain-events.service';
import { IdempotencyRepository } from '../core/idempotency/idempotency.repository';
import { IdempotencyService } from '../core/idempotency/idempotency.service';
import { AuditRepository } from './audit/audit.repository';
import { AuditService } from './audit/audit.service';
import { LedgerEvents } from './ledger/ledger.events';
import { LedgerRepository } from './ledger/ledger.repository';
import { LedgerService } from './ledger/ledger.service';
import { PointsConfigService } from './ledger/points-config.service';
import { OutboxRepository } from './outbox/outbox.repository';
import { OutboxService } from './outbox/outbox.service';
import { UsersRepository } from './users/users.repository';
import { UsersService } from './users/users.service';

/**
 * Services every feature writes through: people/departments, the ledger, audit and outbox
 * (also the domain-event bus's outbox port), and the ledger's handlers of the domain events.
 * Their repositories (the only place their SQL lives) are provided here but not exported.
 */
@Global()
@Module({
  providers: [
    UsersRepository,
    UsersService,
    LedgerRepository,
    LedgerService,
    LedgerEvents,
    PointsConfigService,
    AuditRepository,
    AuditService,
    OutboxRepository,
    OutboxService,
    { provide: EVENT_OUTBOX, useExisting: OutboxService },
    IdempotencyRepository,
    IdempotencyService,
  ],
  exports: [UsersService, LedgerService, PointsConfigService, AuditService, OutboxService, EVENT_OUTBOX, IdempotencyService],
})
export class SharedModule {}
