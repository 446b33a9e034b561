import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Group, Modal, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconAlertTriangle, IconCircleCheck, IconClockHour4, IconEdit, IconPlus, IconSend, IconTrash, IconWebhook } from '@tabler/icons-react';
import { useState } from 'react';
import { DeleteWebhookDocument, TestWebhookDocument, WebhooksDocument, type TestWebhookMutation, type WebhookFieldsFragment } from '../../gql/graphql';
import { useLocale, useT } from '../../i18n';
import { formatDateTime } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';
import { ConfirmDialog } from '../admin/ConfirmDialog';
import { showNotice } from '../admin/notice';
import { RelativeTime } from '../common/RelativeTime';
import { EmptyState, ErrorState } from '../common/States';
import { WebhookForm } from './WebhookForm';
import { deliveryTone, formatLabel } from './webhookModel';
import classes from './webhooks.module.css';

type TestResult = TestWebhookMutation['testWebhook'] | { ok: false; httpStatus: null; error: string };

function LastDelivery({ d }: { d: WebhookFieldsFragment['lastDelivery'] }) {
  const t = useT();
  const { locale } = useLocale();
  if (!d)
    return (
      <Text size="sm" c="dimmed">
        {t('webhooks.neverSent')}
      </Text>
    );
  const tone = deliveryTone(d.status);
  const color = tone === 'ok' ? 'teal' : tone === 'retrying' ? 'yellow' : 'red';
  const Icon = tone === 'ok' ? IconCircleCheck : tone === 'retrying' ? IconClockHour4 : IconAlertTriangle;
  return (
    <Stack gap={2}>
      <Group gap={6} wrap="wrap">
        <Badge color={color} variant="light" leftSection={<Icon size={12} aria-hidden="true" />} tt="none">
          {t(`webhooks.delivery.${tone}`)}
        </Badge>
        <Text size="sm" c="gray.8" title={formatDateTime(d.at, locale)}>
          <RelativeTime value={d.at} />
          {d.httpStatus != null && ` · HTTP ${d.httpStatus}`}
        </Text>
      </Group>
      {d.error && tone !== 'ok' && (
        <Text size="xs" c="red.9" className={classes.breakAll}>
          {d.error}
        </Text>
      )}
    </Stack>
  );
}

function WebhookCard({ w, onEdit, onDelete }: { w: WebhookFieldsFragment; onEdit: () => void; onDelete: () => void }) {
  const t = useT();
  const [result, setResult] = useState<TestResult | null>(null);
  const [test, { loading: testing }] = useMutation(TestWebhookDocument, { refetchQueries: [WebhooksDocument] });
  const runTest = async () => {
    setResult(null);
    try {
      const r = await test({ variables: { id: w.id } });
      if (r.data) setResult(r.data.testWebhook);
    } catch (e) {
      setResult({ ok: false, httpStatus: null, error: errorMessage(e, t) });
    }
  };
  const titleId = `webhook-${w.id}-name`;
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={titleId} className={w.active ? undefined : classes.inactive}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <div style={{ minWidth: 0, flex: '1 1 280px' }}>
            <Group gap={6} wrap="wrap">
              <Title order={3} size="h5" id={titleId}>
                {w.name}
              </Title>
              <Badge variant="light" color="gray" tt="none">
                {t(formatLabel(w.format))}
              </Badge>
              {w.active ? (
                <Badge variant="light" color="teal" tt="none">
                  {t('webhooks.on')}
                </Badge>
              ) : (
                <Badge variant="outline" color="gray" tt="none">
                  {t('webhooks.off')}
                </Badge>
              )}
            </Group>
            <Text size="sm" c="gray.8" mt={4} className={`${classes.mono} ${classes.breakAll}`}>
              {w.url}
            </Text>
          </div>
          <Group gap="xs" wrap="wrap">
            <Button
              size="xs"
              variant="light"
              leftSection={<IconSend size={14} aria-hidden="true" />}
              loading={testing}
              onClick={() => void runTest()}
              aria-label={t('webhooks.testOf', { name: w.name })}
            >
              {t('webhooks.test')}
            </Button>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconEdit size={14} aria-hidden="true" />}
              onClick={onEdit}
              aria-label={t('webhooks.editOf', { name: w.name })}
            >
              {t('webhooks.edit')}
            </Button>
            <Button
              size="xs"
              variant="default"
              c="red.9"
              leftSection={<IconTrash size={14} aria-hidden="true" />}
              onClick={onDelete}
              aria-label={t('webhooks.deleteOf', { name: w.name })}
            >
              {t('webhooks.delete')}
            </Button>
          </Group>
        </Group>

        <dl className={classes.facts}>
          <dt>{t('webhooks.filterTags')}</dt>
          <dd>
            {w.tags.length ? (
              <Group gap={4} component="span">
                {w.tags.map((tag) => (
                  <Badge key={tag} size="sm" variant="outline" color="gray" tt="none" component="span">
                    {tag}
                  </Badge>
                ))}
              </Group>
            ) : (
              t('webhooks.all')
            )}
          </dd>
          <dt>{t('webhooks.filterKinds')}</dt>
          <dd>{w.kinds.length ? w.kinds.map((k) => t(`kind.${k}`)).join('・') : t('webhooks.all')}</dd>
          {w.format === 'GENERIC' && (
            <>
              <dt>{t('webhooks.signature')}</dt>
              <dd>{t(w.hasSecret ? 'webhooks.signatureOn' : 'webhooks.signatureOff')}</dd>
            </>
          )}
          <dt>{t('webhooks.lastDelivery')}</dt>
          <dd>
            <LastDelivery d={w.lastDelivery} />
          </dd>
        </dl>

        <div aria-live="polite">
          {result && (
            <Alert
              color={result.ok ? 'teal' : 'red'}
              variant="light"
              icon={result.ok ? <IconCircleCheck aria-hidden="true" /> : <IconAlertTriangle aria-hidden="true" />}
              title={result.ok ? t('webhooks.testOk') : t('webhooks.testFailed')}
              withCloseButton
              closeButtonLabel={t('common.close')}
              onClose={() => setResult(null)}
            >
              <Text size="sm" className={classes.breakAll}>
                {result.ok
                  ? t('webhooks.testOkBody', { status: result.httpStatus ?? '—' })
                  : [result.httpStatus != null ? `HTTP ${result.httpStatus}` : null, result.error].filter(Boolean).join(' — ')}
              </Text>
            </Alert>
          )}
        </div>
      </Stack>
    </Paper>
  );
}

