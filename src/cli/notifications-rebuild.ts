import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { jstDayStartIso } from '../core/time/jst';
import { NotificationsService } from '../modules/notifications/notifications.service';
import { withCliApp } from './cli-app';

const USAGE = `使い方 / usage:
  npm run notifications:rebuild -- --from YYYY-MM-DD [--to YYYY-MM-DD]
    その期間（JST、to を含む）の出来事からお知らせを作り直します。既にあるお知らせ（既読かどうか）はそのまま、足りないものだけを追加します。
    re-derives the in-app notifications of the facts in that period (JST, inclusive); existing ones stay as they are, missing ones are added.`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

async function main() {
  let from = '';
  let to = '';
  try {
    const { values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' } }, strict: true });
    from = values.from ?? '';
    to = values.to ?? new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);
  } catch (e) {
    fail(`引数が正しくありません: ${(e as Error).message}`);
  }
  const start = jstDayStartIso(from);
  const end = jstDayStartIso(to, 1);
  if (!start || !end || start >= end) fail('--from と --to は YYYY-MM-DD で、from ≤ to にしてください。');
  await withCliApp(fail, async (app) => {
    const t = performance.now();
    const added = app.get(NotificationsService).rebuild(start, end, (done) => process.stdout.write(`\r  ${done} 件の出来事を確認しました / facts read`));
    process.stdout.write('\n');
    console.log(`お知らせを ${added} 件追加しました（${Math.round(performance.now() - t)} ms） / ${added} notifications added`);
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
