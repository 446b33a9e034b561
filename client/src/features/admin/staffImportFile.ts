/** What the browser made of the HR file before anything is sent. */
export interface DecodedCsv {
  text: string;
  /** As shown to the administrator. */
  encoding: 'UTF-8' | 'UTF-8（BOM付き）' | 'Shift_JIS';
}

/**
 * Bytes of an HR export → text. Valid UTF-8 (with or without BOM) is read as UTF-8; anything
 * else as Shift_JIS, which is what Excel in a Japanese office saves as 「CSV（コンマ区切り）」.
 * The server reads the same way (`decodeStaffFile`), and receives the text as UTF-8.
 */
export function decodeCsv(buffer: ArrayBuffer | Uint8Array): DecodedCsv {
  const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, ''), encoding: bom ? 'UTF-8（BOM付き）' : 'UTF-8' };
  } catch {
    return { text: new TextDecoder('shift_jis').decode(bytes), encoding: 'Shift_JIS' };
  }
}

/** Data lines in the file (the heading and blank lines not counted), for the summary before checking. */
export function countDataLines(text: string): number {
  const lines = text.split(/\r\n|\n|\r/).filter((l) => l.trim() !== '');
  return Math.max(0, lines.length - 1);
}

/** Reads a File with progress (0–100), for the progress bar of a large export. */
export function readFileWithProgress(file: Blob, onProgress: (percent: number) => void): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    reader.onload = () => {
      onProgress(100);
      resolve(reader.result as ArrayBuffer);
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsArrayBuffer(file);
  });
}

/** 「3行目 氏名: 入力してください」 → 「入力してください」 when the table already shows the line and column. */
export function stripLocation(message: string, line: number, columnName: string | null): string {
  const prefix = `${line}行目${columnName ? ` ${columnName}` : ''}: `;
  return message.startsWith(prefix) ? message.slice(prefix.length) : message;
}

export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
