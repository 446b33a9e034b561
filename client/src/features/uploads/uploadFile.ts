/** What `POST /uploads` answers (the server's UploadsController). */
export interface UploadedFile {
  id: string;
  url: string;
  name: string;
  size: number;
  contentType: string;
}

/** A refused or failed upload: the server's Japanese message and code, or a transport failure. */
export class UploadFailure extends Error {
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
  }
}

/** Images the server shows inline (it re-encodes them); everything else is a download link. */
export function isInlineImage(f: Pick<UploadedFile, 'contentType'>): boolean {
  return /^image\/(png|jpeg|gif|webp)$/.test(f.contentType);
}

/** A size as people read it (12 KB, 1.5 MB), the same as the server's. */
export function humanSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * The Markdown that references an upload: `![name](url)` for an image, `[name](url "size")`
 * for a download (the title is shown after the name). Brackets in the name are escaped.
 */
export function markdownFor(f: UploadedFile): string {
  const name = f.name.replace(/([[\]\\])/g, '\\$1');
  return isInlineImage(f) ? `![${name}](${f.url})` : `[${name}](${f.url} "${humanSize(f.size)}")`;
}

/**
 * Uploads one file (multipart field `file`) with the session cookie and the header the
 * server's CSRF rule asks for; reports progress 0–1. XMLHttpRequest, because fetch cannot
 * report upload progress.
 */
export function uploadFile(file: File, onProgress?: (fraction: number) => void, fallbackError = 'アップロードできませんでした。'): Promise<UploadedFile> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/uploads');
    xhr.setRequestHeader('apollo-require-preflight', 'true');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && onProgress) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      const body = xhr.response as (UploadedFile & { errors?: { message?: string; extensions?: { code?: string } }[] }) | null;
      if (xhr.status === 201 && body?.url) {
        resolve(body);
        return;
      }
      const error = body?.errors?.[0];
      reject(new UploadFailure(error?.message || fallbackError, error?.extensions?.code ?? null));
    };
    xhr.onerror = () => reject(new UploadFailure(fallbackError, null));
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}
