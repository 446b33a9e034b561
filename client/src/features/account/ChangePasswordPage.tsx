import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Box, Button, Container, Group, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconKey, IconLogout } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ChangePasswordDocument, LogoutDocument, MeDocument } from '../../gql/graphql';
import { useT } from '../../i18n';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { useViewer } from '../auth/ViewerContext';
import { useDocumentTitle } from '../common/useDocumentTitle';

const MIN_LENGTH = 12;

/**
 * Change your own password: the current one, then the new one twice. Other devices are signed out.
 * After an administrator's reset (`me.mustChangePassword`) the current one is the temporary
 * password, and success reloads `me` (the server now allows everything else) and goes home.
 */
export function ChangePasswordPage() {
  const t = useT();
  const navigate = useNavigate();
  const client = useApolloClient();
  const forced = !!useViewer()?.mustChangePassword;
  useDocumentTitle(t(forced ? 'account.mustChangeTitle' : 'account.passwordTitle'));
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [change, { loading }] = useMutation(ChangePasswordDocument);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!current) local.currentPassword = t('account.currentRequired');
    if ([...next].length < MIN_LENGTH) local.newPassword = t('account.tooShort', { min: MIN_LENGTH });
    if (next !== confirm) local.confirm = t('account.mismatch');
    setErrors(local);
    setFormError(null);
    if (Object.keys(local).length > 0) return;
    try {
      await change({ variables: { input: { currentPassword: current, newPassword: next } } });
      notifications.show({ color: 'teal', message: t('account.changed') });
      if (forced) {
        await client.refetchQueries({ include: [MeDocument] });
        void navigate('/', { replace: true });
      } else {
        void navigate(-1);
      }
    } catch (e) {
      const byField = fieldErrors(e);
      setErrors(byField);
      if (Object.keys(byField).length === 0) setFormError(errorMessage(e, t));
    }
  };

  return (
    <Stack gap="lg" maw={560} mx="auto">
      <Title order={1} size="h2">
        {t(forced ? 'account.mustChangeTitle' : 'account.passwordTitle')}
      </Title>
      {forced && (
        <Alert color="orange" variant="light" icon={<IconKey aria-hidden="true" />} role="status">
          <Text size="sm">{t('account.mustChangeNotice')}</Text>
        </Alert>
      )}
      <Paper withBorder p={{ base: 'md', sm: 'xl' }}>
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              {t('account.passwordHelp', { min: MIN_LENGTH })}
            </Text>
            <PasswordInput
              label={t(forced ? 'account.temporary' : 'account.current')}
              autoComplete="current-password"
              value={current}
              onChange={(e) => setCurrent(e.currentTarget.value)}
              error={errors.currentPassword}
              required
              autoFocus
            />
            <PasswordInput
              label={t('account.new')}
              autoComplete="new-password"
              value={next}
              onChange={(e) => setNext(e.currentTarget.value)}
              error={errors.newPassword}
              required
            />
            <PasswordInput
              label={t('account.confirm')}
              autoComplete="new-password"
              value={confirm}
              onChange={(e) => setConfirm(e.currentTarget.value)}
              error={errors.confirm}
              required
            />
            {formError && (
              <Alert color="red" variant="light">
                {formError}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button type="submit" loading={loading}>
                {t('account.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}

/**
 * What a person signed in with a temporary password sees: only the password form (the server
 * refuses everything else with PASSWORD_CHANGE_REQUIRED), and a way to sign out.
 */
export function PasswordChangeRequired() {
  const t = useT();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout] = useMutation(LogoutDocument);
  const onLogout = async () => {
    try {
      await logout();
    } catch {
      // forget the local session anyway
    }
    await client.clearStore();
    client.cache.writeQuery({ query: MeDocument, data: { me: null } });
    void navigate('/login', { replace: true });
  };
  return (
    <Box mih="100vh" bg="gray.0">
      <Box component="header" bg="white" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size="lg" h={64}>
          <Group h="100%" justify="space-between" wrap="nowrap">
            <Text fw={800} fz={22} c="banso.9">
              伴走
            </Text>
            <Button variant="subtle" color="gray" c="gray.8" leftSection={<IconLogout size={18} aria-hidden="true" />} onClick={() => void onLogout()}>
              {t('account.mustChangeLogout')}
            </Button>
          </Group>
        </Container>
      </Box>
      <Container size="lg" py="xl" component="main" id="main">
        <ChangePasswordPage />
      </Container>
    </Box>
  );
}
