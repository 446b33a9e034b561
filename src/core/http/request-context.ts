import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';

/** What the audit log needs to know about the HTTP request an act came from. */
export interface RequestContext {
  ip: string | null;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Express middleware: every handler of this request (GraphQL resolvers included) sees its context. */
export function requestContextMiddleware(req: Request, _res: Response, next: NextFunction): void {
  storage.run({ ip: req.ip ?? null }, next);
}

/** The client IP of the request being served; null for command-line tools and background jobs. */
export function currentRequestIp(): string | null {
  return storage.getStore()?.ip ?? null;
}
