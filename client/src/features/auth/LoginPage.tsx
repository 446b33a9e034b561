import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Box, Button, Collapse, Container, Divider, Group, List, Paper, SegmentedControl, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBuildingCommunity, IconChevronDown, IconInfoCircle } from '@tabler/icons-react';
import { useId, useRef, useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { DemoModeDocument, LoginDocument, MeDocument, SignInOptionsDocument } from '../../gql/graphql';
import { useLocale, useT, type MessageKey } from '../../i18n';
import { errorMessage } from '../../lib/errors';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { LoginForm, type LoginFormHandle, type LoginValues } from './LoginForm';
import { safeNext } from './RequireAuth';

const DEMO_PASSWORD = 'banso-demo';
const DEMO_ACCOUNTS: { email: string; role: MessageKey }[] = [
  { email: 'admin@demo.banso.example', role: 'login.demo.admin' },
  { email: 'dx-office@demo.banso.example', role: 'login.demo.dx' },
  { email: 'manager@demo.banso.example', role: 'login.demo.manager' },
  { email: 'staff01@demo.banso.example', role: 'login.demo.staff' },
];

export function LoginPage() {
  const t = useT();
  const { locale, setLocale } = useLocale();
  useDocumentTitle(t('login.title'));
  const client = useApolloClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const formRef = useRef<LoginFormHandle>(null);
  const [error, setError] = useState<string | null>(null);

  const { data: meData } = useQuery(MeDocument, { fetchPolicy: 'cache-first' });
  // Demo accounts are listed only when the server says this installation holds the demo.
  const demo = useQuery(DemoModeDocument, { fetchPolicy: 'cache-first' });
  // Single sign-on and whether password sign-in is for everyone (until the answer arrives, or
  // from a server without the query, the password form is shown as before).
  const options = useQuery(SignInOptionsDocument, { fetchPolicy: 'cache-first' }).data?.signInOptions;
  const sso = options?.sso ?? false;
  const localForAll = options?.localLogin ?? true;
  const [localOpen, setLocalOpen] = useState(false);
  const localPanelId = useId();
  const [login, { loading }] = useMutation(LoginDocument);

  if (meData?.me) return <Navigate to={next} replace />;

  const onSubmit = async (values: LoginValues) => {
    setError(null);
    try {
      const result = await login({ variables: { input: values } });
      const user = result.data?.login;
      if (!user) {
        setError(t('login.failed'));
        return;
      }
      await client.clearStore();
      client.cache.writeQuery({ query: MeDocument, data: { me: user } });
      void navigate(next, { replace: true });
    } catch (e) {
      setError(errorMessage(e, t));
    }
  };

  return (
    <Box
      component="main"
      id="main"
      style={{
        minHeight: '100vh',
        background: 'linear-gradient(160deg, var(--mantine-color-banso-0) 0%, #ffffff 55%, var(--mantine-color-teal-0) 100%)',
      }}
    >
      <Container size={460} py={48}>
        <Stack gap="lg">
          <Group justify="space-between" align="center">
            <Group gap="xs">
              <ThemeIcon size={40} radius="md" color="banso" aria-hidden="true">
                <Text fw={800} fz={20} c="white">
                  伴
                </Text>
              </ThemeIcon>
              <Stack gap={0}>
                <Text fw={800} fz="xl" lh={1.2}>
                  {t('app.fullName')}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('app.tagline')}
                </Text>
              </Stack>
            </Group>
            <SegmentedControl
              size="xs"
              value={locale}
              onChange={(v) => setLocale(v === 'en' ? 'en' : 'ja')}
              aria-label={t('locale.label')}
              role="radiogroup"
              data={[
                { value: 'ja', label: '日本語' },
                { value: 'en', label: 'English' },
              ]}
            />
          </Group>

          <Paper withBorder shadow="sm" p="xl" radius="lg">
            <Stack gap="md">
              <div>
                <Title order={1} size="h2">
                  {t('login.title')}
                </Title>
                <Text size="sm" c="dimmed" mt={4}>
                  {t('login.subtitle')}
                </Text>
              </div>
              {sso && (
                <Stack gap={6}>
                  <Button
                    component="a"
                    href={`/auth/oidc/login?returnTo=${encodeURIComponent(next)}`}
                    size="md"
                    fullWidth
                    leftSection={<IconBuildingCommunity size={20} aria-hidden="true" />}
                  >
                    {options?.ssoLabel ?? t('login.sso')}
                  </Button>
                  <Text size="xs" c="dimmed">
                    {t('login.ssoHint')}
                  </Text>
                </Stack>
              )}
              {sso && localForAll && <Divider label={t('login.or')} labelPosition="center" />}
              {localForAll ? (
                <LoginForm ref={formRef} onSubmit={onSubmit} error={error} loading={loading} />
              ) : (
                <Stack gap="xs">
                  <Button
                    variant="subtle"
                    size="compact-sm"
                    color="gray"
                    onClick={() => setLocalOpen((o) => !o)}
                    aria-expanded={localOpen}
                    aria-controls={localPanelId}
                    rightSection={
                      <IconChevronDown
                        size={16}
                        aria-hidden="true"
                        style={{ transform: localOpen ? 'rotate(180deg)' : undefined, transition: 'transform 150ms' }}
                      />
                    }
                    style={{ alignSelf: 'center' }}
                  >
                    {t('login.localToggle')}
                  </Button>
                  <Collapse expanded={localOpen} keepMountedMode="display-none" id={localPanelId}>
                    <Stack gap="sm" pt="xs">
                      <Text size="xs" c="dimmed">
                        {t('login.localHint')}
                      </Text>
                      <LoginForm ref={formRef} onSubmit={onSubmit} error={error} loading={loading} />
                    </Stack>
                  </Collapse>
                </Stack>
              )}
            </Stack>
          </Paper>

          {demo.data?.demoMode && (
            <Paper withBorder p="md" radius="md" bg="white" component="section" aria-labelledby="demo-accounts-title">
              <Group gap="xs" mb="xs">
                <IconInfoCircle size={18} aria-hidden="true" color="var(--mantine-color-banso-8)" />
                <Text fw={700} size="sm" id="demo-accounts-title" component="h2">
                  {t('login.demoTitle')}
                </Text>
              </Group>
              <Text size="sm" mb="xs">
                {t('login.demoBody', { password: DEMO_PASSWORD })}
              </Text>
              <List size="sm" spacing={4}>
                {DEMO_ACCOUNTS.map((account) => (
                  <List.Item key={account.email}>
                    <Anchor
                      component="button"
                      type="button"
                      size="sm"
                      onClick={() => {
                        setLocalOpen(true);
                        formRef.current?.fill(account.email, DEMO_PASSWORD);
                      }}
                      aria-label={t('login.demoUse', { email: account.email })}
                    >
                      {account.email}
                    </Anchor>{' '}
                    <Text span size="xs" c="dimmed">
                      （{t(account.role)}）
                    </Text>
                  </List.Item>
                ))}
              </List>
            </Paper>
          )}

          <Text size="xs" c="dimmed" ta="center">
            {t('login.about')}
          </Text>
        </Stack>
      </Container>
    </Box>
  );
}
