import { Stack, Tabs, Text, Title } from '@mantine/core';
import { IconAward, IconCertificate, IconListDetails, IconSettings, IconTags } from '@tabler/icons-react';
import { Navigate, useNavigate, useParams } from 'react-router-dom';
import { useT, type MessageKey } from '../../i18n';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { BadgesAdmin } from './BadgesAdmin';
import { CertificationsAdmin } from './CertificationsAdmin';
import { DX_ROLES, RoleGate } from './RoleGate';
import { SettingsAdmin } from './SettingsAdmin';
import { SkillsAdmin } from './SkillsAdmin';
import { TagMappingAdmin } from './TagMappingAdmin';

export const ADMIN_SECTIONS: { key: string; label: MessageKey; icon: typeof IconTags; Component: () => React.JSX.Element }[] = [
  { key: 'skills', label: 'admin.tab.skills', icon: IconListDetails, Component: SkillsAdmin },
  { key: 'tags', label: 'admin.tab.tags', icon: IconTags, Component: TagMappingAdmin },
  { key: 'settings', label: 'admin.tab.settings', icon: IconSettings, Component: SettingsAdmin },
  { key: 'badges', label: 'admin.tab.badges', icon: IconAward, Component: BadgesAdmin },
  { key: 'certifications', label: 'admin.tab.certifications', icon: IconCertificate, Component: CertificationsAdmin },
];

function Admin() {
  const t = useT();
  const navigate = useNavigate();
  const { section } = useParams();
  const current = ADMIN_SECTIONS.find((s) => s.key === section);
  useDocumentTitle(current ? `${t(current.label)} | ${t('admin.title')}` : t('admin.title'));
  if (!current) return <Navigate to="/admin/skills" replace />;
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
          {ADMIN_SECTIONS.map((s) => (
            <Tabs.Tab key={s.key} value={s.key} leftSection={<s.icon size={16} aria-hidden="true" />}>
              {t(s.label)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {ADMIN_SECTIONS.map((s) => (
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
    <RoleGate roles={DX_ROLES} title={t('admin.title')} message={t('admin.denied')}>
      <Admin />
    </RoleGate>
  );
}
