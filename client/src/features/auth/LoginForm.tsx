import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useImperativeHandle, type Ref } from 'react';
import { useT } from '../../i18n';

export interface LoginValues {
  email: string;
  password: string;
}

export interface LoginFormHandle {
  fill: (email: string, password: string) => void;
}

interface LoginFormProps {
  onSubmit: (values: LoginValues) => void | Promise<void>;
  /** Error message from the server, shown in an alert. */
  error?: string | null;
  loading?: boolean;
  ref?: Ref<LoginFormHandle>;
}

const EMAIL_RE = /^[^\s@]+@[^\s@]+$/;

export function LoginForm({ onSubmit, error, loading = false, ref }: LoginFormProps) {
  const t = useT();
  const form = useForm<LoginValues>({
    mode: 'controlled',
    initialValues: { email: '', password: '' },
    validate: {
      email: (value) => (!value.trim() ? t('login.emailRequired') : !EMAIL_RE.test(value.trim()) ? t('login.emailInvalid') : null),
      password: (value) => (!value ? t('login.passwordRequired') : null),
    },
  });

  useImperativeHandle(ref, () => ({
    fill: (email, password) => form.setValues({ email, password }),
  }));

  return (
    <form noValidate onSubmit={form.onSubmit((values) => onSubmit({ email: values.email.trim(), password: values.password }))}>
      <Stack gap="md">
        {error && (
          <Alert color="red" variant="light" role="alert" icon={<IconAlertCircle aria-hidden="true" />} title={t('login.failed')}>
            {error}
          </Alert>
        )}
        <TextInput label={t('login.email')} type="email" autoComplete="username" inputMode="email" aria-required {...form.getInputProps('email')} />
        <TextInput label={t('login.password')} type="password" autoComplete="current-password" aria-required {...form.getInputProps('password')} />
        <Button type="submit" loading={loading} fullWidth size="md">
          {t('login.submit')}
        </Button>
      </Stack>
    </form>
  );
}
