import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp, listen } from './bootstrap';
import { ConfigError, loadConfig } from './core/config/config';
import { DemoSeeder } from './modules/demo/demo-seeder';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(2);
    }
    throw e;
  }
  const app = await createApp(config);
  const url = await listen(app, config);
  const seeder = app.get(DemoSeeder);
  if (config.seedDemo && seeder.isSeeded()) console.log(seeder.loginBanner(url));
  else new Logger('Bootstrap').log(`伴走 Banso is listening on ${url}`);
}

main().catch((e) => {
  console.error('起動に失敗しました / failed to start:', e);
  process.exit(1);
});
