import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { Role } from '../../gql/graphql';
import { useT } from '../../i18n';
import { useViewer } from '../auth/ViewerContext';
import { useDocumentTitle } from '../common/useDocumentTitle';

export const DX_ROLES: Role[] = ['DX_OFFICE', 'ADMIN'];
export const TEAM_ROLES: Role[] = ['MANAGER', 'DX_OFFICE', 'ADMIN'];

export function hasRole(role: Role | null | undefined, roles: readonly Role[]): boolean {
  return !!role && roles.includes(role);
}

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

/** Renders children only for the given roles; everyone else gets a clear explanation (the server refuses them too). */
export function RoleGate({ roles, title, message, children }: { roles: readonly Role[]; title: string; message: string; children: ReactNode }) {
  const viewer = useViewer();
  if (!hasRole(viewer?.role, roles)) return <Denied title={title} message={message} />;
  return <>{children}</>;
}
