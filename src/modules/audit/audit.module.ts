import { Module } from '@nestjs/common';
import { AuditExportController } from './audit-export.controller';
import { AuditLogService } from './audit-log.service';
import { AuditRepository } from './audit.repository';
import { AuditResolver } from './audit.resolver';

/** Reading the audit log (screen and CSV). Writing it is AuditService, shared by every module. */
@Module({ providers: [AuditRepository, AuditLogService, AuditResolver], controllers: [AuditExportController] })
export class AuditModule {}
