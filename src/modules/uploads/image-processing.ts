import sharp from 'sharp';
import { UploadError } from './upload-error';
import type { Inspected } from './file-inspection';

/** Longest edge of a stored image: a 4K screenshot or a phone photo is scaled down to this. */
export const MAX_IMAGE_EDGE = 2560;
/** Decoding limit (pixels): a small file that decodes to a huge bitmap is refused before it is decoded. */
const MAX_INPUT_PIXELS = 50_000_000;

// One upload at a time per libvips thread is plenty here; the cache would only hold memory.
sharp.cache(false);

export interface EncodedImage {
  data: Buffer;
  width: number;
  height: number;
}

/**
 * Re-encodes an image in its own format: turned upright by its EXIF orientation, scaled to at
 * most MAX_IMAGE_EDGE, and written without any metadata (EXIF with GPS position, camera,
 * owner; XMP; IPTC; ICC profiles are converted to sRGB). sharp works off the event loop (libuv
 * threads), so a large photo does not block other requests.
 */
export async function reencodeImage(bytes: Buffer, format: NonNullable<Inspected['image']>): Promise<EncodedImage> {
  const animated = format === 'gif' || format === 'webp';
  try {
    let img = sharp(bytes, { animated, limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' });
    if (!animated) img = img.rotate();
    img = img.resize({ width: MAX_IMAGE_EDGE, height: MAX_IMAGE_EDGE, fit: 'inside', withoutEnlargement: true });
    if (format === 'png') img = img.png({ compressionLevel: 9 });
    else if (format === 'jpeg') img = img.jpeg({ quality: 85, mozjpeg: true });
    else if (format === 'gif') img = img.gif();
    else img = img.webp({ quality: 85 });
    const { data, info } = await img.toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.pageHeight ?? info.height };
  } catch {
    throw new UploadError('UPLOAD_INVALID_IMAGE', '画像を読み込めませんでした。壊れているか、大きすぎる画像です（5,000万画素まで）。', 422);
  }
}
