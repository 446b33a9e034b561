import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { INestApplication, Logger, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import express from 'express';
import { AppModule } from './app.module';
import { AppConfig } from './core/config/config';
import { DbService } from './core/database/db.service';
import { AppLogger } from './core/http/app-logger';
import { precompressedAssets } from './core/http/precompressed';
import { requestContextMiddleware } from './core/http/request-context';
import { appValidationPipe } from './core/validation/validation.pipe';
import { DemoSeeder } from './modules/demo/demo-seeder';

const LEVELS: Record<AppConfig['logLevel'], LogLevel[]> = {
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  log: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'],
};

/**
 * Content-Security-Policy for a closed network: everything from this origin, nothing else.
 * Mantine injects <style> elements, hence 'unsafe-inline' for styles only.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: new AppLogger({ logLevels: LEVELS[config.logLevel] }),
    bodyParser: false,
  });
  // What the configuration chose that an operator should know (e.g. a non-Secure cookie in production).
  const configLog = new Logger('Config');
  for (const n of config.notices) {
    if (n.level === 'warn') configLog.warn(n.message);
    else configLog.log(n.message);
  }
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  // The client IP for the audit log, available to every handler of the request.
  app.use(requestContextMiddleware);
  app.use((_req: express.Request, res: express.Response, next: express.NextFunction) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'same-origin');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Content-Security-Policy', CSP);
    next();
  });
  app.use(express.json({ limit: '1mb' }));
  // Body-parser failures answer like GraphQL errors: a code and a Japanese message, no stack.
  app.use((err: { type?: string; status?: number }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (!err) return next();
    const tooLarge = err.type === 'entity.too.large';
    const status = tooLarge ? 413 : err.status && err.status >= 400 && err.status < 500 ? err.status : 400;
    const message = tooLarge
      ? 'リクエストが大きすぎます（上限 1MB）。本文を短くしてください。'
      : 'リクエストの形式が正しくありません（JSON を解析できません）。';
    res.status(status).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
  });
  app.use(cookieParser());
  app.useGlobalPipes(appValidationPipe);
  app.enableShutdownHooks();

  // A synchronous read on the app's own connection: a broken database answers 503 here.
  const db = app.get(DbService);
  app.use('/healthz', (_req: express.Request, res: express.Response) => {
    try {
      db.ping();
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'unavailable' });
    }
  });

  const dist = config.clientDistPath;
  if (existsSync(join(dist, 'index.html'))) {
    app.use('/assets', precompressedAssets(join(dist, 'assets')));
    app.use('/assets', express.static(join(dist, 'assets'), { immutable: true, maxAge: '365d', index: false }));
    app.use(express.static(dist, { index: false, maxAge: '1h' }));
    // SPA fallback: any other GET that wants HTML gets index.html (client-side routing).
    app.use((req: express.Request, res: express.Response, next: express.NextFunction) => {
      if (
        req.method !== 'GET' ||
        req.path.startsWith('/graphql') ||
        req.path.startsWith('/export/') ||
        req.path.startsWith('/uploads/') ||
        req.path.startsWith('/auth/') ||
        req.path.startsWith('/email/') ||
        !req.accepts('html')
      )
        return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(join(dist, 'index.html'));
    });
  } else {
    new Logger('Bootstrap').warn(`SPA not built (${dist}); run "npm run build:client". Serving the API only.`);
  }

  await app.init();
  if (config.seedDemo) await app.get(DemoSeeder).seedIfEmpty();
  return app;
}

export async function listen(app: INestApplication, config: AppConfig): Promise<string> {
  await app.listen(config.port, config.host);
  const server = app.getHttpServer();
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : config.port;
  return `http://localhost:${port}`;
}
