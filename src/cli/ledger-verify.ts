import { verifyLedger } from '../modules/ledger/ledger-verifier';
import { openCliDb } from './cli-db';

/** `npm run ledger:verify` — exits 1 when the ledger and the source tables disagree. */
async function main() {
  const { db, close, path } = await openCliDb();
  const t0 = Date.now();
  const result = verifyLedger(db);
  await close();
  console.log(`ledger:verify ${path}`);
  console.log(`  entries: ${result.entries}, facts expected: ${result.checkedFacts}, took ${Date.now() - t0} ms`);
  if (result.differences.length === 0) {
    console.log('  OK — 台帳は元データと一致しています (ledger matches the source tables)');
    return;
  }
  console.error(`  NG — ${result.differences.length} 件の不一致 (differences):`);
  for (const d of result.differences.slice(0, 50)) {
    console.error(`    ${d.key}: expected ${JSON.stringify(d.expected)} actual ${JSON.stringify(d.actual)}`);
  }
  process.exitCode = 1;
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
