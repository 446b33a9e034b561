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
    context: ({ req, res }: { req: Request; res: Response }): GqlContext => ({
      req,
      res,
      viewer: auth.viewerFromRequest(req),
      loaders: new Loaders(),
    }),
  };
}
