import { Alert, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useT } from '../../i18n';
import { FindingsList } from './FindingsList';
import type { PersonalInfoFinding } from './personalInfo';

/** The inline warning while typing: what looks like personal information, masked. */
export function PersonalInfoAlert({ findings, compact }: { findings: readonly PersonalInfoFinding[]; compact?: boolean }) {
  const t = useT();
  if (findings.length === 0) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      role="status"
      aria-live="polite"
      icon={<IconAlertTriangle aria-hidden="true" />}
      title={t('guard.alertTitle')}
      p={compact ? 'xs' : undefined}
      data-testid="personal-info-alert"
    >
      <Stack gap={4}>
        <Text size="sm">{t('guard.alertLead')}</Text>
        <FindingsList findings={findings} />
      </Stack>
    </Alert>
  );
}
