import { GraphQLError } from 'graphql';

export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  PERSONAL_INFO_SUSPECTED = 'PERSONAL_INFO_SUSPECTED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/**
 * Domain error with a stable code and a Japanese message meant for the user.
 * Mapped once to a GraphQL error in format-error.ts.
 */
export class AppError extends GraphQLError {
  constructor(
    public readonly code: ErrorCode,
    message: string,
    extra: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const unauthenticated = (msg = 'ログインしてください。') => new AppError(ErrorCode.UNAUTHENTICATED, msg);
export const forbidden = (msg = 'この操作を行う権限がありません。') => new AppError(ErrorCode.FORBIDDEN, msg);
export const notFound = (what = '対象') => new AppError(ErrorCode.NOT_FOUND, `${what}が見つかりません。`);
export const badInput = (msg: string, field?: string) => new AppError(ErrorCode.BAD_USER_INPUT, msg, field ? { field } : {});
export const rateLimited = (retryAfterSec: number) =>
  new AppError(ErrorCode.RATE_LIMITED, `操作が多すぎます。${retryAfterSec}秒ほど待ってからもう一度お試しください。`, {
    retryAfter: retryAfterSec,
  });
/**
 * The text looks like it holds personal information (#13). `findings` (kind + masked excerpt)
 * let the SPA list them; the request is accepted again with `acknowledgeWarnings: true`.
 */
export const personalInfoSuspected = (msg: string, findings: { kind: string; excerpt: string }[]) =>
  new AppError(ErrorCode.PERSONAL_INFO_SUSPECTED, msg, { findings });
