import { ApolloArmor } from '@escape.tech/graphql-armor';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import { GraphQLError, type ValidationRule } from 'graphql';
import { limitError, QUERY_LIMITS } from './limits';
import type { GqlContext } from '../auth/viewer';
import type { ApolloServerPlugin } from '@apollo/server';

/**
 * graphql-armor's protections, applied before any expensive work: the token limit stops the
 * parser itself after `maxTokens` tokens, and depth, aliases, directives and a coarse cost
 * are validation rules. Field suggestions ("Did you mean …") are masked in production, where
 * they would map the schema for a stranger. Messages are Japanese (`errorMessage`).
 */
export function armorProtection(production: boolean): { plugins: ApolloServerPlugin<GqlContext>[]; validationRules: ValidationRule[] } {
  const L = QUERY_LIMITS;
  const armor = new ApolloArmor({
    // armor's own token plugin would turn every syntax error into a 500; ours below uses its parser.
    maxTokens: { enabled: false },
    maxDepth: { n: L.maxDepth, flattenFragments: true, exposeLimits: false, errorMessage: `クエリの入れ子が深すぎます（最大 ${L.maxDepth} 階層）。` },
    maxAliases: { n: L.maxAliases, exposeLimits: false, errorMessage: `エイリアスが多すぎます（最大 ${L.maxAliases} 個）。` },
    maxDirectives: { n: L.maxDirectives, exposeLimits: false, errorMessage: `ディレクティブが多すぎます（最大 ${L.maxDirectives} 個）。` },
    // armor's structural cost (no variables, no field weights) as a coarse first gate; the
    // domain cost in limits.ts then decides with `first` from variables and weighted fields.
    costLimit: { maxCost: 50_000, flattenFragments: true, exposeLimits: false, errorMessage: 'クエリが大きすぎます。件数や項目を減らしてください。' },
    blockFieldSuggestion: { enabled: production, mask: '' },
  });
  const { plugins, validationRules } = armor.protect();
  return { plugins: [parseLimitsPlugin(L.maxQueryLength, L.maxTokens), ...(plugins as ApolloServerPlugin<GqlContext>[])], validationRules };
}

/**
 * Before Apollo parses: an over-long document is refused without being read, then
 * graphql-armor's token-counting parser stops at `maxTokens`, so an oversized document costs
 * at most that many tokens of work. Any other syntax error is left to Apollo's parser, which
 * reports it as GRAPHQL_PARSE_FAILED (400).
 */
function parseLimitsPlugin(maxLength: number, n: number): ApolloServerPlugin<GqlContext> {
  const message = `クエリが長すぎます（最大 ${n} トークン）。`;
  return {
    // Apollo turns an error thrown before parsing into a 500 unless this hook rethrows it as
    // what it is (graphql-armor's own plugin uses the same hook): the client's input, a 400.
    async unexpectedErrorProcessingRequest({ error }) {
      if (error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT') throw error;
    },
    async requestDidStart() {
      return {
        async parsingDidStart({ source }) {
          if (source.length > maxLength) throw limitError(`クエリが長すぎます（最大 ${maxLength} 文字）。`);
          try {
            new MaxTokensParserWLexer(source, { n, exposeLimits: false, errorMessage: message, propagateOnRejection: true }).parseDocument();
          } catch (e) {
            if (e instanceof Error && e.message.endsWith(message)) throw limitError(message);
          }
        },
      };
    },
  };
}
