import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig, OidcConfig } from '../../core/config/config';
import type * as OpenId from 'openid-client';

/** What one authorisation request must remember until its callback (kept in the flow cookie). */
export interface FlowChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** The person as the identity provider vouches for them (ID token, completed by userinfo when needed). */
export interface IdpIdentity {
  issuer: string;
  subject: string;
  /** The configured e-mail claim (OIDC_EMAIL_CLAIM), as sent: normalised by the caller. */
  email: string | null;
  /** `email_verified` when the provider sends it for the `email` claim; undefined otherwise. */
  emailVerified: boolean | undefined;
  name: string | null;
}

/** Why the provider could not be used; the callback page says it in Japanese and English. */
export type RelyingPartyFailure =
  /** Discovery, token or userinfo endpoint unreachable, timed out or answering 5xx. */
  | 'UNAVAILABLE'
  /** The provider sent an error back (the person cancelled, or it refused the request). */
  | 'IDP_ERROR'
  /** The response did not validate (state, nonce, PKCE, signature, issuer, audience …). */
  | 'INVALID_RESPONSE';

export class RelyingPartyError extends Error {
  constructor(
    readonly failure: RelyingPartyFailure,
    message: string,
  ) {
    super(message);
  }
}

const TIMEOUT_SECONDS = 10;
/** Provider metadata is kept this long; signing keys are refreshed by openid-client when a new key id appears. */
const METADATA_TTL_MS = 24 * 3600_000;
/** After a failed discovery, answer "unavailable" for this long instead of asking the provider again on every click. */
const RETRY_AFTER_MS = 10_000;

/** openid-client is an ES module: loaded on the first sign-in, never on installations without SSO. */
function openIdClient(): typeof OpenId {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('openid-client') as typeof OpenId;
}

/** Network failure, timeout or a 5xx from the provider: it is not there, rather than wrong. */
function isUnreachable(err: unknown): boolean {
  const e = err as { name?: string; message?: string; code?: string; cause?: unknown };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return true;
  if (e?.name === 'TypeError' && /fetch failed/i.test(e.message ?? '')) return true;
  const status = (e?.cause as { status?: number } | undefined)?.status;
  return e?.code === 'OAUTH_RESPONSE_IS_NOT_CONFORM' && typeof status === 'number' && status >= 500;
}

/**
 * The relying party (openid-client): the only code that talks to the identity provider, and
 * only to the endpoints the configured issuer publishes (discovery, token, JWKS, userinfo
 * when the ID token lacks the e-mail). Discovery happens on the first sign-in, not at start,
 * so Banso starts while the provider is down; the result is cached.
 */
@Injectable()
export class OidcRelyingParty {
  private readonly logger = new Logger('SSO');
  private discovered: { at: number; config: Promise<OpenId.Configuration> } | null = null;
  private failedAt = 0;

  constructor(@Inject(APP_CONFIG) private readonly appConfig: AppConfig) {}

  private get oidc(): OidcConfig {
    if (!this.appConfig.oidc) throw new Error('single sign-on is not configured');
    return this.appConfig.oidc;
  }

  private configuration(): Promise<OpenId.Configuration> {
    const now = Date.now();
    if (this.discovered && now - this.discovered.at < METADATA_TTL_MS) return this.discovered.config;
    if (now - this.failedAt < RETRY_AFTER_MS) {
      return Promise.reject(new RelyingPartyError('UNAVAILABLE', 'discovery failed a moment ago; not retrying yet'));
    }
    const config = this.discover().catch((err: unknown) => {
      this.discovered = null;
      this.failedAt = Date.now();
      this.logger.warn(`OpenID Provider discovery failed (${this.oidc.issuer}): ${(err as Error).message}`);
      throw new RelyingPartyError('UNAVAILABLE', (err as Error).message);
    });
    this.discovered = { at: now, config };
    return config;
  }

