import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { mkdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from '../../core/config/config';

/**
 * Files on local disk under UPLOAD_DIR, content-addressed: `<dir>/<sha256[0..2]>/<sha256>`.
 * The same bytes uploaded twice are stored once; a file is never changed after it is written
 * (written to a temporary name, then renamed), so a backup can copy the directory while the
 * server runs. Files and directories are owner-only, like the database.
 */
export class UploadStore {
  constructor(readonly dir: string) {}

  pathOf(sha256: string): string {
    return join(this.dir, sha256.slice(0, 2), sha256);
  }

  /** Stores the bytes (unless the same bytes are there already) and returns their sha256. */
  async put(data: Buffer): Promise<string> {
    const sha256 = createHash('sha256').update(data).digest('hex');
    const path = this.pathOf(sha256);
    if (await this.exists(path)) return sha256;
    await mkdir(join(this.dir, sha256.slice(0, 2)), { recursive: true, mode: PRIVATE_DIR_MODE });
    const tmp = join(this.dir, sha256.slice(0, 2), `.${sha256}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      await writeFile(tmp, data, { mode: PRIVATE_FILE_MODE, flush: true });
      await rename(tmp, path);
    } catch (e) {
      await unlink(tmp).catch(() => undefined);
      throw e;
    }
    return sha256;
  }

  /** The stored file's size, or null when it is missing (e.g. an incomplete restore). */
  async size(sha256: string): Promise<number | null> {
    try {
      return (await stat(this.pathOf(sha256))).size;
    } catch {
      return null;
    }
  }

  read(sha256: string): ReadStream {
    return createReadStream(this.pathOf(sha256));
  }

  private async exists(path: string): Promise<boolean> {
    try {
      await stat(path);
      return true;
    } catch {
      return false;
    }
  }
}
