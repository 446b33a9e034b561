import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp, listen } from './bootstrap';
import { ConfigError, loadConfig } from './core/config/config';
import { AccountsService } from './modules/accounts/accounts.service';
import { FIRST_ADMIN_NOTICE } from './modules/accounts/first-admin-notice';
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
  // A real installation starts empty: say how to create the first administrator.
  if (!app.get(AccountsService).hasActiveAdmin()) new Logger('Bootstrap').warn(FIRST_ADMIN_NOTICE);
}

main().catch((e) => {
  console.error('起動に失敗しました / failed to start:', e);
  process.exit(1);
});
