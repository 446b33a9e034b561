import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GqlContext, Viewer } from './viewer';

export const IS_PUBLIC = 'banso:isPublic';
/** Opt an operation out of the global sign-in requirement (login, me). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

export const CurrentViewer = createParamDecorator((_data: unknown, ctx: ExecutionContext): Viewer | null => {
  return GqlExecutionContext.create(ctx).getContext<GqlContext>().viewer ?? null;
});

export const Ctx = createParamDecorator((_data: unknown, ctx: ExecutionContext): GqlContext => {
  return GqlExecutionContext.create(ctx).getContext<GqlContext>();
});
