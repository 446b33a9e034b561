import { Stack, Tabs, Text, Title } from '@mantine/core';
import { IconAward, IconCertificate, IconListDetails, IconSettings, IconTags } from '@tabler/icons-react';
import { Navigate, useNavigate, useParams } from 'react-router-dom';
import { useT, type MessageKey } from '../../i18n';
import { hasPermission, usePermissions, type Capability } from '../auth/permissions';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { BadgesAdmin } from './BadgesAdmin';
import { CertificationsAdmin } from './CertificationsAdmin';
import { PermissionGate } from './PermissionGate';
import { SettingsAdmin } from './SettingsAdmin';
import { SkillsAdmin } from './SkillsAdmin';
import { TagMappingAdmin } from './TagMappingAdmin';

/** Each DX office screen, shown to whoever holds the capability its mutations require. */
export const ADMIN_SECTIONS: { key: string; label: MessageKey; icon: typeof IconTags; capability: Capability; Component: () => React.JSX.Element }[] = [
  { key: 'skills', label: 'admin.tab.skills', icon: IconListDetails, capability: 'skills.editFramework', Component: SkillsAdmin },
  { key: 'tags', label: 'admin.tab.tags', icon: IconTags, capability: 'skills.editFramework', Component: TagMappingAdmin },
  { key: 'settings', label: 'admin.tab.settings', icon: IconSettings, capability: 'skills.editSettings', Component: SettingsAdmin },
  { key: 'badges', label: 'admin.tab.badges', icon: IconAward, capability: 'badges.award', Component: BadgesAdmin },
  { key: 'certifications', label: 'admin.tab.certifications', icon: IconCertificate, capability: 'certifications.grant', Component: CertificationsAdmin },
];

/** The capabilities that open the DX office screens (any one of them). */
export const ADMIN_CAPABILITIES: readonly Capability[] = [...new Set(ADMIN_SECTIONS.map((s) => s.capability))];

/** The DX office screens someone with these permissions may use. */
export function adminSectionsFor(permissions: readonly string[]) {
  return ADMIN_SECTIONS.filter((s) => hasPermission(permissions, s.capability));
}

function Admin() {
  const t = useT();
  const navigate = useNavigate();
  const { section } = useParams();
  const sections = adminSectionsFor(usePermissions());
  const current = sections.find((s) => s.key === section);
  useDocumentTitle(current ? `${t(current.label)} | ${t('admin.title')}` : t('admin.title'));
  if (!current) return <Navigate to={`/admin/${sections[0].key}`} replace />;
  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">
          {t('admin.title')}
        </Title>
        <Text c="dimmed" mt={4}>
          {t('admin.lead')}
        </Text>
      </div>
      <Tabs value={current.key} onChange={(v) => v && navigate(`/admin/${v}`)} keepMounted={false}>
        <Tabs.List aria-label={t('admin.title')} mb="md">
          {sections.map((s) => (
            <Tabs.Tab key={s.key} value={s.key} leftSection={<s.icon size={16} aria-hidden="true" />}>
              {t(s.label)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {sections.map((s) => (
          <Tabs.Panel key={s.key} value={s.key}>
            {s.key === current.key && <s.Component />}
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
