import 'reflect-metadata';
import { createApp } from '../bootstrap';
import { loadConfig } from '../core/config/config';
import { BadgesService } from '../modules/badges/badges.service';

/** `npm run badges:backfill` — re-derives every automatic badge from the ledger. */
async function main() {
  const config = loadConfig({ ...process.env, SEED_DEMO: 'false', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  const app = await createApp(config);
  const t0 = Date.now();
  const width = 30;
  const result = app.get(BadgesService).backfill((done, total) => {
    if (!process.stdout.isTTY && done !== total && done % 100 !== 0) return;
    const filled = Math.round((done / total) * width);
    process.stdout.write(`\r  [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} 人`);
  });
  process.stdout.write('\n');
  await app.close();
  console.log(
    `badges:backfill ${config.databasePath}: ${result.users} people, ${result.awarded} awarded, ${result.revoked} revoked in ${Date.now() - t0} ms` +
      (result.awarded + result.revoked === 0 ? ' — 変更なし（台帳と一致）' : ''),
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
