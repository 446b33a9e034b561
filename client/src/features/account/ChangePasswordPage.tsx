import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ChangePasswordDocument } from '../../gql/graphql';
import { useT } from '../../i18n';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { useDocumentTitle } from '../common/useDocumentTitle';

const MIN_LENGTH = 12;

/** Change your own password: the current one, then the new one twice. Other devices are signed out. */
export function ChangePasswordPage() {
  const t = useT();
  const navigate = useNavigate();
  useDocumentTitle(t('account.passwordTitle'));
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
      void navigate(-1);
    } catch (e) {
      const byField = fieldErrors(e);
      setErrors(byField);
      if (Object.keys(byField).length === 0) setFormError(errorMessage(e, t));
    }
  };

  return (
    <Stack gap="lg" maw={560} mx="auto">
      <Title order={1} size="h2">
        {t('account.passwordTitle')}
      </Title>
      <Paper withBorder p={{ base: 'md', sm: 'xl' }}>
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              {t('account.passwordHelp', { min: MIN_LENGTH })}
            </Text>
            <PasswordInput
              label={t('account.current')}
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
