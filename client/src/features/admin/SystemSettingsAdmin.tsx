import { Alert, Stack, Tabs, Text } from '@mantine/core';
import { IconInfoCircle, IconListDetails, IconSettings, IconTags } from '@tabler/icons-react';
import { lazy, Suspense } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useT, type MessageKey } from '../../i18n';
import { hasPermission, usePermissions, type Capability } from '../auth/permissions';

const SettingsAdmin = lazy(() => import('./SettingsAdmin').then((m) => ({ default: m.SettingsAdmin })));
const SkillsAdmin = lazy(() => import('./SkillsAdmin').then((m) => ({ default: m.SkillsAdmin })));
const TagMappingAdmin = lazy(() => import('./TagMappingAdmin').then((m) => ({ default: m.TagMappingAdmin })));

/** The parts of 設定, each shown to whoever holds the capability its mutations require. */
export const SETTINGS_PARTS: { key: string; label: MessageKey; icon: typeof IconTags; capability: Capability; Component: React.ComponentType }[] = [
  { key: 'points', label: 'admin.tab.settings', icon: IconSettings, capability: 'skills.editSettings', Component: SettingsAdmin },
  { key: 'skills', label: 'admin.tab.skills', icon: IconListDetails, capability: 'skills.editFramework', Component: SkillsAdmin },
  { key: 'tags', label: 'admin.tab.tags', icon: IconTags, capability: 'skills.editFramework', Component: TagMappingAdmin },
];

export function settingsPartsFor(permissions: readonly string[]) {
  return SETTINGS_PARTS.filter((p) => hasPermission(permissions, p.capability));
}

/**
 * 設定 in the administrator's area: points and levels, the skill framework and the tag → skill
 * mapping (the same screens the DX office has as tabs of their own). `?tab=` keeps the part.
 */
export function SystemSettingsAdmin() {
  const t = useT();
  const parts = settingsPartsFor(usePermissions());
  const [params, setParams] = useSearchParams();
  const current = parts.find((p) => p.key === params.get('tab')) ?? parts[0];
  return (
    <Stack gap="md">
      <Alert color="gray" variant="light" icon={<IconInfoCircle aria-hidden="true" />}>
        <Text size="sm">{t('admin.system.note')}</Text>
      </Alert>
      {current && (
        <Tabs variant="pills" value={current.key} onChange={(v) => v && setParams(v === parts[0].key ? {} : { tab: v }, { replace: true })} keepMounted={false}>
          <Tabs.List aria-label={t('admin.tab.system')} mb="md">
            {parts.map((p) => (
              <Tabs.Tab key={p.key} value={p.key} leftSection={<p.icon size={16} aria-hidden="true" />}>
                {t(p.label)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {parts.map((p) => (
            <Tabs.Panel key={p.key} value={p.key}>
              {p.key === current.key && (
                <Suspense fallback={null}>
                  <p.Component />
                </Suspense>
              )}
            </Tabs.Panel>
          ))}
        </Tabs>
      )}
    </Stack>
  );
}
