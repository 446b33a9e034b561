import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { unauthenticated } from '../errors/app-error';
import { IS_PUBLIC } from './decorators';
import type { GqlContext } from './viewer';

/**
 * Everything requires a signed-in user unless marked @Public(): this is a workplace tool and
 * nothing in it is meant for anonymous visitors. Object-level rules (who may edit this post)
 * live in the services.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true;
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    const ctx = GqlExecutionContext.create(context).getContext<GqlContext>();
    if (!ctx.viewer) throw unauthenticated();
    return true;
  }
}
