import 'reflect-metadata';
import { createApp } from '../bootstrap';
import { loadConfig } from '../core/config/config';
import { DemoSeeder } from '../modules/demo/demo-seeder';

/** `npm run seed` — seeds the demo into the configured database if it is empty. */
async function main() {
  const config = loadConfig({ ...process.env, SEED_DEMO: 'false', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  const app = await createApp(config);
  const result = await app.get(DemoSeeder).seedIfEmpty();
  await app.close();
  console.log(result.seeded ? `seeded: ${JSON.stringify(result.counts)}` : `nothing to do: ${result.reason}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