  private async discover(): Promise<OpenId.Configuration> {
    const client = openIdClient();
    const { issuer, clientId, clientSecret } = this.oidc;
    const basic = client.ClientSecretBasic(clientSecret);
    const post = client.ClientSecretPost(clientSecret);
    // client_secret_basic is the OpenID default; a provider that lists only client_secret_post gets that.
    const auth: OpenId.ClientAuth = (as, c, body, headers) => {
      const methods = as.token_endpoint_auth_methods_supported;
      return (!methods || methods.includes('client_secret_basic') ? basic : post)(as, c, body, headers);
    };
    // http:// only reaches this point when config allowed it (loopback, or outside production).
    const insecure = new URL(issuer).protocol === 'http:';
    return client.discovery(new URL(issuer), clientId, undefined, auth, {
      timeout: TIMEOUT_SECONDS,
      execute: insecure ? [client.allowInsecureRequests] : [],
    });
  }

  /** Fresh state, nonce and PKCE verifier, and the provider's authorisation URL for them. */
  async begin(): Promise<{ checks: FlowChecks; url: URL }> {
    const config = await this.configuration();
    const client = openIdClient();
    const checks: FlowChecks = { state: client.randomState(), nonce: client.randomNonce(), codeVerifier: client.randomPKCECodeVerifier() };
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.oidc.redirectUri,
      response_type: 'code',
      scope: 'openid email profile',
      state: checks.state,
      nonce: checks.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(checks.codeVerifier),
      code_challenge_method: 'S256',
    });
    return { checks, url };
  }

  /**
   * Validates the authorisation response (state, `iss`), redeems the code with the PKCE
   * verifier, validates the ID token (signature, issuer, audience, nonce, expiry) and returns
   * who it names. `query` is the callback's query string as received.
   */
  async complete(query: string, checks: FlowChecks): Promise<IdpIdentity> {
    const config = await this.configuration();
    const client = openIdClient();
    // The URL the provider redirected to, as registered: behind a reverse proxy the request's
    // own host and scheme are not the public ones.
    const current = new URL(this.oidc.redirectUri);
    current.search = query;
    try {
      const tokens = await client.authorizationCodeGrant(config, current, {
        pkceCodeVerifier: checks.codeVerifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
      });
      const idClaims = tokens.claims()!;
      let claims: Record<string, unknown> = { ...idClaims };
      const emailClaim = this.oidc.emailClaim;
      // Providers may keep profile claims out of the ID token in the code flow (oidc-provider
      // does by default); userinfo then has them, checked to be about the same subject.
      if ((claims[emailClaim] === undefined || claims.name === undefined) && config.serverMetadata().userinfo_endpoint) {
        const info = await client.fetchUserInfo(config, tokens.access_token, idClaims.sub);
        claims = { ...info, ...idClaims };
      }
      const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : null);
      const family = str(claims.family_name);
      const given = str(claims.given_name);
      return {
        issuer: this.oidc.issuer,
        subject: idClaims.sub,
        email: str(claims[emailClaim]),
        emailVerified: emailClaim === 'email' && typeof claims.email_verified === 'boolean' ? claims.email_verified : undefined,
        name: str(claims.name) ?? (family && given ? `${family} ${given}` : (family ?? given)),
      };
    } catch (err) {
      throw this.classify(err);
    }
  }

  private classify(err: unknown): RelyingPartyError {
    if (err instanceof RelyingPartyError) return err;
    const e = err as { name?: string; message?: string; error?: string; error_description?: string };
    if (isUnreachable(err)) {
      this.logger.warn(`OpenID Provider unreachable (${this.oidc.issuer}): ${e.message}`);
      return new RelyingPartyError('UNAVAILABLE', e.message ?? 'unreachable');
    }
    if (e?.name === 'AuthorizationResponseError') {
      this.logger.log(`OpenID Provider returned an error: ${e.error} ${e.error_description ?? ''}`.trim());
      return new RelyingPartyError('IDP_ERROR', `${e.error}`);
    }
    this.logger.warn(`OpenID Connect response refused: ${e?.name}: ${e?.message}`);
    return new RelyingPartyError('INVALID_RESPONSE', e?.message ?? 'invalid response');
  }
}
