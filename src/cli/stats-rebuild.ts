import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { StatsService } from '../modules/stats/stats.service';
import { withCliApp } from './cli-app';

const USAGE = `使い方 / usage:
  npm run stats:rebuild              統計の集計を台帳から作り直し、確かめます / rebuild the statistics aggregate from the ledger, then verify it
  npm run stats:rebuild -- --verify  確かめるだけ（違いがあれば終了コード 1） / verify only (exit 1 on any difference)`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

async function main() {
  let verifyOnly = false;
  try {
    verifyOnly = !!parseArgs({ options: { verify: { type: 'boolean' } }, strict: true }).values.verify;
  } catch (e) {
    fail(`引数が正しくありません: ${(e as Error).message}`);
  }
  await withCliApp(fail, async (app) => {
    const stats = app.get(StatsService);
    if (!verifyOnly) {
      const t = performance.now();
      stats.rebuildAggregate();
      console.log(`統計の集計（月別・年度別・最初の回答）を台帳から作り直しました（${Math.round(performance.now() - t)} ms） / rebuilt`);
    }
    const differences = stats.verifyAggregate((step, of, label) => console.log(`[${step}/${of}] 確かめています / verifying: ${label}`));
    if (differences.length === 0) {
      console.log('統計の集計は台帳と一致しています / the aggregates match the ledger');
      return;
    }
    console.error(`統計の集計が台帳と ${differences.length} 件食い違っています（npm run stats:rebuild で作り直せます）:`);
    for (const d of differences.slice(0, 20))
      console.error(`  ${d.table} ${d.month} 部署${d.department_id} ${d.key}: 集計 ${d.stored ?? '—'} / 台帳 ${d.expected ?? '—'}`);
    process.exitCode = 1;
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
