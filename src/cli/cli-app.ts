import { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from '../bootstrap';
import { ConfigError, loadConfig } from '../core/config/config';
import { AppError } from '../core/errors/app-error';

/**
 * Runs a command-line tool against the configured database through the real services (so its
 * acts write the same facts and audit rows as the screens): never the demo, quiet logs, and a
 * configuration or domain error becomes `fail(message)` (a Japanese line and exit code 2).
 */
export async function withCliApp<T>(fail: (message: string) => never, run: (app: NestExpressApplication) => Promise<T>): Promise<T> {
  let config;
  try {
    config = loadConfig({ ...process.env, SEED_DEMO: 'false', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  } catch (e) {
    if (e instanceof ConfigError) fail(e.message);
    throw e;
  }
  const app = await createApp(config);
  try {
    return await run(app);
  } catch (e) {
    if (e instanceof AppError) fail(e.message);
    throw e;
  } finally {
    await app.close();
  }
}
