import type { Viewer } from './viewer';
import type { Request } from 'express';

/**
 * Who is signing this HTTP request (the session cookie)? Provided by the auth module, so the
 * global guard can authenticate plain HTTP controllers without importing a feature module.
 */
export abstract class ViewerSource {
  abstract viewerFromRequest(req: Request): Viewer | null;
}
