import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../core/config/config';
import { humanSize } from './human-size';
import type { Response } from 'express';

export type UploadErrorCode =
  'UPLOAD_TOO_LARGE' | 'UPLOAD_TYPE_NOT_ALLOWED' | 'UPLOAD_NO_FILE' | 'UPLOAD_INVALID_IMAGE' | 'UPLOAD_DAILY_LIMIT' | 'UPLOAD_CSRF' | 'NOT_FOUND';

/** A refused upload or download: an HTTP status, a stable code and a Japanese message. */
export class UploadError extends Error {
  constructor(
    readonly code: UploadErrorCode,
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/**
 * /uploads answers errors in the same shape as GraphQL and the other HTTP endpoints
 * (`{ errors: [{ message, extensions: { code } }] }`), with its HTTP status. The multipart
 * parser's own refusals (a file over UPLOAD_MAX_BYTES, too many parts) arrive as HTTP
 * exceptions and get the same treatment. (Sign-in errors are the global filter's.)
 */
@Catch(UploadError, HttpException)
@Injectable()
export class UploadErrorFilter implements ExceptionFilter {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  catch(e: UploadError | HttpException, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) {
      res.destroy();
      return;
    }
    let error: UploadError;
    if (e instanceof UploadError) error = e;
    else if (e.getStatus() === 413)
      error = new UploadError('UPLOAD_TOO_LARGE', `ファイルが大きすぎます。${humanSize(this.config.uploads.maxBytes)}までのファイルを選んでください。`, 413);
    else error = new UploadError('UPLOAD_NO_FILE', 'ファイルを1つ、項目名 file で送ってください。', 400);
    res.status(error.status).json({ errors: [{ message: error.message, extensions: { code: error.code } }] });
  }
}
