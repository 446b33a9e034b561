import type { Loaders } from '../graphql/loaders';
import type { Request, Response } from 'express';

export type Role = 'STAFF' | 'DX_OFFICE' | 'MANAGER' | 'ADMIN';

export interface Viewer {
  id: number;
  role: Role;
  displayName: string;
  sessionId: string;
  /** After an admin reset: only `me`, `changePassword` and `logout` work until a new password is chosen. */
  mustChangePassword?: boolean;
}

export interface GqlContext {
  req: Request & { viewer?: Viewer | null };
  res: Response;
  viewer: Viewer | null;
  loaders: Loaders;
}

/* Who may do what is decided in one place, `core/policy` (capabilities and object rules), never by comparing roles here. */
