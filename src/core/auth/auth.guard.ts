import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AppError, ErrorCode, unauthenticated } from '../errors/app-error';
import { GlobalCapability, requireCapability } from '../policy/capabilities';
import { REQUIRED_CAPABILITIES } from '../policy/requires';
import { ALLOWED_BEFORE_PASSWORD_CHANGE, IS_PUBLIC } from './decorators';
import { ViewerSource } from './viewer-source';
import type { GqlContext, Viewer } from './viewer';
import type { Request } from 'express';

/**
 * Everything requires a signed-in user unless marked @Public(): this is a workplace tool and
 * nothing in it is meant for anonymous visitors. GraphQL operations and HTTP controllers alike
 * (an HTTP request is signed in through the same session cookie; the viewer is left on
 * `req.viewer`). `@Requires(capability)` adds a global capability from the policy table.
 * Object-level rules (who may edit this post) are checked in the services, through the same
 * policy (`core/policy`).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: ViewerSource,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const type = context.getType<string>();
    if (type !== 'graphql' && type !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    let viewer: Viewer | null;
    if (type === 'graphql') {
      viewer = GqlExecutionContext.create(context).getContext<GqlContext>().viewer;
    } else {
      const req = context.switchToHttp().getRequest<Request & { viewer?: Viewer | null }>();
      if (req.viewer === undefined) req.viewer = this.sessions.viewerFromRequest(req);
      viewer = req.viewer;
    }
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    if (!viewer) throw unauthenticated();
    // After an admin reset the temporary password opens only the change-password screen.
    if (viewer.mustChangePassword && !this.reflector.getAllAndOverride<boolean>(ALLOWED_BEFORE_PASSWORD_CHANGE, targets)) {
      throw new AppError(ErrorCode.FORBIDDEN, '仮パスワードでサインインしています。先に新しいパスワードを設定してください。', {
        reason: 'PASSWORD_CHANGE_REQUIRED',
      });
    }
    for (const capability of this.reflector.getAllAndOverride<GlobalCapability[] | undefined>(REQUIRED_CAPABILITIES, targets) ?? []) {
      requireCapability(viewer, capability);
    }
    return true;
  }
}
