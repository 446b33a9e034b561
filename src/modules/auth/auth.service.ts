import { createHmac, randomBytes } from 'node:crypto';
import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import * as argon2 from 'argon2';
import { Viewer } from '../../core/auth/viewer';
import { APP_CONFIG, AppConfig } from '../../core/config/config';
import { AppError, ErrorCode, rateLimited } from '../../core/errors/app-error';
import { RateLimiter } from '../../core/http/rate-limiter';
import { GLOBAL_CAPABILITIES, roleCan } from '../../core/policy/capabilities';
import { AuditService } from '../audit/audit.service';
import { AuthRepository } from './auth.repository';
import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'banso_session';

/** OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane. */
export const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, ARGON2_OPTIONS);
}

const TOUCH_INTERVAL_MS = 5 * 60 * 1000;

/**
 * Server-side sessions. The cookie carries a random token; the database stores only its
 * HMAC (keyed by SESSION_SECRET), so a leaked database backup cannot be replayed as cookies.
 */
@Injectable()
export class AuthService implements OnApplicationBootstrap, OnApplicationShutdown {
  private purgeTimer: NodeJS.Timeout | null = null;
  private readonly byIp: RateLimiter;
  private readonly byEmail: RateLimiter;
  private dummyHash: Promise<string> | null = null;

  constructor(
    private readonly repo: AuthRepository,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.byIp = new RateLimiter(config.loginRateLimit.max * 5, config.loginRateLimit.windowMs);
    this.byEmail = new RateLimiter(config.loginRateLimit.max, config.loginRateLimit.windowMs);
  }

  private sessionId(token: string): string {
    return createHmac('sha256', this.config.sessionSecret).update(token).digest('hex');
  }

  async login(emailRaw: string, password: string, req: Request, res: Response): Promise<number> {
    const email = (emailRaw ?? '').normalize('NFKC').trim().toLowerCase();
    const ip = req.ip ?? 'unknown';
    const wait = Math.max(this.byIp.check(ip), this.byEmail.check(email));
    if (wait > 0) throw rateLimited(wait);
    // Count the attempt before the slow argon2 check (same synchronous step as the check
    // above): 60 parallel guesses for one address then get at most `max` hash checks, the
    // rest are refused at once. A failure keeps its reservation as the counted failure; a
    // success gives the per-IP one back and clears the per-email counter. Unknown addresses
    // take exactly the same path, so neither the limit nor the timing reveals accounts.
    const releaseIp = this.byIp.reserve(ip);
    this.byEmail.reserve(email);
    const user = this.repo.findSignInByEmail(email);
    // Verify against a dummy hash when the user does not exist, so timing does not reveal accounts.
    this.dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
    // An account without a password (made by the staff import or SSO) takes the same path as an unknown one.
    const hasPassword = !!user && user.password_hash.startsWith('$argon2');
    const ok = hasPassword
      ? await argon2.verify(user.password_hash, password ?? '').catch(() => false)
      : await argon2.verify(await this.dummyHash, password ?? '').then(() => false);
    if (!user || !ok || user.disabled) {
      this.audit.record(user?.id ?? null, 'LOGIN_FAILED', 'USER', user?.id ?? null, { ip });
      throw new AppError(ErrorCode.UNAUTHENTICATED, 'メールアドレスまたはパスワードが正しくありません。');
    }
    releaseIp();
    this.byEmail.reset(email);
    // LOCAL_LOGIN=false: single sign-on only, except for break-glass administrators. Checked
    // after the password, so the answer says nothing about accounts to someone without it.
    if (!this.config.localLogin && !roleCan(user.role, 'auth.localLoginWhenSsoOnly')) {
      this.audit.record(user.id, 'LOGIN_FAILED', 'USER', user.id, { ip, reason: 'LOCAL_LOGIN_DISABLED' });
      throw new AppError(ErrorCode.FORBIDDEN, GLOBAL_CAPABILITIES['auth.localLoginWhenSsoOnly'].denied, { reason: 'LOCAL_LOGIN_DISABLED' });
    }
    this.startSession(user.id, req, res);
    return user.id;
  }

  /**
   * Signs the person in on this browser: a new server-side session and its HttpOnly cookie.
   * Password sign-in and single sign-on (OpenID Connect) both end here.
   */
  startSession(userId: number, req: Request, res: Response): void {
    const ip = req.ip ?? 'unknown';
    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    const expires = new Date(now.getTime() + this.config.sessionTtlHours * 3600_000);
    this.repo.insertSession({
      id: this.sessionId(token),
      user_id: userId,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: expires.toISOString(),
      user_agent: String(req.headers['user-agent'] ?? '').slice(0, 300),
      ip,
    });
    res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.cookieSecure,
      path: '/',
      maxAge: this.config.sessionTtlHours * 3600_000,
    });
  }

  logout(req: Request, res: Response): void {
    const token = req.cookies?.[SESSION_COOKIE];
    if (token) this.repo.delete(this.sessionId(token));
    res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: this.config.cookieSecure, path: '/' });
  }

  /** Resolves the signed-in user from the cookie; slides the expiry at most every 5 minutes. */
  viewerFromRequest(req: Request): Viewer | null {
    const token: string | undefined = req.cookies?.[SESSION_COOKIE];
    if (!token || token.length > 100) return null;
    const id = this.sessionId(token);
    const now = new Date();
    const s = this.repo.findWithEnabledUser(id);
    if (!s) return null;
    if (s.expires_at <= now.toISOString()) {
      this.repo.delete(id);
      return null;
    }
    if (now.getTime() - Date.parse(s.last_seen_at) > TOUCH_INTERVAL_MS) {
      const expires = new Date(now.getTime() + this.config.sessionTtlHours * 3600_000);
      this.repo.touch(id, now.toISOString(), expires.toISOString());
    }
    return { id: s.user_id, role: s.role, displayName: s.display_name, sessionId: id, mustChangePassword: s.must_change_password === 1 };
  }

  onApplicationBootstrap(): void {
    this.purgeExpired();
    this.purgeTimer = setInterval(() => this.purgeExpired(), 3600_000);
    this.purgeTimer.unref();
  }

  onApplicationShutdown(): void {
    if (this.purgeTimer) clearInterval(this.purgeTimer);
  }

  purgeExpired(): number {
    return this.repo.deleteExpired(new Date().toISOString());
  }
}
