import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { TFunction } from '../i18n';

export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'RATE_LIMITED' | 'INTERNAL_SERVER_ERROR';

/** The `extensions.code` of the first GraphQL error, if any. */
export function errorCode(error: unknown): string | undefined {
  if (CombinedGraphQLErrors.is(error)) {
    const code = error.errors.find((e) => e.extensions?.code)?.extensions?.code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

export function hasErrorCode(error: unknown, code: ErrorCode): boolean {
  if (!CombinedGraphQLErrors.is(error)) return false;
  return error.errors.some((e) => e.extensions?.code === code);
}

/**
 * A message to show the user. GraphQL errors carry a Japanese message from the server,
 * which is shown as is; transport problems get a localised generic message.
 */
export function errorMessage(error: unknown, t: TFunction): string {
  if (!error) return '';
  if (CombinedGraphQLErrors.is(error)) {
    const messages = error.errors.map((e) => e.message).filter(Boolean);
    if (messages.length > 0) return messages.join('\n');
    const code = errorCode(error);
    if (code === 'FORBIDDEN') return t('error.forbidden');
    if (code === 'RATE_LIMITED') return t('error.rateLimited');
    return t('error.unknown');
  }
  if (ServerError.is(error)) {
    if (error.statusCode === 429) return t('error.rateLimited');
    // Apollo Server may answer 400 with a GraphQL body (e.g. BAD_USER_INPUT during validation).
    try {
      const body = JSON.parse(error.bodyText) as { errors?: { message?: string }[] };
      const msg = body.errors
        ?.map((e) => e.message)
        .filter(Boolean)
        .join('\n');
      if (msg) return msg;
    } catch {
      // not JSON
    }
    return t('error.network');
  }
  if (ServerParseError.is(error)) return t('error.network');
  if (error instanceof TypeError) return t('error.network');
  if (error instanceof Error && error.message) return error.message;
  return t('error.unknown');
}

/** Field errors from BAD_USER_INPUT extensions, if the server provides `extensions.fields` / `extensions.field`. */
export function fieldErrors(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!CombinedGraphQLErrors.is(error)) return out;
  for (const e of error.errors) {
    if (e.extensions?.code !== 'BAD_USER_INPUT') continue;
    const field = e.extensions?.field;
    if (typeof field === 'string') out[field] = e.message;
    const fields = e.extensions?.fields;
    if (fields && typeof fields === 'object') {
      for (const [k, v] of Object.entries(fields as Record<string, unknown>)) {
        if (typeof v === 'string') out[k] = v;
        else if (Array.isArray(v) && typeof v[0] === 'string') out[k] = v[0];
      }
    }
  }
  return out;
}
