import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { Public } from '../../core/auth/decorators';
import { APP_CONFIG, AppConfig } from '../../core/config/config';
import { AuthService } from '../auth/auth.service';
import { RelyingPartyError } from './oidc-relying-party';
import { FLOW_COOKIE, FLOW_COOKIE_PATH, FLOW_TTL_MS, safeReturnTo } from './sso-flow';
import { SsoPageKind, ssoPage } from './sso-page';
import { SsoService } from './sso.service';
import type { Viewer } from '../../core/auth/viewer';
import type { Request, Response } from 'express';

/**
 * The two browser routes of single sign-on (OpenID Connect, authorisation code + PKCE).
 * Public: they are how a signed-out person signs in. Outcomes other than success are full
 * pages (Japanese and English, a link back to /login), never an error body.
 */
@Public()
@Controller('auth/oidc')
export class SsoController {
  constructor(
    private readonly sso: SsoService,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Sends the browser to the identity provider; `returnTo` (a path on this site) is where it ends up afterwards. */
  @Get('login')
  async login(@Query('returnTo') returnTo: unknown, @Req() req: Request & { viewer?: Viewer | null }, @Res() res: Response): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    if (!this.sso.enabled) return this.page(res, 'NOT_CONFIGURED');
    if (req.viewer) return res.redirect(302, safeReturnTo(returnTo));
    try {
      const { url, sealedFlow } = await this.sso.begin(returnTo);
      res.cookie(FLOW_COOKIE, sealedFlow, { ...this.flowCookieOptions(), maxAge: FLOW_TTL_MS });
      res.redirect(302, url);
    } catch (err) {
      if (err instanceof RelyingPartyError) return this.page(res, err.failure);
      throw err;
    }
  }

  /** Where the provider sends the browser back (OIDC_REDIRECT_URI). */
  @Get('callback')
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    if (!this.sso.enabled) return this.page(res, 'NOT_CONFIGURED');
    const sealedFlow: unknown = req.cookies?.[FLOW_COOKIE];
    // One attempt, one callback: the flow is spent whatever happens next.
    res.clearCookie(FLOW_COOKIE, this.flowCookieOptions());
    const at = req.originalUrl.indexOf('?');
    const outcome = await this.sso.complete(at >= 0 ? req.originalUrl.slice(at) : '', sealedFlow);
    if (!outcome.ok) return this.page(res, outcome.page, outcome.email ?? null);
    this.auth.startSession(outcome.userId, req, res);
    res.redirect(302, outcome.returnTo);
  }

  private flowCookieOptions() {
    // Lax: the provider's redirect back is a top-level GET navigation from another site.
    return { httpOnly: true, sameSite: 'lax' as const, secure: this.config.cookieSecure, path: FLOW_COOKIE_PATH };
  }

  private page(res: Response, kind: SsoPageKind, email: string | null = null): void {
    const { status, html } = ssoPage(kind, email);
    res.status(status).type('html').send(html);
  }
}
