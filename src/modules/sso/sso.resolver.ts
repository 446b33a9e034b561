import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../../core/auth/decorators';
import { SsoService } from './sso.service';

@ObjectType({ description: 'How people can sign in on this installation (the sign-in page reads it before anyone is signed in).' })
export class SignInOptions {
  @Field({ description: 'Password sign-in for everyone; when false, only break-glass administrators may use it.' })
  localLogin: boolean;

  @Field({ description: 'Single sign-on with the organisation account (OpenID Connect) is set up: GET /auth/oidc/login.' })
  sso: boolean;

  @Field(() => String, { nullable: true, description: 'Text for the single sign-on button when the operator set one (OIDC_LABEL).' })
  ssoLabel: string | null;
}

@Resolver()
export class SsoResolver {
  constructor(private readonly sso: SsoService) {}

  @Public()
  @Query(() => SignInOptions)
  signInOptions(): SignInOptions {
    return this.sso.signInChoice();
  }
}
