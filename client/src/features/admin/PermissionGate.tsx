import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { useT } from '../../i18n';
import { hasAnyPermission, usePermissions, type Capability } from '../auth/permissions';
import { useDocumentTitle } from '../common/useDocumentTitle';
import type { ReactNode } from 'react';

function Denied({ title, message }: { title: string; message: string }) {
  const t = useT();
  useDocumentTitle(title);
  return (
    <Stack maw={640} mx="auto" py="xl" gap="md">
      <Title order={1} size="h2">
        {title}
      </Title>
      <Alert color="orange" variant="light" icon={<IconLock aria-hidden="true" />} title={t('gate.deniedTitle')} role="alert">
        <Text size="sm">{message}</Text>
      </Alert>
      <Button component={Link} to="/" variant="default" w="fit-content">
        {t('notFound.home')}
      </Button>
    </Stack>
  );
}

/**
 * Renders children only for a viewer holding any of these capabilities (`me.permissions`);
 * everyone else gets a clear explanation (the server refuses them too).
 */
export function PermissionGate({ anyOf, title, message, children }: { anyOf: readonly Capability[]; title: string; message: string; children: ReactNode }) {
  const permissions = usePermissions();
  if (!hasAnyPermission(permissions, anyOf)) return <Denied title={title} message={message} />;
  return <>{children}</>;
}
