import { UploadError } from './upload-error';

/** What the bytes turned out to be, and how the file may be served. */
export interface Inspected {
  /** The Content-Type it is stored and served with. */
  contentType: string;
  /** Shown in the page (`Content-Disposition: inline`); everything else is a download. */
  inline: boolean;
  /** An image sharp re-encodes (metadata stripped, size capped) before it is stored. */
  image: 'png' | 'jpeg' | 'gif' | 'webp' | null;
}

/** Images shown inline: formats browsers render without running anything. (Never SVG.) */
const IMAGES: Record<string, Inspected['image']> = { 'image/png': 'png', 'image/jpeg': 'jpeg', 'image/gif': 'gif', 'image/webp': 'webp' };

/** Documents recognised from their bytes: always downloads. */
const DOCUMENTS = new Set([
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
]);

/**
 * Legacy Office files are OLE compound files (CFB); the bytes say "compound file" but not
 * which program, so the name's extension decides among these three (other CFB files, such as
 * .msi installers, are refused).
 */
const LEGACY_OFFICE: Record<string, string> = {
  xls: 'application/vnd.ms-excel',
  doc: 'application/msword',
  ppt: 'application/vnd.ms-powerpoint',
};

/**
 * Text has no magic bytes. A file named like one of these is accepted when its bytes are
 * text (valid UTF-8 or Shift_JIS, no control characters but tab and line breaks). SVG and
 * HTML can carry scripts, so they are stored as opaque bytes and only ever downloaded.
 */
const TEXT: Record<string, string | null> = { txt: 'text/plain', csv: 'text/csv', tsv: 'text/tab-separated-values', svg: null, html: null, htm: null };

export const ALLOWED_DESCRIPTION = '画像（PNG・JPEG・GIF・WebP）、PDF、Excel・Word・PowerPoint、CSV、テキスト';

type FileTypeModule = typeof import('file-type');
let fileTypeModule: FileTypeModule | null = null;
/**
 * file-type is ESM-only: Node (≥ 20.19, see `engines`) `require`s an ES module natively, and
 * jest compiles it to CommonJS (jest.config.js). Loaded once, on the first upload. The `/node`
 * entry is the same module as the package's main one under Node.
 */
function fileType(): FileTypeModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  fileTypeModule ??= require('file-type/node') as FileTypeModule;
  return fileTypeModule;
}

export function extensionOf(name: string): string {
  const m = /\.([A-Za-z0-9]{1,8})$/.exec(name);
  return m ? m[1].toLowerCase() : '';
}

/** UTF-8 or Shift_JIS text without control characters other than tab, CR and LF; the charset, or null. */
export function textCharset(bytes: Uint8Array): 'utf-8' | 'shift_jis' | null {
  for (const b of bytes) {
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) || b === 0x7f) return null;
  }
  for (const charset of ['utf-8', 'shift_jis'] as const) {
    try {
      new TextDecoder(charset, { fatal: true }).decode(bytes);
      return charset;
    } catch {
      /* not this one */
    }
  }
  return null;
}

/** Decides the type from the bytes (the name only tells apart what the bytes cannot). Refuses anything not allowed. */
export async function inspectFile(bytes: Uint8Array, name: string): Promise<Inspected> {
  const detected = await fileType().fileTypeFromBuffer(bytes);
  const ext = extensionOf(name);
  const mime = detected?.mime as string | undefined;
  if (mime && IMAGES[mime]) return { contentType: mime, inline: true, image: IMAGES[mime] };
  if (mime && DOCUMENTS.has(mime)) return { contentType: mime, inline: false, image: null };
  if (mime === 'application/x-cfb' && LEGACY_OFFICE[ext]) return { contentType: LEGACY_OFFICE[ext], inline: false, image: null };
  // Text formats file-type recognises by their start (XML, so also an SVG with an XML
  // declaration) are judged like any other text: by the name and the bytes.
  const textLike = !mime || mime === 'application/xml' || mime === 'text/xml' || mime === 'image/svg+xml';
  if (textLike && ext in TEXT) {
    const charset = textCharset(bytes);
    if (charset) {
      const type = TEXT[ext];
      return { contentType: type ? `${type}; charset=${charset}` : 'application/octet-stream', inline: false, image: null };
    }
  }
  throw new UploadError('UPLOAD_TYPE_NOT_ALLOWED', `この種類のファイルはアップロードできません。使えるのは ${ALLOWED_DESCRIPTION} です。`, 415);
}

/**
 * The name as it is shown and downloaded: the last path segment, NFC, without control or
 * path characters, at most 120 characters (the extension kept).
 */
export function cleanFileName(raw: string | undefined): string {
  let name = (raw ?? '').normalize('NFC');
  name = name.split(/[\\/]/).pop() ?? '';
  name = name
    .replace(/[\u0000-\u001f\u007f-\u009f"<>|:*?]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  if (!name) name = 'file';
  const chars = Array.from(name);
  if (chars.length > 120) {
    const ext = extensionOf(name);
    const keep = ext ? 119 - ext.length : 120;
    name = chars.slice(0, keep).join('') + (ext ? `.${ext}` : '');
  }
  return name;
}

/** `Content-Disposition` with an ASCII fallback and the real name per RFC 5987/6266 (`filename*=UTF-8''…`). */
export function contentDisposition(kind: 'inline' | 'attachment', name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
