import { existsSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { NextFunction, Request, Response } from 'express';

const ENCODINGS = [
  { name: 'br', ext: '.br' },
  { name: 'gzip', ext: '.gz' },
] as const;

/**
 * Serves the build's pre-compressed copies (`x.js.br`, `x.js.gz`, written by the client build)
 * to browsers that accept them, with the original's content type, `Vary: Accept-Encoding` and
 * the same year-long immutable caching as the assets themselves. Anything else falls through
 * to express.static. Asset names are flat and hashed: only a plain file name is looked up.
 */
export function precompressedAssets(dir: string) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const name = req.path.replace(/^\//, '');
    if (!/^[\w.-]+\.(js|css|svg)$/.test(name) || basename(name) !== name) return next();
    const accept = String(req.headers['accept-encoding'] ?? '');
    res.setHeader('Vary', 'Accept-Encoding');
    for (const enc of ENCODINGS) {
      if (!new RegExp(`\\b${enc.name}\\b`).test(accept)) continue;
      const file = join(dir, name + enc.ext);
      if (!existsSync(file)) continue;
      res.type(extname(name));
      res.setHeader('Content-Encoding', enc.name);
      res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      return res.sendFile(file, { cacheControl: false }, (err) => err && next(err));
    }
    return next();
  };
}
