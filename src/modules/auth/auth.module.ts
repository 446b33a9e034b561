import { Module } from '@nestjs/common';
import { ViewerSource } from '../../core/auth/viewer-source';
import { AuthRepository } from './auth.repository';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';

/** Sessions; also the global guard's `ViewerSource` (who signs an HTTP request). */
@Module({
  providers: [AuthService, AuthRepository, AuthResolver, { provide: ViewerSource, useExisting: AuthService }],
  exports: [AuthService, ViewerSource],
})
export class AuthModule {}
