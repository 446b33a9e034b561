import { useViewer } from './ViewerContext';

/**
 * The global capabilities the server may list in `me.permissions` (the server's policy table,
 * `src/core/policy/capabilities.ts`, decides who holds which). The client never decides by
 * role: it shows a screen, a link or a form when the viewer holds the capability the server
 * checks for it, so it can no longer offer something the server refuses.
 */
export type Capability =
  | 'content.moderate'
  | 'post.revealAuthor'
  | 'answer.acceptAny'
  | 'skills.editFramework'
  | 'skills.editSettings'
  | 'badges.award'
  | 'certifications.grant'
  | 'synonyms.edit'
  | 'team.view'
  | 'records.viewAll'
  | 'stats.viewDepartment'
  | 'stats.viewOrganisation'
  | 'practices.curate'
  | 'answer.markOfficial'
  | 'adoption.recordAny'
  | 'moderation.resolve'
  | 'content.rollback'
  | 'idea.setStatusAny'
  | 'question.routeAny'
  | 'webhooks.manage'
  | 'guard.edit'
  | 'admin.users'
  | 'admin.organisation'
  | 'audit.viewAll'
  | 'audit.viewModeration'
  | 'auth.localLoginWhenSsoOnly';

/** Does someone with these permissions hold this capability? (Nobody does when signed out.) */
export function hasPermission(permissions: readonly string[] | null | undefined, capability: Capability): boolean {
  return !!permissions && permissions.includes(capability);
}

/** …any of these capabilities? */
export function hasAnyPermission(permissions: readonly string[] | null | undefined, capabilities: readonly Capability[]): boolean {
  return capabilities.some((c) => hasPermission(permissions, c));
}

/** May the signed-in viewer do this? Reads `me.permissions`. */
export function useCan(capability: Capability): boolean {
  return hasPermission(useViewer()?.permissions, capability);
}

/** The viewer's permissions, for filtering lists of screens. */
export function usePermissions(): readonly string[] {
  return useViewer()?.permissions ?? [];
}
