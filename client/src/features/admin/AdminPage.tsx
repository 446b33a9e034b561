import { Stack, Tabs, Text, Title } from '@mantine/core';
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
import { lazy, Suspense } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router-dom';
import { useT, type MessageKey } from '../../i18n';
import { hasAnyPermission, usePermissions, type Capability } from '../auth/permissions';
import { PageLoader } from '../common/States';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { PermissionGate } from './PermissionGate';
import { SETTINGS_PARTS, SystemSettingsAdmin } from './SystemSettingsAdmin';

// Each section is its own chunk: the header's menu needs only the list above, not the screens.
const GuardAdmin = lazy(() => import('../guard/GuardAdmin').then((m) => ({ default: m.GuardAdmin })));
const WebhooksAdmin = lazy(() => import('../webhooks/WebhooksAdmin').then((m) => ({ default: m.WebhooksAdmin })));
const AccountsAdmin = lazy(() => import('./AccountsAdmin').then((m) => ({ default: m.AccountsAdmin })));
const AuditLogAdmin = lazy(() => import('./AuditLogAdmin').then((m) => ({ default: m.AuditLogAdmin })));
const BadgesAdmin = lazy(() => import('./BadgesAdmin').then((m) => ({ default: m.BadgesAdmin })));
const CertificationsAdmin = lazy(() => import('./CertificationsAdmin').then((m) => ({ default: m.CertificationsAdmin })));
const OrganisationAdmin = lazy(() => import('./OrganisationAdmin').then((m) => ({ default: m.OrganisationAdmin })));
const StaffImportAdmin = lazy(() => import('./StaffImportAdmin').then((m) => ({ default: m.StaffImportAdmin })));
const SkillsAdmin = lazy(() => import('./SkillsAdmin').then((m) => ({ default: m.SkillsAdmin })));
const TagMappingAdmin = lazy(() => import('./TagMappingAdmin').then((m) => ({ default: m.TagMappingAdmin })));
const SettingsAdmin = lazy(() => import('./SettingsAdmin').then((m) => ({ default: m.SettingsAdmin })));

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
  Component: React.ComponentType;
}

export const ADMIN_SECTIONS: readonly AdminSection[] = [
  { key: 'accounts', label: 'admin.tab.accounts', icon: IconUsers, anyOf: ['admin.users'], areas: ['manage'], Component: AccountsAdmin },
  { key: 'organisation', label: 'admin.tab.organisation', icon: IconSitemap, anyOf: ['admin.organisation'], areas: ['manage'], Component: OrganisationAdmin },
  { key: 'import', label: 'admin.tab.import', icon: IconFileImport, anyOf: ['admin.organisation'], areas: ['manage'], Component: StaffImportAdmin },
  { key: 'skills', label: 'admin.tab.skills', icon: IconListDetails, anyOf: ['skills.editFramework'], areas: ['dx'], Component: SkillsAdmin },
  { key: 'tags', label: 'admin.tab.tags', icon: IconTags, anyOf: ['skills.editFramework'], areas: ['dx'], Component: TagMappingAdmin },
  { key: 'settings', label: 'admin.tab.settings', icon: IconSettings, anyOf: ['skills.editSettings'], areas: ['dx'], Component: SettingsAdmin },
  { key: 'badges', label: 'admin.tab.badges', icon: IconAward, anyOf: ['badges.award'], areas: ['dx'], Component: BadgesAdmin },
  {
    key: 'certifications',
    label: 'admin.tab.certifications',
    icon: IconCertificate,
    anyOf: ['certifications.grant'],
    areas: ['dx'],
    Component: CertificationsAdmin,
  },
  {
    key: 'webhooks',
    label: 'admin.tab.webhooks',
    icon: IconWebhook,
    // The server's `webhooks.manage` (DX office and administrators); not yet in the Capability union.
    anyOf: ['webhooks.manage'],
    areas: ['manage', 'dx'],
    Component: WebhooksAdmin,
  },
  { key: 'guidelines', label: 'guardAdmin.tab', icon: IconBook2, anyOf: ['guard.edit'], areas: ['dx'], Component: GuardAdmin },
  {
    key: 'audit',
    label: 'admin.tab.audit',
    icon: IconClipboardList,
    anyOf: ['audit.viewAll', 'audit.viewModeration'],
    areas: ['manage', 'dx'],
    Component: AuditLogAdmin,
  },
  {
    key: 'system',
    label: 'admin.tab.system',
    icon: IconSettings,
    anyOf: SETTINGS_PARTS.map((p) => p.capability),
    areas: ['manage'],
    Component: SystemSettingsAdmin,
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

/** A DX-area section an administrator reaches from an old link lives under 設定 (e.g. /admin/skills → 設定 › スキル). */
const INTO_SETTINGS: Record<string, string> = { settings: 'points', skills: 'skills', tags: 'tags' };

function Admin() {
  const t = useT();
  const navigate = useNavigate();
  const { section } = useParams();
  const permissions = usePermissions();
  const sections = adminSectionsFor(permissions);
  const area = adminAreaFor(permissions);
  const titleKey = adminTitleKey(permissions);
  const current = sections.find((s) => s.key === section);
  useDocumentTitle(current ? `${t(current.label)} | ${t(titleKey)}` : t(titleKey));
  if (!current) {
    const part = section ? INTO_SETTINGS[section] : undefined;
    if (area === 'manage' && part && sections.some((s) => s.key === 'system')) {
      return <Navigate to={part === 'points' ? '/admin/system' : `/admin/system?tab=${part}`} replace />;
    }
    return <Navigate to={sections.length ? `/admin/${sections[0].key}` : '/'} replace />;
  }
  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">
          {t(titleKey)}
        </Title>
        <Text c="dimmed" mt={4}>
          {t(area === 'manage' ? 'admin.manage.lead' : 'admin.lead')}
        </Text>
      </div>
      <Tabs value={current.key} onChange={(v) => v && navigate(`/admin/${v}`)} keepMounted={false}>
        <Tabs.List aria-label={t(titleKey)} mb="md">
          {sections.map((s) => (
            <Tabs.Tab key={s.key} value={s.key} leftSection={<s.icon size={16} aria-hidden="true" />} style={{ whiteSpace: 'nowrap' }}>
              {t(s.label)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {sections.map((s) => (
          <Tabs.Panel key={s.key} value={s.key}>
            {s.key === current.key && (
              <Suspense fallback={<PageLoader />}>
                <s.Component />
              </Suspense>
            )}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}

export function AdminPage() {
  const t = useT();
  return (
    <PermissionGate anyOf={ADMIN_CAPABILITIES} title={t('admin.title')} message={t('admin.denied')}>
      <Admin />
    </PermissionGate>
  );
}
