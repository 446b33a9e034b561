import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Box, Button, Group, Paper, Radio, SimpleGrid, Skeleton, Stack, Switch, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconDeviceFloppy, IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { NotificationSettingsDocument, UpdateNotificationSettingsDocument, type EmailMode, type NotificationKind } from '../../gql/graphql';
import { useT } from '../../i18n';
import { errorMessage } from '../../lib/errors';
import { showNotice } from '../admin/notice';
import { ErrorState } from '../common/States';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { draftOf, EMAIL_MODES, inputOf, KIND_GROUPS, kindHelp, kindLabel, sameDraft, type SettingsDraft } from './kindGroups';
import classes from './notificationSettings.module.css';

function LoadingSkeleton() {
  const t = useT();
  return (
    <Stack gap="md" aria-busy="true" aria-label={t('common.loading')}>
      <Skeleton h={220} radius="md" />
      <Skeleton h={96} radius="md" />
      <Skeleton h={320} radius="md" />
    </Stack>
  );
}

function Section({ id, title, description, children }: { id: string; title: string; description?: React.ReactNode; children: React.ReactNode }) {
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id}>
        {title}
      </Title>
      {description && (
        <Text size="sm" c="gray.8" mt={4}>
          {description}
        </Text>
      )}
      <Box mt="md">{children}</Box>
    </Paper>
  );
}

/**
 * /notifications/settings: how e-mail is sent (at once, a daily or weekly digest, not at all),
 * whether others may ask me to look at a question, and which kinds also come by e-mail. In-app
 * notifications (the bell) always arrive. E-mail leaves only if the city set up SMTP; the page
 * says so rather than hiding the choice.
 */
