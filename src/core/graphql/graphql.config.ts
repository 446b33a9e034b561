import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { ViewerSource } from '../auth/viewer-source';
import { AppConfig } from '../config/config';
import { formatError } from '../errors/format-error';
import { armorProtection } from './armor';
import { Loaders } from './loaders';
import { mutationRateLimitPlugin, queryCostPlugin } from './plugins';
import type { GqlContext } from '../auth/viewer';
import type { Request, Response } from 'express';
import type { IncomingMessage } from 'node:http';

export function graphqlOptions(config: AppConfig, auth: ViewerSource): ApolloDriverConfig {
  const armor = armorProtection(config.nodeEnv === 'production');
  return {
    path: '/graphql',
    autoSchemaFile: process.env.SCHEMA_FILE ? process.env.SCHEMA_FILE : true,
    sortSchema: true,
    // Closed network: no CDN-hosted Sandbox or Playground page, ever.
    playground: false,
    introspection: config.nodeEnv !== 'production',
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    formatError,
    allowBatchedHttpRequests: false,
    validationRules: armor.validationRules,
    plugins: [
      ...armor.plugins,
      ApolloServerPluginLandingPageDisabled(),
      // No HTTP caching of GraphQL responses; without this plugin Apollo stops wrapping every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      queryCostPlugin(),
      mutationRateLimitPlugin(config.mutationRateLimit.max, config.mutationRateLimit.windowMs),
    ],
    // HTTP requests carry req/res; a subscription over graphql-ws carries the upgrade request in `extra`.
    context: (arg: { req?: Request; res?: Response; extra?: { request: IncomingMessage } }): GqlContext => {
      if (arg.req) return { req: arg.req, res: arg.res!, viewer: auth.viewerFromRequest(arg.req), loaders: new Loaders() };
      const req = upgradeRequest(arg.extra!.request);
      return { req, res: undefined as unknown as Response, viewer: auth.viewerFromRequest(req), loaders: new Loaders() };
    },
    /**
     * GraphQL subscriptions over graphql-ws on the same origin and path, authenticated by the
     * session cookie of the upgrade request. A connection from another origin (cross-site
     * WebSocket hijacking) or without a session is refused before any subscription starts.
     */
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        onConnect: (ctx: { extra: unknown }) => {
          const request = (ctx.extra as { request: IncomingMessage }).request;
          const origin = request.headers.origin;
          if (origin && new URL(origin).host !== request.headers.host) return false;
          return auth.viewerFromRequest(upgradeRequest(request)) !== null;
        },
      },
    },
  };
}

/** The upgrade request as the session lookup reads a request: its cookies parsed. */
function upgradeRequest(request: IncomingMessage): Request {
  const cookies: Record<string, string> = {};
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) {
      try {
        cookies[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
      } catch {
        /* a malformed cookie is ignored */
      }
    }
  }
  return Object.assign(Object.create(request) as Request, { cookies });
}
