import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeStaffFile } from '../modules/staff-import/staff-csv';
import { ImportOutcome, StaffImportService } from '../modules/staff-import/staff-import.service';
import { withCliApp } from './cli-app';

const USAGE = `使い方 / usage:
  npm run staff:import -- <職員データ.csv> [--dry-run] [--effective-date YYYY-MM-DD] [--deactivate-missing]
  --dry-run             変更内容を表示するだけで、何も書き込みません / preview only
  --effective-date      異動・新規配属の発令日（省略時は今日、JST） / date transfers take effect
  --deactivate-missing  ファイルにいない職員（職員番号のある人）を利用停止にします / deactivate people missing from the file
文字コードは UTF-8（BOM あり・なし）と Shift_JIS（Excel の CSV）を自動で判別します。`;

function fail(message: string, code = 2): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(code);
}

/** A one-line progress bar on stderr (only on a terminal). */
function progress(done: number, total: number): void {
  if (!process.stderr.isTTY || total === 0) return;
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(`\r取り込み中 [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
  if (done === total) process.stderr.write('\n');
}

export function summary(r: ImportOutcome): string {
  const lines = [
    `${r.dryRun ? '【確認のみ・何も書き込んでいません】' : '【取り込みました】'} 発令日 ${r.effectiveDate}、${r.rows}行`,
    `created=${r.created} updated=${r.updated} transferred=${r.transferred} deactivated=${r.deactivated} unchanged=${r.unchanged} departmentsCreated=${r.departmentsCreated}`,
    `新規 ${r.created} / 更新 ${r.updated} / 異動 ${r.transferred} / 利用停止 ${r.deactivated} / 変更なし ${r.unchanged} / 新しい部署 ${r.departmentsCreated}`,
  ];
  for (const c of r.changes.slice(0, r.dryRun ? 200 : 0)) lines.push(`  ${c.line ? `${c.line}行目 ` : ''}${c.name}: ${c.description}`);
  if (r.dryRun && r.changeCount > 200) lines.push(`  …ほか ${r.changeCount - 200} 件`);
  for (const w of r.warnings) lines.push(`注意: ${w}`);
  return lines.join('\n');
}

/** `npm run staff:import -- <file.csv> [--dry-run] [--effective-date] [--deactivate-missing]`. */
async function main() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { 'dry-run': { type: 'boolean' }, 'effective-date': { type: 'string' }, 'deactivate-missing': { type: 'boolean' } },
      strict: true,
    });
  } catch (e) {
    fail(`引数が正しくありません: ${(e as Error).message}`);
  }
  const file = parsed.positionals[0];
  if (!file || parsed.positionals.length > 1) fail('CSV ファイルを1つ指定してください。');
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    fail(`ファイルを読めません: ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const { text, encoding } = decodeStaffFile(bytes);
  await withCliApp(fail, async (app) => {
    console.log(`${basename(file)}: 文字コード ${encoding}`);
    const result = await app.get(StaffImportService).run(null, {
      csv: text,
      dryRun: !!parsed.values['dry-run'],
      effectiveDate: parsed.values['effective-date'] ?? null,
      deactivateMissing: !!parsed.values['deactivate-missing'],
      source: { via: 'staff:import', file: basename(file), encoding },
      onProgress: progress,
    });
    if (result.errors.length) {
      console.error('エラーがあるため、何も取り込んでいません / nothing was imported:');
      for (const e of result.errors.slice(0, 100)) console.error(`  ${e.message}`);
      if (result.errors.length > 100) console.error(`  …ほか ${result.errors.length - 100} 件`);
      process.exitCode = 1;
      return;
    }
    console.log(summary(result));
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
