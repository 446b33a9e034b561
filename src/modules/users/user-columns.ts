import { layerName, roleCategoryName } from '../../core/frameworks';
import { RoleEnum, User } from './user.model';

/** Columns to join an author in one query instead of one lookup per row. */
export const AUTHOR_COLUMNS = `u.email AS u_email, u.display_name AS u_display_name, u.role AS u_role,
  u.role_category AS u_role_category, u.layer AS u_layer, u.created_at AS u_created_at, u.disabled AS u_disabled`;

export interface AuthorColumns {
  u_email: string;
  u_display_name: string;
  u_role: RoleEnum;
  u_role_category: string | null;
  u_layer: string | null;
  u_created_at: string;
  u_disabled: number;
}

export function userFromColumns(id: number, r: AuthorColumns): User {
  return {
    id: String(id),
    displayName: r.u_display_name,
    role: r.u_role,
    roleCategory: r.u_role_category,
    roleCategoryName: roleCategoryName(r.u_role_category),
    layer: r.u_layer,
    layerName: layerName(r.u_layer),
    createdAt: r.u_created_at,
    emailValue: r.u_email,
    active: r.u_disabled === 0,
  };
}
