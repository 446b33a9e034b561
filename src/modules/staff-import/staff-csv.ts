import { parse } from 'csv-parse/sync';
import * as iconv from 'iconv-lite';

/** The columns of the HR file, by their Japanese or English heading. */
export const COLUMNS = {
  employeeId: ['職員番号', 'employee_id'],
  name: ['氏名', 'name'],
  email: ['メールアドレス', 'email'],
  department: ['所属', 'department'],
  roleCategory: ['役割', 'role'],
  layer: ['階層', 'layer'],
  access: ['権限', 'access'],
} as const;

export type ColumnKey = keyof typeof COLUMNS;
export const REQUIRED: ColumnKey[] = ['employeeId', 'name', 'email', 'department'];
export const COLUMN_LABEL: Record<ColumnKey, string> = {
  employeeId: '職員番号',
  name: '氏名',
  email: 'メールアドレス',
  department: '所属',
  roleCategory: '役割',
  layer: '階層',
  access: '権限',
};

export interface CsvProblem {
  line: number;
  column: number | null;
  columnName: string | null;
  message: string;
}

export interface StaffRow {
  /** Line in the file where the record starts (the heading is line 1). */
  line: number;
  values: Partial<Record<ColumnKey, string>>;
}

export interface ParsedStaffFile {
  rows: StaffRow[];
  /** 1-based column index of each known column present. */
  columns: Partial<Record<ColumnKey, number>>;
  problems: CsvProblem[];
}

/**
 * Bytes of an HR export → text: UTF-8 (with or without BOM) when the bytes are valid UTF-8,
 * otherwise Shift_JIS as Excel in a Japanese office saves it (Windows-31J / CP932, a superset).
 */
export function decodeStaffFile(bytes: Buffer): { text: string; encoding: 'UTF-8' | 'Shift_JIS' } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, ''), encoding: 'UTF-8' };
  } catch {
    return { text: iconv.decode(bytes, 'cp932'), encoding: 'Shift_JIS' };
  }
}

const headingKey = new Map<string, ColumnKey>();
for (const [key, names] of Object.entries(COLUMNS) as [ColumnKey, readonly string[]][]) for (const n of names) headingKey.set(n.toLowerCase(), key);

/** Parses the CSV text (csv-parse) and maps the headings; problems name the line and column in Japanese. */
export function parseStaffCsv(textRaw: string): ParsedStaffFile {
  const text = textRaw.replace(/^\uFEFF/, '');
  const problems: CsvProblem[] = [];
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { info: true, relax_column_count: true, skip_empty_lines: true, trim: false }) as never;
  } catch (e) {
    const err = e as { code?: string; lines?: number; column?: number };
    const line = err.lines ?? 1;
    const message =
      err.code === 'CSV_QUOTE_NOT_CLOSED'
        ? '「"」で始めた項目が閉じられていません。'
        : err.code === 'CSV_INVALID_CLOSING_QUOTE'
          ? '「"」の後に区切り（,）がありません。項目の中の「"」は「""」と書いてください。'
          : 'CSV として読めません。';
    return { rows: [], columns: {}, problems: [{ line, column: null, columnName: null, message: `${line}行目: ${message}` }] };
  }
  if (records.length === 0)
    return { rows: [], columns: {}, problems: [{ line: 1, column: null, columnName: null, message: 'ファイルが空です。1行目に見出しが必要です。' }] };
  const columns: Partial<Record<ColumnKey, number>> = {};
  records[0].record.forEach((raw, i) => {
    const h = raw.normalize('NFKC').trim();
    if (h === '') return;
    const key = headingKey.get(h.toLowerCase());
    if (!key) {
      problems.push({
        line: 1,
        column: i + 1,
        columnName: h,
        message: `1行目 ${i + 1}列目: 見出し「${h}」は使えません（${Object.values(COLUMN_LABEL).join('・')}）。`,
      });
      return;
    }
    if (columns[key]) {
      problems.push({ line: 1, column: i + 1, columnName: h, message: `1行目 ${i + 1}列目: 見出し「${COLUMN_LABEL[key]}」が2回あります。` });
      return;
    }
    columns[key] = i + 1;
  });
  for (const key of REQUIRED) {
    if (!columns[key])
      problems.push({
        line: 1,
        column: null,
        columnName: COLUMN_LABEL[key],
        message: `1行目: 必須の列「${COLUMN_LABEL[key]}」（${COLUMNS[key][1]}）がありません。`,
      });
  }
  const rows: StaffRow[] = [];
  for (const r of records.slice(1)) {
    const newlines = r.record.reduce((n, v) => n + (v.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
    const line = r.info.lines - newlines;
    if (r.record.every((v) => v.trim() === '')) continue;
    const values: Partial<Record<ColumnKey, string>> = {};
    for (const [key, col] of Object.entries(columns) as [ColumnKey, number][]) values[key] = (r.record[col - 1] ?? '').trim();
    rows.push({ line, values });
  }
  if (rows.length === 0 && problems.length === 0) problems.push({ line: 2, column: null, columnName: null, message: '職員の行がありません。' });
  return { rows, columns, problems };
}
