import {
  CanActivate,
  Controller,
  ExecutionContext,
  Get,
  Injectable,
  Param,
  Post,
  Req,
  Res,
  UploadedFile,
  UseFilters,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { CurrentViewer } from '../../core/auth/decorators';
import { UploadError, UploadErrorFilter } from './upload-error';
import { type IncomingFile, UploadsService, type UploadedFile as Uploaded } from './uploads.service';
import type { Viewer } from '../../core/auth/viewer';
import type { Request, Response } from 'express';

/**
 * The same CSRF rule as /graphql (Apollo's csrfPrevention): a multipart form is a "simple"
 * request another site's page could send with the person's cookie, so an upload must carry
 * a header such a form cannot set (`apollo-require-preflight` or `x-apollo-operation-name`),
 * which makes the browser ask first (CORS preflight) and refuse cross-origin. Checked, with
 * the daily limit, before the body is read.
 */
@Injectable()
export class UploadAllowedGuard implements CanActivate {
  constructor(private readonly uploads: UploadsService) {}

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request & { viewer?: Viewer | null }>();
    const header = (name: string) => String(req.headers[name] ?? '').trim();
    if (!header('apollo-require-preflight') && !header('x-apollo-operation-name')) {
      throw new UploadError(
        'UPLOAD_CSRF',
        'このリクエストは受け付けられません。アプリの画面からアップロードしてください（apollo-require-preflight ヘッダーが必要です）。',
        400,
      );
    }
    if (req.viewer) this.uploads.checkDailyLimit(req.viewer);
    return true;
  }
}

/** `POST /uploads` (multipart field `file`) and `GET /uploads/:id`, same origin, signed in (the global guard). */
@Controller('uploads')
@UseFilters(UploadErrorFilter)
export class UploadsController {
  constructor(private readonly uploads: UploadsService) {}

  @Post()
  @UseGuards(UploadAllowedGuard)
  @UseInterceptors(FileInterceptor('file'))
  async upload(@CurrentViewer() viewer: Viewer, @UploadedFile() file: IncomingFile | undefined, @Res({ passthrough: true }) res: Response): Promise<Uploaded> {
    res.status(201);
    return this.uploads.upload(viewer, file);
  }

  @Get(':id')
  async serve(@CurrentViewer() viewer: Viewer | null, @Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const file = await this.uploads.open(viewer, id);
    res.set(file.headers);
    if (req.headers['if-none-match'] === file.headers.ETag) {
      file.stream.destroy();
      res.removeHeader('Content-Length');
      res.status(304).end();
      return;
    }
    file.stream.on('error', () => res.destroy());
    file.stream.pipe(res);
  }
}
