import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { APP_CONFIG, AppConfig } from '../../core/config/config';
import { UploadAllowedGuard, UploadsController } from './uploads.controller';
import { UploadsEvents } from './uploads.events';
import { UploadsRepository } from './uploads.repository';
import { UploadsService } from './uploads.service';

/**
 * Attachments (#13): uploads stored content-addressed under UPLOAD_DIR, served from the same
 * origin with the access of the content that references them. Multipart bodies are read into
 * memory (one file, at most UPLOAD_MAX_BYTES; the part limits keep a crafted form small).
 */
@Module({
  imports: [
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        limits: { fileSize: config.uploads.maxBytes, files: 1, fields: 4, parts: 6, fieldSize: 1024, headerPairs: 20 },
        // Browsers send the file name as UTF-8 (日本語.pdf).
        defParamCharset: 'utf8',
      }),
    }),
  ],
  controllers: [UploadsController],
  providers: [UploadsRepository, UploadsService, UploadsEvents, UploadAllowedGuard],
  exports: [UploadsService],
})
export class UploadsModule {}
