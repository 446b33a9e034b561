import { GraphQLError, Kind, OperationDefinitionNode, SelectionSetNode, DocumentNode, FragmentDefinitionNode } from 'graphql';
import { RateLimiter } from '../http/rate-limiter';
import { checkQueryCost, CostLimits, limitError, QUERY_LIMITS } from './limits';
import type { GqlContext } from '../auth/viewer';
import type { ApolloServerPlugin } from '@apollo/server';

/** Rejects operations over the domain cost budget before execution. */
export function queryCostPlugin(limits: CostLimits = QUERY_LIMITS): ApolloServerPlugin<GqlContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return;
          const problem = checkQueryCost(document, operation, request.variables ?? {}, limits);
          if (problem) throw limitError(problem);
        },
      };
    },
  };
}

/** Root fields an operation executes: `a: addComment … b: addComment …` is two writes. */
export function rootFieldCount(document: DocumentNode, operation: OperationDefinitionNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const count = (set: SelectionSetNode, seen: Set<string>): number => {
    let n = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) n += sel.name.value.startsWith('__') ? 0 : 1;
      else if (sel.kind === Kind.INLINE_FRAGMENT) n += count(sel.selectionSet, seen);
      else if (!seen.has(sel.name.value)) {
        const frag = fragments.get(sel.name.value);
        if (frag) n += count(frag.selectionSet, new Set([...seen, sel.name.value]));
      }
    }
    return n;
  };
  return count(operation.selectionSet, new Set());
}

/**
 * Per-person budget for writes, so a script or a stuck client cannot flood the database. It
 * counts mutation fields, not HTTP requests: 30 aliased `addComment` are 30 writes.
 */
export function mutationRateLimitPlugin(max: number, windowMs: number): ApolloServerPlugin<GqlContext> {
  const limiter = new RateLimiter(max, windowMs);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, contextValue }) {
          if (operation?.operation !== 'mutation' || !contextValue.viewer) return;
          const key = `u:${contextValue.viewer.id}`;
          const fields = rootFieldCount(document, operation);
          // Refuse the whole operation when it does not fit: no half-executed batch.
          const already = limiter.check(key);
          let wait = already;
          if (wait === 0) for (let i = 0; i < fields; i++) wait = Math.max(wait, limiter.hit(key));
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
