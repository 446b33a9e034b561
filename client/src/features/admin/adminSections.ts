import {
  IconAward,
  IconBook2,
  IconCertificate,
  IconClipboardList,
  IconFileImport,
  IconListDetails,
  IconSettings,
  IconSitemap,
  IconTags,
  IconUsers,
  IconWebhook,
} from '@tabler/icons-react';
import { hasAnyPermission, type Capability } from '../auth/permissions';
import type { MessageKey } from '../../i18n';

// What the header's menu and nav need to know of /admin — names, icons, who may open what —
// without the screens themselves (AdminPage and its sections load when /admin is opened).

/** 設定 in the administrator's area holds these parts (SystemSettingsAdmin). */
export const SETTINGS_CAPABILITIES: readonly Capability[] = ['skills.editSettings', 'skills.editFramework'];

/**
 * Two areas share /admin: the administrator's 「管理」 (accounts, organisation, import, audit log,
 * settings) and the DX office's 「DX推進」 (skills, tags, points, awards, certification). Which
 * one a viewer gets follows from `me.permissions` (whoever holds a capability of 管理 gets 管理),
 * and every section inside is shown only to a holder of the capability the server checks.
 */
export type AdminArea = 'manage' | 'dx';

export interface AdminSection {
  key: string;
  label: MessageKey;
  icon: typeof IconTags;
  /** Shown to a holder of any of these (the ones the section's queries and mutations require). */
  anyOf: readonly Capability[];
  areas: readonly AdminArea[];
}

export const ADMIN_SECTIONS: readonly AdminSection[] = [
  { key: 'accounts', label: 'admin.tab.accounts', icon: IconUsers, anyOf: ['admin.users'], areas: ['manage'] },
  { key: 'organisation', label: 'admin.tab.organisation', icon: IconSitemap, anyOf: ['admin.organisation'], areas: ['manage'] },
  { key: 'import', label: 'admin.tab.import', icon: IconFileImport, anyOf: ['admin.organisation'], areas: ['manage'] },
  { key: 'skills', label: 'admin.tab.skills', icon: IconListDetails, anyOf: ['skills.editFramework'], areas: ['dx'] },
  { key: 'tags', label: 'admin.tab.tags', icon: IconTags, anyOf: ['skills.editFramework'], areas: ['dx'] },
  { key: 'settings', label: 'admin.tab.settings', icon: IconSettings, anyOf: ['skills.editSettings'], areas: ['dx'] },
  { key: 'badges', label: 'admin.tab.badges', icon: IconAward, anyOf: ['badges.award'], areas: ['dx'] },
  {
    key: 'certifications',
    label: 'admin.tab.certifications',
    icon: IconCertificate,
    anyOf: ['certifications.grant'],
    areas: ['dx'],
  },
  {
    key: 'webhooks',
    label: 'admin.tab.webhooks',
    icon: IconWebhook,
    // The server's `webhooks.manage` (DX office and administrators); not yet in the Capability union.
    anyOf: ['webhooks.manage'],
    areas: ['manage', 'dx'],
  },
  { key: 'guidelines', label: 'guardAdmin.tab', icon: IconBook2, anyOf: ['guard.edit'], areas: ['dx'] },
  {
    key: 'audit',
    label: 'admin.tab.audit',
    icon: IconClipboardList,
    anyOf: ['audit.viewAll', 'audit.viewModeration'],
    areas: ['manage', 'dx'],
  },
  {
    key: 'system',
    label: 'admin.tab.system',
    icon: IconSettings,
    anyOf: SETTINGS_CAPABILITIES,
    areas: ['manage'],
  },
];

/** Holding any of these puts a viewer in the 管理 area. */
export const MANAGE_CAPABILITIES: readonly Capability[] = ['admin.users', 'admin.organisation', 'audit.viewAll'];

/** The capabilities that open /admin at all (any one of them). */
export const ADMIN_CAPABILITIES: readonly Capability[] = [...new Set(ADMIN_SECTIONS.flatMap((s) => s.anyOf))];

export function adminAreaFor(permissions: readonly string[]): AdminArea {
  return hasAnyPermission(permissions, MANAGE_CAPABILITIES) ? 'manage' : 'dx';
}

/** The admin screens someone with these permissions may use, in their area's order. */
export function adminSectionsFor(permissions: readonly string[]): AdminSection[] {
  const area = adminAreaFor(permissions);
  return ADMIN_SECTIONS.filter((s) => s.areas.includes(area) && hasAnyPermission(permissions, s.anyOf));
}

/** 「管理」 or 「DX推進」: the heading, the header menu and the nav entry say the same. */
export function adminTitleKey(permissions: readonly string[]): MessageKey {
  return adminAreaFor(permissions) === 'manage' ? 'admin.manage.title' : 'admin.title';
}
