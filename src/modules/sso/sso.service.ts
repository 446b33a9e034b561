import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../core/config/config';
import { DbService } from '../../core/database/db.service';
import { LIMITS } from '../../core/validation/limits';
import { AuditService } from '../audit/audit.service';
import { hashPassword } from '../auth/auth.service';
import { IdpIdentity, OidcRelyingParty, RelyingPartyError } from './oidc-relying-party';
import { Flow, FLOW_TTL_MS, openFlow, safeReturnTo, sealFlow } from './sso-flow';
import { SsoPageKind, SsoRefusal } from './sso-page';
import { SsoRepository } from './sso.repository';

export type SsoOutcome = { ok: true; userId: number; returnTo: string } | { ok: false; page: SsoPageKind; email?: string | null };
type Decision = { ok: true; userId: number } | { ok: false; page: SsoRefusal; email: string | null };

/** What the sign-in page offers (the `signInOptions` query). */
export interface SignInChoice {
  localLogin: boolean;
  sso: boolean;
  ssoLabel: string | null;
}

const DISPLAY_NAME_MAX = 100;

/** Same normalisation as password sign-in: NFKC, trimmed, lower case. */
export function normaliseEmail(raw: string | null): string | null {
  if (!raw) return null;
  const email = raw.normalize('NFKC').trim().toLowerCase();
  return email.length <= LIMITS.email && /^[^\s@]+@[^\s@]+$/.test(email) ? email : null;
}

/**
 * Single sign-on with OpenID Connect: who the provider's answer signs in.
 *
 * 1. The account linked to the provider's subject (`sub`), once linked.
 * 2. Otherwise the account with the same e-mail address, if it is not linked yet: it is
 *    linked now (audited SSO_LINKED), so later sign-ins match by subject even after the
 *    address changes. An account already linked to another subject is refused.
 * 3. Otherwise, with OIDC_AUTO_CREATE, a new STAFF account linked to the subject (audited
 *    SSO_ACCOUNT_CREATED); without it the person is refused.
 *
 * Deactivated accounts are refused. Every refusal is audited (SSO_LOGIN_REFUSED).
 */
@Injectable()
export class SsoService {
  constructor(
    private readonly db: DbService,
    private readonly repo: SsoRepository,
    private readonly audit: AuditService,
    private readonly relyingParty: OidcRelyingParty,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  signInChoice(): SignInChoice {
    return { localLogin: this.config.localLogin, sso: this.config.oidc !== null, ssoLabel: this.config.oidc?.label ?? null };
  }

  get enabled(): boolean {
    return this.config.oidc !== null;
  }

  /** Starts an authorisation request: the provider's URL, and the sealed flow for the cookie. Throws RelyingPartyError. */
  async begin(returnTo: unknown): Promise<{ url: string; sealedFlow: string }> {
    const { checks, url } = await this.relyingParty.begin();
    const flow: Flow = { ...checks, returnTo: safeReturnTo(returnTo), expiresAt: Date.now() + FLOW_TTL_MS };
    return { url: url.href, sealedFlow: sealFlow(flow, this.config.sessionSecret) };
  }

  /** Ends it: validates the provider's answer against the flow and decides who, if anyone, is signed in. */
  async complete(query: string, sealedFlow: unknown): Promise<SsoOutcome> {
    const flow = openFlow(sealedFlow, this.config.sessionSecret);
    if (!flow) return { ok: false, page: 'FLOW_EXPIRED' };
    let identity: IdpIdentity;
    try {
      identity = await this.relyingParty.complete(query, flow);
    } catch (err) {
      if (err instanceof RelyingPartyError) return { ok: false, page: err.failure };
      throw err;
    }
    const email = normaliseEmail(identity.email);
    // argon2 is asynchronous and a transaction never awaits: hash the new account's unusable
    // random password first, only when the account is likely to be created.
    const mayCreate =
      this.config.oidc!.autoCreate &&
      email !== null &&
      identity.emailVerified !== false &&
      !this.repo.findBySubject(identity.subject) &&
      !this.repo.findByEmail(email);
    const passwordHash = mayCreate ? await hashPassword(randomBytes(32).toString('base64url')) : null;
    const decided = this.db.tx(() => this.decide(identity, email, passwordHash));
    return decided.ok ? { ...decided, returnTo: flow.returnTo } : decided;
  }

  private decide(identity: IdpIdentity, email: string | null, passwordHash: string | null): Decision {
    const { subject, issuer } = identity;
    const refuse = (reason: SsoRefusal, userId: number | null = null): Decision => {
      this.audit.record(null, 'SSO_LOGIN_REFUSED', 'USER', userId, { reason, email, subject, issuer });
      return { ok: false, page: reason, email };
    };

    const linked = this.repo.findBySubject(subject);
    if (linked) return linked.disabled ? refuse('DISABLED', linked.id) : { ok: true, userId: linked.id };

    if (!email) return refuse('EMAIL_MISSING');
    // An address the provider itself says is unverified proves nothing about whose account it is.
    if (identity.emailVerified === false) return refuse('EMAIL_UNVERIFIED');

    const byEmail = this.repo.findByEmail(email);
    if (byEmail) {
      if (byEmail.disabled) return refuse('DISABLED', byEmail.id);
      if (byEmail.oidc_subject !== null || !this.repo.linkSubject(byEmail.id, subject, new Date().toISOString())) {
        return refuse('SUBJECT_MISMATCH', byEmail.id);
      }
      this.audit.record(byEmail.id, 'SSO_LINKED', 'USER', byEmail.id, { issuer }, { before: { oidcSubject: null }, after: { oidcSubject: subject } });
      return { ok: true, userId: byEmail.id };
    }

    if (!this.config.oidc!.autoCreate || !passwordHash) return refuse('NOT_REGISTERED');
    const displayName = (identity.name ?? email.split('@')[0]).normalize('NFKC').trim().slice(0, DISPLAY_NAME_MAX) || email;
    const id = this.repo.insertLinkedAccount({ email, displayName, passwordHash, role: 'STAFF', subject, at: new Date().toISOString() });
    this.audit.record(id, 'SSO_ACCOUNT_CREATED', 'USER', id, { issuer }, { after: { email, displayName, role: 'STAFF', oidcSubject: subject } });
    return { ok: true, userId: id };
  }
}
