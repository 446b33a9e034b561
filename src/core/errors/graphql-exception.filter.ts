import { ArgumentsHost, Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { AppError, ErrorCode } from './app-error';
import type { Response } from 'express';

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.RATE_LIMITED]: 429,
};

/**
 * Hands every resolver error to Apollo untouched: expected domain errors are not worth an
 * ERROR log line with a stack, and unexpected ones are logged once, in formatError.
 */
@Catch()
export class GraphqlExceptionFilter implements GqlExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost) {
    // A plain HTTP controller (the CSV export) refused by the guard or a service: the same
    // code and Japanese message as GraphQL, in the same `errors` shape, with its HTTP status.
    if (host.getType<string>() === 'http' && exception instanceof AppError) {
      const res = host.switchToHttp().getResponse<Response>();
      res.status(HTTP_STATUS[exception.code] ?? 500).json({ errors: [{ message: exception.message, extensions: exception.extensions }] });
      return;
    }
    if (host.getType<string>() !== 'graphql') throw exception;
    return exception;
  }
}
