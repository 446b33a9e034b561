import { Stack, Tabs, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router-dom';
import { useT } from '../../i18n';
import { usePermissions } from '../auth/permissions';
import { PageLoader } from '../common/States';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { adminAreaFor, adminSectionsFor, adminTitleKey, ADMIN_CAPABILITIES } from './adminSections';
import { PermissionGate } from './PermissionGate';
import { SystemSettingsAdmin } from './SystemSettingsAdmin';

// Each section is its own chunk: the header's menu needs only the list (adminSections.ts), not the screens.
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

const SECTION_COMPONENTS: Record<string, React.ComponentType> = {
  accounts: AccountsAdmin,
  organisation: OrganisationAdmin,
  import: StaffImportAdmin,
  skills: SkillsAdmin,
  tags: TagMappingAdmin,
  settings: SettingsAdmin,
  badges: BadgesAdmin,
  certifications: CertificationsAdmin,
  webhooks: WebhooksAdmin,
  guidelines: GuardAdmin,
  audit: AuditLogAdmin,
  system: SystemSettingsAdmin,
};

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
        {sections.map((s) => {
          const Section = SECTION_COMPONENTS[s.key];
          return (
            <Tabs.Panel key={s.key} value={s.key}>
              {s.key === current.key && (
                <Suspense fallback={<PageLoader />}>
                  <Section />
                </Suspense>
              )}
            </Tabs.Panel>
          );
        })}
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
