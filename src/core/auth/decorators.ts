import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GqlContext, Viewer } from './viewer';

export const IS_PUBLIC = 'banso:isPublic';
/** Opt an operation out of the global sign-in requirement (login, me). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

export const ALLOWED_BEFORE_PASSWORD_CHANGE = 'banso:allowedBeforePasswordChange';
/** Still works for a person who must choose a new password first (me, changePassword, logout). */
export const AllowedBeforePasswordChange = () => SetMetadata(ALLOWED_BEFORE_PASSWORD_CHANGE, true);

/** The signed-in viewer: from the GraphQL context, or for an HTTP controller from `req.viewer` (set by the global guard). */
export const CurrentViewer = createParamDecorator((_data: unknown, ctx: ExecutionContext): Viewer | null => {
  if (ctx.getType<string>() === 'http') return ctx.switchToHttp().getRequest<{ viewer?: Viewer | null }>().viewer ?? null;
  return GqlExecutionContext.create(ctx).getContext<GqlContext>().viewer ?? null;
});

export const Ctx = createParamDecorator((_data: unknown, ctx: ExecutionContext): GqlContext => {
  return GqlExecutionContext.create(ctx).getContext<GqlContext>();
});
