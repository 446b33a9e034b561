import { Logger } from '@nestjs/common';
import { ErrorCode } from './app-error';
import type { GraphQLFormattedError } from 'graphql';

const logger = new Logger('GraphQL');

const PASS_THROUGH = new Set<string>(Object.values(ErrorCode));

/** Messages from graphql-js and Apollo are English; we prefix a Japanese explanation. */
const APOLLO_CODES: Record<string, string> = {
  GRAPHQL_PARSE_FAILED: 'クエリの構文が正しくありません',
  GRAPHQL_VALIDATION_FAILED: 'クエリが正しくありません',
  BAD_REQUEST: 'リクエストが正しくありません',
  PERSISTED_QUERY_NOT_FOUND: '保存済みクエリが見つかりません',
  OPERATION_RESOLUTION_FAILURE: '実行する操作を特定できません',
};

/**
 * graphql-armor reports its limits (tokens, depth, aliases, directives, cost) as parse or
 * validation errors prefixed "Syntax Error: "; their text is our Japanese `errorMessage`.
 * They are the client's input, so they become BAD_USER_INPUT.
 */
function queryLimitMessage(message: string): string | null {
  const m = /^(?:Syntax Error: )?(クエリ.*|エイリアス.*|ディレクティブ.*)$/.exec(message);
  return m ? m[1] : null;
}

/**
 * The single place where errors become what a client sees: a known code keeps its Japanese
 * message; anything unexpected is logged here and replaced by a generic message, so no stack
 * trace or SQL ever reaches a client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const limit = queryLimitMessage(formatted.message);
  if (limit) return { message: limit, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  const code = String(formatted.extensions?.code ?? '');
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  const { stacktrace: _s, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;

  if (PASS_THROUGH.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    if (code === ErrorCode.BAD_USER_INPUT && !/[\u3040-\u30ff\u4e00-\u9faf]/.test(formatted.message)) {
      // graphql-js variable coercion errors ("Variable "$x" got invalid value …")
      return { message: `入力値が正しくありません: ${formatted.message}`, path: formatted.path, locations: formatted.locations, extensions };
    }
    return { message: formatted.message, path: formatted.path, locations: formatted.locations, extensions };
  }
  if (APOLLO_CODES[code]) {
    return { message: `${APOLLO_CODES[code]}: ${formatted.message}`, locations: formatted.locations, extensions };
  }
  logger.error(`Unexpected error at ${formatted.path?.join('.') ?? '-'}: ${(original as Error)?.stack ?? String(original)}`);
  return {
    message: 'サーバーで予期しないエラーが発生しました。時間をおいてもう一度お試しください。',
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
