import 'reflect-metadata';
import { rebakeContent } from '../modules/posts/content-rebake';
import { openCliDb } from './cli-db';

/** `npm run content:rebake` — re-renders the stored HTML of every post and answer from its Markdown. */
async function main() {
  const { db, close, path } = await openCliDb();
  const t0 = Date.now();
  const width = 30;
  const result = rebakeContent(db, (done, total) => {
    if (!process.stdout.isTTY && done !== total && done % 5000 !== 0) return;
    const filled = Math.round((done / Math.max(total, 1)) * width);
    process.stdout.write(`\r  [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
  });
  process.stdout.write('\n');
  await close();
  console.log(`content:rebake ${path}: ${result.rendered} 件を描画、${result.changed} 件を更新 (${Date.now() - t0} ms)`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
