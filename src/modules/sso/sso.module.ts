import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { OidcRelyingParty } from './oidc-relying-party';
import { SsoController } from './sso.controller';
import { SsoRepository } from './sso.repository';
import { SsoResolver } from './sso.resolver';
import { SsoService } from './sso.service';

/** Single sign-on with OpenID Connect (issue #9, docs/sso.md): /auth/oidc/login, /auth/oidc/callback and `signInOptions`. */
@Module({
  imports: [AuthModule],
  controllers: [SsoController],
  providers: [OidcRelyingParty, SsoRepository, SsoService, SsoResolver],
})
export class SsoModule {}
