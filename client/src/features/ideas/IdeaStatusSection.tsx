import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, NativeSelect, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAdjustments } from '@tabler/icons-react';
import { useState } from 'react';
import { SetIdeaStatusDocument, type IdeaStatus, type PostIdeaFieldsFragment } from '../../gql/graphql';
import { useLocale, useT } from '../../i18n';
import { formatDate, formatDateTime } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';
import { growProps } from '../common/grow';
import { IDEA_NOTE_MAX, IDEA_STATUSES } from './ideaStatus';
import { IdeaStatusBadge } from './IdeaStatusBadge';

function SetStatusModal({ post, opened, onClose }: { post: PostIdeaFieldsFragment; opened: boolean; onClose: () => void }) {
  const t = useT();
  const [status, setStatus] = useState<IdeaStatus>(post.ideaStatus ?? 'PROPOSED');
  const [note, setNote] = useState(post.ideaStatusNote ?? '');
  const [error, setError] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SetIdeaStatusDocument);
  const tooLong = note.trim().length > IDEA_NOTE_MAX;

  const submit = async () => {
    if (tooLong) return;
    setError(null);
    try {
      await save({ variables: { postId: post.id, status, note: note.trim() || null } });
      notifications.show({ color: 'teal', message: t('idea.saved', { status: t(`idea.status.${status}`) }) });
      onClose();
    } catch (e) {
      setError(errorMessage(e, t));
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('idea.setTitle')} centered>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        noValidate
      >
        <Stack gap="md">
          {error && (
            <Alert color="red" variant="light" role="alert">
              {error}
            </Alert>
          )}
          <NativeSelect
            label={t('idea.statusField')}
            data={IDEA_STATUSES.map((s) => ({ value: s, label: t(`idea.status.${s}`) }))}
            value={status}
            onChange={(e) => setStatus(e.currentTarget.value as IdeaStatus)}
            data-testid="idea-status-select"
          />
          <Textarea
            label={t('idea.note')}
            description={t('idea.noteHelp', { max: IDEA_NOTE_MAX })}
            placeholder={t('idea.notePlaceholder')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            {...growProps(3, 8)}
            error={tooLong ? t('idea.noteTooLong', { max: IDEA_NOTE_MAX }) : null}
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={loading} disabled={tooLong}>
              {t('idea.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** An idea's status on its page: the status, the note and when it changed; the control for who may set it; the history. */
export function IdeaStatusSection({ post }: { post: PostIdeaFieldsFragment }) {
  const t = useT();
  const { locale } = useLocale();
  const [opened, modal] = useDisclosure(false);
  if (post.kind !== 'IDEA' || !post.ideaStatus) return null;
  const past = post.ideaStatusChanges.slice(1);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="idea-status-title" bg="gray.0">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Group gap="sm" wrap="wrap">
            <Title order={2} size="h5" id="idea-status-title">
              {t('idea.section')}
            </Title>
            <IdeaStatusBadge status={post.ideaStatus} />
            {post.ideaStatusChangedAt && (
              <Text size="xs" c="dimmed">
                <time dateTime={post.ideaStatusChangedAt}>{t('idea.changedAt', { date: formatDate(post.ideaStatusChangedAt, locale) })}</time>
              </Text>
            )}
          </Group>
          {post.viewerCanSetIdeaStatus && (
            <Button size="xs" variant="default" leftSection={<IconAdjustments size={16} aria-hidden="true" />} onClick={modal.open}>
              {t('idea.set')}
            </Button>
          )}
        </Group>
        {post.ideaStatusNote && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            <Text span fw={600} size="sm">
              {t('idea.noteBy')}：
            </Text>
            {post.ideaStatusNote}
          </Text>
        )}
        {past.length > 0 && (
          <details>
            <summary>
              <Text span size="xs" c="gray.8">
                {t('idea.history')}（{post.ideaStatusChanges.length}）
              </Text>
            </summary>
            <Stack gap={4} component="ol" className="plain-list" mt={6}>
              {post.ideaStatusChanges.map((c) => (
                <li key={c.id}>
                  <Text size="xs" c="gray.8">
                    <time dateTime={c.changedAt}>{formatDateTime(c.changedAt, locale)}</time>
                    {' · '}
                    {t(`idea.status.${c.previousStatus}`)} → {t(`idea.status.${c.status}`)}
                    {c.changedBy ? `（${c.changedBy.displayName}）` : ''}
                    {c.note ? `：${c.note}` : ''}
                  </Text>
                </li>
              ))}
            </Stack>
          </details>
        )}
      </Stack>
      {opened && <SetStatusModal post={post} opened={opened} onClose={modal.close} />}
    </Paper>
  );
}
