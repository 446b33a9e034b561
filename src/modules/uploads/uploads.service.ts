import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../core/config/config';
import { DbService } from '../../core/database/db.service';
import { attachmentDenial } from '../../core/policy/object-policy';
import { jstDate, jstDayStartIso } from '../../core/time/jst';
import { AttachmentEntity } from './attachment.entity';
import { cleanFileName, contentDisposition, inspectFile } from './file-inspection';
import { humanSize } from './human-size';
import { reencodeImage } from './image-processing';
import { UploadError } from './upload-error';
import { UploadStore } from './upload-store';
import { type AttachmentTarget, UploadsRepository } from './uploads.repository';
import type { Viewer } from '../../core/auth/viewer';
import type { ReadStream } from 'node:fs';

/** What `POST /uploads` answers. */
export interface UploadedFile {
  id: string;
  /** `/uploads/<id>`: what Markdown references (`![name](url)` or `[name](url)`) */
  url: string;
  name: string;
  size: number;
  contentType: string;
}

/** The multipart file as the parser hands it over (in memory). */
export interface IncomingFile {
  buffer: Buffer;
  originalname: string;
  size: number;
}

/** A file to send: its headers and its bytes. */
export interface ServedFile {
  headers: Record<string, string>;
  stream: ReadStream;
}

/** `/uploads/<id>` anywhere in Markdown (as an image, a link, or a bare path). */
const UPLOAD_URL = /\/uploads\/([A-Za-z0-9_-]{22})(?![A-Za-z0-9_-])/g;

export function uploadUrl(id: string): string {
  return `/uploads/${id}`;
}

/** The attachment ids a Markdown text references, each once, in order. */
export function referencedUploadIds(markdown: string): string[] {
  return [...new Set([...markdown.matchAll(UPLOAD_URL)].map((m) => m[1]))];
}

/**
 * The response's own policy: nothing in the file may run or load anything, even if a browser
 * were to render it (an SVG or HTML file is never served inline, but this holds regardless).
 */
const FILE_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'none'";

@Injectable()
export class UploadsService {
  private readonly store: UploadStore;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: DbService,
    private readonly repo: UploadsRepository,
  ) {
    this.store = new UploadStore(config.uploads.dir);
  }

  /** Refuses before the body is read when the person has used up today's uploads (JST day). */
  checkDailyLimit(viewer: Viewer): void {
    const since = jstDayStartIso(jstDate())!;
    if (this.repo.countSince(viewer.id, since) >= this.config.uploads.dailyLimit) {
      throw new UploadError(
        'UPLOAD_DAILY_LIMIT',
        `1日にアップロードできるファイルは${this.config.uploads.dailyLimit}件までです。明日もう一度お試しください。`,
        429,
      );
    }
  }

  /**
   * Decides the type from the bytes, re-encodes images (metadata stripped, size capped),
   * stores the bytes content-addressed and records the upload. Nothing references it yet, so
   * only the uploader can open it until the content that uses it is saved.
   */
  async upload(viewer: Viewer, file: IncomingFile | undefined): Promise<UploadedFile> {
    if (!file || file.size === 0) throw new UploadError('UPLOAD_NO_FILE', 'ファイルを選んでください（フォームの項目名は file です）。', 400);
    if (file.size > this.config.uploads.maxBytes) {
      throw new UploadError('UPLOAD_TOO_LARGE', `ファイルが大きすぎます。${humanSize(this.config.uploads.maxBytes)}までのファイルを選んでください。`, 413);
    }
    const name = cleanFileName(file.originalname);
    const inspected = await inspectFile(file.buffer, name);
    let data = file.buffer;
    let width: number | null = null;
    let height: number | null = null;
    if (inspected.image) {
      const img = await reencodeImage(file.buffer, inspected.image);
      ({ data, width, height } = img);
    }
    const sha256 = await this.store.put(data);
    const row: AttachmentEntity = {
      id: randomBytes(16).toString('base64url'),
      uploader_id: viewer.id,
      sha256,
      name,
      size: data.length,
      content_type: inspected.contentType,
      inline: inspected.inline ? 1 : 0,
      width,
      height,
      created_at: new Date().toISOString(),
    };
    this.db.tx(() => {
      // Checked again at the insert: parallel uploads cannot pass the limit together.
      this.checkDailyLimit(viewer);
      this.repo.insert(row);
    });
    return { id: row.id, url: uploadUrl(row.id), name, size: row.size, contentType: row.content_type };
  }

  /** The file with its headers, for a viewer the policy lets see it; NOT_FOUND (404) otherwise, whatever the reason. */
  async open(viewer: Viewer | null, id: string): Promise<ServedFile> {
    const notFound = () => new UploadError('NOT_FOUND', 'ファイルが見つかりません。', 404);
    const row = /^[A-Za-z0-9_-]{22}$/.test(id) ? this.repo.find(id) : undefined;
    if (!row) throw notFound();
    const reach = this.repo.reach(id);
    if (attachmentDenial(viewer, { uploaderId: row.uploader_id, ...reach }, 'attachment.view') !== null) throw notFound();
    const size = await this.store.size(row.sha256);
    if (size === null) throw notFound();
    return {
      headers: {
        'Content-Type': row.content_type,
        'Content-Length': String(size),
        'Content-Disposition': contentDisposition(row.inline ? 'inline' : 'attachment', row.name),
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': FILE_CSP,
        'Cross-Origin-Resource-Policy': 'same-origin',
        // Private: who may see it depends on the person and on the content's state.
        'Cache-Control': 'private, max-age=300',
        ETag: `"${row.sha256}"`,
        Vary: 'Cookie',
      },
      stream: this.store.read(row.sha256),
    };
  }

  /**
   * In the writer's transaction: what a post, answer or comment references after it was saved.
   * A file counts when the person who saved the content uploaded it, or when other content
   * references it already (copying a colleague's link); someone else's private upload does not
   * become public by being named.
   */
  linkContent(targetType: Exclude<AttachmentTarget, 'AVATAR'>, targetId: number, actorIds: number[]): void {
    const markdown = this.repo.markdownOf(targetType, targetId);
    if (markdown === null) return;
    const ids = referencedUploadIds(markdown);
    const previous = new Set(this.repo.refsOf(targetType, targetId));
    const found = this.repo.findMany(ids);
    const shared = this.repo.referencedIds(found.map((a) => a.id));
    const keep = found.filter((a) => actorIds.includes(a.uploader_id) || previous.has(a.id) || shared.has(a.id)).map((a) => a.id);
    if (keep.length === 0 && previous.size === 0) return;
    this.repo.replaceRefs(targetType, targetId, keep, new Date().toISOString());
  }

  /** An avatar: one of the person's own image uploads (or the one they have already). */
  requireAvatarImage(viewer: Viewer, id: string, currentId: string | null): AttachmentEntity | null {
    const row = /^[A-Za-z0-9_-]{22}$/.test(id) ? this.repo.find(id) : undefined;
    if (!row || (row.uploader_id !== viewer.id && row.id !== currentId)) return null;
    return row.inline === 1 ? row : null;
  }

  /** In the profile's transaction: the person's avatar is the attachment (or none). */
  setAvatar(userId: number, attachmentId: string | null): void {
    this.repo.replaceRefs('AVATAR', userId, attachmentId ? [attachmentId] : [], new Date().toISOString());
  }
}