export function NotificationSettingsPage() {
  const t = useT();
  useDocumentTitle(t('notifSettings.title'));
  const { data, loading, error, refetch } = useQuery(NotificationSettingsDocument, { fetchPolicy: 'cache-and-network' });
  // The settings have no id: write the answer over the query's, so the page and the cache agree.
  const [save, { loading: saving }] = useMutation(UpdateNotificationSettingsDocument, {
    update: (cache, r) => {
      if (r.data) cache.writeQuery({ query: NotificationSettingsDocument, data: { notificationSettings: r.data.updateNotificationSettings } });
    },
  });
  const saved = useMemo(() => (data ? draftOf(data.notificationSettings) : null), [data]);
  const [draft, setDraft] = useState<SettingsDraft | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);

  // Take the server's state when it arrives, unless the person has started changing it.
  useEffect(() => {
    if (saved) setDraft((d) => (d === null ? saved : d));
  }, [saved]);

  if (loading && !data)
    return (
      <Page>
        <LoadingSkeleton />
      </Page>
    );
  if (error && !data)
    return (
      <Page>
        <ErrorState error={error} onRetry={() => void refetch()} />
      </Page>
    );
  if (!saved || !draft)
    return (
      <Page>
        <LoadingSkeleton />
      </Page>
    );

  const dirty = !sameDraft(draft, saved);
  const emailOff = draft.emailMode === 'OFF';
  const known = new Set(KIND_GROUPS.flatMap((g) => g.kinds));
  const serverKinds = Object.keys(saved.email) as NotificationKind[];
  const groups = [
    ...KIND_GROUPS.map((g) => ({ ...g, kinds: g.kinds.filter((k) => k in saved.email) })),
    { key: 'other', title: 'notifSettings.group.other' as const, kinds: serverKinds.filter((k) => !known.has(k)) },
  ].filter((g) => g.kinds.length > 0);

  const set = (patch: Partial<SettingsDraft>) => {
    setSaveError(null);
    setDraft((d) => (d ? { ...d, ...patch } : d));
  };
  const setKind = (kind: NotificationKind, on: boolean) => set({ email: { ...draft.email, [kind]: on } });

  const onSave = async () => {
    setSaveError(null);
    try {
      const r = await save({ variables: { input: inputOf(draft) } });
      if (r.data) setDraft(draftOf(r.data.updateNotificationSettings));
      showNotice(t, { color: 'teal', message: t('notifSettings.saved') });
    } catch (e) {
      setSaveError(errorMessage(e, t));
    }
  };

  return (
    <Page>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void onSave();
        }}
      >
        <Stack gap="lg">
          <Section id="notif-email-mode" title={t('notifSettings.emailTitle')} description={t('notifSettings.emailLead')}>
            <Radio.Group value={draft.emailMode} onChange={(v) => set({ emailMode: v as EmailMode })} aria-labelledby="notif-email-mode">
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                {EMAIL_MODES.map((mode) => (
                  <Radio.Card key={mode} value={mode} radius="md" p="sm" withBorder className={classes.modeCard}>
                    <Group wrap="nowrap" align="flex-start" gap="sm">
                      <Radio.Indicator mt={2} />
                      <div>
                        <Text fw={600} size="sm">
                          {t(`notifSettings.mode.${mode}`)}
                        </Text>
                        <Text size="xs" c="gray.8">
                          {t(`notifSettings.modeHelp.${mode}`)}
                        </Text>
                      </div>
                    </Group>
                  </Radio.Card>
                ))}
              </SimpleGrid>
            </Radio.Group>
            <Alert
              mt="md"
              color={data?.notificationSettings.emailAvailable ? 'gray' : 'yellow'}
              variant="light"
              icon={<IconInfoCircle size={18} aria-hidden="true" />}
              p="xs"
              role="note"
            >
              <Text size="sm">{t(data?.notificationSettings.emailAvailable ? 'notifSettings.smtpOn' : 'notifSettings.smtpOff')}</Text>
            </Alert>
          </Section>

          <Section id="notif-routing" title={t('notifSettings.routingTitle')}>
            <Switch
              checked={draft.routingRequests}
              onChange={(e) => set({ routingRequests: e.currentTarget.checked })}
              label={t('notifSettings.routingLabel')}
              description={t('notifSettings.routingHelp')}
              size="md"
            />
          </Section>

          <Section id="notif-kinds" title={t('notifSettings.kindsTitle')} description={t('notifSettings.kindsLead')}>
            {emailOff && (
              <Alert color="yellow" variant="light" mb="md" p="xs" role="note">
                <Text size="sm">{t('notifSettings.kindsOff')}</Text>
              </Alert>
            )}
            <Stack gap="lg">
              {groups.map((g) => (
                <fieldset key={g.key} className={classes.group} disabled={emailOff}>
                  <Text component="legend" fw={700} size="sm" mb="xs">
                    {t(g.title)}
                  </Text>
                  <Stack gap="sm">
                    {g.kinds.map((kind) => (
                      <Switch
                        key={kind}
                        checked={!!draft.email[kind]}
                        onChange={(e) => setKind(kind, e.currentTarget.checked)}
                        label={t(kindLabel(kind))}
                        description={t(kindHelp(kind))}
                        disabled={emailOff}
                      />
                    ))}
                  </Stack>
                </fieldset>
              ))}
            </Stack>
          </Section>

          {saveError && (
            <Alert color="red" variant="light" role="alert" title={t('error.title')}>
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                {saveError}
              </Text>
            </Alert>
          )}

          <Paper withBorder p="sm" className={dirty ? classes.saveBar : undefined}>
            <Group justify="space-between" wrap="wrap" gap="sm">
              <Text size="sm" c={dirty ? 'orange.9' : 'dimmed'} aria-live="polite">
                {dirty ? t('notifSettings.unsaved') : t('notifSettings.upToDate')}
              </Text>
              <Group gap="sm">
                {dirty && (
                  <Button variant="default" onClick={() => set(saved)}>
                    {t('notifSettings.revert')}
                  </Button>
                )}
                <Button type="submit" loading={saving} disabled={!dirty} leftSection={<IconDeviceFloppy size={16} aria-hidden="true" />}>
                  {t('notifSettings.save')}
                </Button>
              </Group>
            </Group>
          </Paper>
        </Stack>
      </form>
    </Page>
  );
}

function Page({ children }: { children: React.ReactNode }) {
  const t = useT();
  return (
    <Stack gap="lg" maw={760} mx="auto">
      <Anchor component={Link} to="/notifications" size="sm" c="gray.8">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden="true" />
          {t('notifSettings.back')}
        </Group>
      </Anchor>
      <div>
        <Title order={1} size="h2">
          {t('notifSettings.title')}
        </Title>
        <Text c="dimmed" mt={4}>
          {t('notifSettings.lead')}
        </Text>
      </div>
      {children}
    </Stack>
  );
}
