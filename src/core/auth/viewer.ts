import type { Request, Response } from 'express';
import type { Loaders } from '../graphql/loaders';

export type Role = 'STAFF' | 'DX_OFFICE' | 'MANAGER' | 'ADMIN';

export interface Viewer {
  id: number;
  role: Role;
  displayName: string;
  sessionId: string;
}

export interface GqlContext {
  req: Request & { viewer?: Viewer | null };
  res: Response;
  viewer: Viewer | null;
  loaders: Loaders;
}

/** DX推進課 and admins moderate: they may edit/delete any post and see anonymous authors. */
export function isModerator(viewer: Viewer | null | undefined): boolean {
  return !!viewer && (viewer.role === 'DX_OFFICE' || viewer.role === 'ADMIN');
}
