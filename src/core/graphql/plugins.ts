import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { GqlContext } from '../auth/viewer';
import { RateLimiter } from '../http/rate-limiter';
import { checkQueryLimits, DEFAULT_LIMITS, QueryLimits } from './limits';

/** Rejects over-deep, alias-heavy or too costly operations before execution. */
export function queryLimitsPlugin(limits: QueryLimits = DEFAULT_LIMITS): ApolloServerPlugin<GqlContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return;
          const problem = checkQueryLimits(document, operation, request.variables ?? {}, limits);
          if (problem) throw new GraphQLError(problem, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
        },
      };
    },
  };
}

/** Per-person budget for mutations, so a script or a stuck client cannot flood the database. */
export function mutationRateLimitPlugin(max: number, windowMs: number): ApolloServerPlugin<GqlContext> {
  const limiter = new RateLimiter(max, windowMs);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'mutation' || !contextValue.viewer) return;
          const wait = limiter.hit(`u:${contextValue.viewer.id}`);
          if (wait > 0) {
            throw new GraphQLError(`操作が多すぎます。${wait}秒ほど待ってからもう一度お試しください。`, {
              extensions: { code: 'RATE_LIMITED', retryAfter: wait, http: { status: 429 } },
            });
          }
        },
      };
    },
  };
}