/**
 * 管理 / DX推進 › Webhook: where new posts are announced in the city's chat (Teams workflows,
 * Slack-compatible, or generic signed JSON). Lists each with its last delivery, creates and edits
 * them in a dialog, sends a test and shows what the receiver answered, deletes after asking.
 */
export function WebhooksAdmin() {
  const t = useT();
  const mobile = useMediaQuery('(max-width: 36em)');
  const { data, loading, error, refetch } = useQuery(WebhooksDocument, { fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<WebhookFieldsFragment | 'new' | null>(null);
  const [deleting, setDeleting] = useState<WebhookFieldsFragment | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [remove, { loading: removing }] = useMutation(DeleteWebhookDocument, { refetchQueries: [WebhooksDocument], awaitRefetchQueries: true });
  const webhooks = data?.webhooks ?? [];

  const onDelete = async () => {
    if (!deleting) return;
    setDeleteError(null);
    try {
      await remove({ variables: { id: deleting.id } });
      showNotice(t, { color: 'teal', message: t('webhooks.deleted', { name: deleting.name }) });
      setDeleting(null);
    } catch (e) {
      setDeleteError(errorMessage(e, t));
    }
  };

  const add = (
    <Button leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={() => setEditing('new')}>
      {t('webhooks.add')}
    </Button>
  );

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <div style={{ flex: '1 1 320px' }}>
          <Title order={2} size="h4">
            {t('webhooks.title')}
          </Title>
          <Text size="sm" c="dimmed" mt={4}>
            {t('webhooks.lead')}
          </Text>
        </div>
        {webhooks.length > 0 && add}
      </Group>

      {loading && !data ? (
        <Stack gap="sm" aria-busy="true" aria-label={t('common.loading')}>
          <Skeleton h={150} radius="md" />
          <Skeleton h={150} radius="md" />
        </Stack>
      ) : error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : webhooks.length === 0 ? (
        <EmptyState icon={<IconWebhook size={30} />} title={t('webhooks.empty')} description={t('webhooks.emptyHint')} action={add} />
      ) : (
        <Stack gap="sm" component="ul" className="plain-list" aria-label={t('webhooks.title')}>
          {webhooks.map((w) => (
            <li key={w.id}>
              <WebhookCard
                w={w}
                onEdit={() => setEditing(w)}
                onDelete={() => {
                  setDeleteError(null);
                  setDeleting(w);
                }}
              />
            </li>
          ))}
        </Stack>
      )}

      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        title={t(editing === 'new' ? 'webhooks.createTitle' : 'webhooks.editTitle')}
        size="xl"
        fullScreen={!!mobile}
      >
        {editing !== null && (
          <WebhookForm
            key={editing === 'new' ? 'new' : editing.id}
            webhook={editing === 'new' ? null : editing}
            onDone={() => setEditing(null)}
            onCancel={() => setEditing(null)}
          />
        )}
      </Modal>

      <ConfirmDialog
        opened={deleting !== null}
        title={t('webhooks.deleteTitle')}
        confirmLabel={t('webhooks.delete')}
        loading={removing}
        error={deleteError}
        onConfirm={() => void onDelete()}
        onClose={() => setDeleting(null)}
      >
        <Text size="sm">{t('webhooks.deleteBody', { name: deleting?.name ?? '' })}</Text>
      </ConfirmDialog>
    </Stack>
  );
}
