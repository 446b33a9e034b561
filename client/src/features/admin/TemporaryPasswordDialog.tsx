import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import { useT } from '../../i18n';

/**
 * The temporary password the server just issued, shown this one time. The parent drops it
 * when the dialog closes, so it cannot be shown again (the server keeps only a hash).
 */
export function TemporaryPasswordDialog({ name, password, onClose }: { name: string; password: string | null; onClose: () => void }) {
  const t = useT();
  return (
    <Modal opened={password !== null} onClose={onClose} title={t('admin.accounts.tempTitle', { name })} closeOnClickOutside={false} size="md">
      {password !== null && (
        <Stack gap="md">
          <Text size="sm">{t('admin.accounts.tempLead', { name })}</Text>
          <Text size="xs" fw={700} c="dimmed" mb={-10}>
            {t('admin.accounts.tempLabel')}
          </Text>
          <Group gap="sm" wrap="wrap" align="stretch">
            <Code
              block
              data-testid="temporary-password"
              style={{
                flex: '1 1 240px',
                fontSize: 20,
                letterSpacing: 1,
                userSelect: 'all',
                display: 'flex',
                alignItems: 'center',
                whiteSpace: 'pre-wrap',
                wordBreak: 'break-all',
              }}
            >
              {password}
            </Code>
            <CopyButton value={password} timeout={2500}>
              {({ copied, copy }) => (
                <Button
                  variant={copied ? 'light' : 'default'}
                  color={copied ? 'teal' : undefined}
                  onClick={copy}
                  leftSection={copied ? <IconCheck size={16} aria-hidden="true" /> : <IconCopy size={16} aria-hidden="true" />}
                  style={{ flexShrink: 0, height: 'auto', minHeight: 44, marginLeft: 'auto' }}
                >
                  {copied ? t('admin.accounts.tempCopied') : t('admin.accounts.tempCopy')}
                </Button>
              )}
            </CopyButton>
          </Group>
          <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden="true" />}>
            <Text size="sm">{t('admin.accounts.tempNote')}</Text>
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose} data-autofocus>
              {t('admin.accounts.tempDone')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
