/**
 * Excel-ready CSV built in the browser, with the server's rule (src/core/csv/csv.ts): UTF-8 with
 * a BOM (so Excel reads Japanese), CRLF line ends, every cell quoted, and a cell that starts with
 * = + - @ tab or CR prefixed with ' so Excel shows it instead of running it as a formula.
 */
export type CsvCell = string | number | null | undefined;

const BOM = '\uFEFF';

export function csvCell(value: CsvCell): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

/** The whole file: BOM, one CRLF-terminated line per row. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}

/** Offers the rows as a file download (no request to the server). */
export function downloadCsv(filename: string, rows: readonly (readonly CsvCell[])[]): void {
  const blob = new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
