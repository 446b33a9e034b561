import { Module } from '@nestjs/common';
import { AuditExportController } from './audit-export.controller';
import { AuditLogService } from './audit-log.service';
import { AuditResolver } from './audit.resolver';
import { AuditRepository } from './audit.repository';

/** Reading the audit log (screen and CSV). Writing it is AuditService, shared by every module. */
@Module({ providers: [AuditRepository, AuditLogService, AuditResolver], controllers: [AuditExportController] })
export class AuditModule {}
