import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Loader, Modal, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconCircleCheck, IconLock, IconLockOpen } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { ClosePostDocument, DuplicateOriginalDocument, ReopenPostDocument, type PostCloseReason, type PostModerationFieldsFragment } from '../../gql/graphql';
import { useT } from '../../i18n';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { ConfirmDialog } from '../admin/ConfirmDialog';
import { FormError } from '../admin/FormError';
import { showNotice } from '../admin/notice';
import { useCan } from '../auth/permissions';
import { growProps } from '../common/grow';
import { MOD_LIMITS, parsePostRef, tooLong } from './moderationModel';

export const CLOSE_REASONS: readonly PostCloseReason[] = ['DUPLICATE', 'OFF_TOPIC', 'RESOLVED_ELSEWHERE'];
const LOOKUP_DEBOUNCE_MS = 300;

interface CloseErrors {
  reason?: string;
  original?: string;
  note?: string;
}

/** Close a question: 重複 (the original by number or URL) / 対象外 / 解決済み（他で）, an optional note. */
export function ClosePostDialog({ postId, opened, onClose }: { postId: string; opened: boolean; onClose: () => void }) {
  const t = useT();
  const [reason, setReason] = useState<PostCloseReason | null>(null);
  const [original, setOriginal] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<CloseErrors>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [close, { loading }] = useMutation(ClosePostDocument);
  const originalId = parsePostRef(original);
  const [lookupId] = useDebouncedValue(originalId, LOOKUP_DEBOUNCE_MS);
  const lookup = useQuery(DuplicateOriginalDocument, {
    variables: { id: lookupId ?? '' },
    skip: reason !== 'DUPLICATE' || !lookupId || lookupId === postId,
    fetchPolicy: 'cache-first',
    errorPolicy: 'all',
  });

  useEffect(() => {
    if (!opened) return;
    setReason(null);
    setOriginal('');
    setNote('');
    setErrors({});
    setServerError(null);
  }, [opened]);

  const found = lookup.data?.post && lookup.data.post.id === lookupId ? lookup.data.post : null;
  const checking = reason === 'DUPLICATE' && !!originalId && originalId !== postId && (originalId !== lookupId || lookup.loading);
  const notFound =
    reason === 'DUPLICATE' && !!lookupId && originalId === lookupId && lookupId !== postId && !lookup.loading && !found && !!(lookup.data || lookup.error);

  const validate = (): CloseErrors => {
    const e: CloseErrors = {};
    if (!reason) e.reason = t('close.v.reason');
    if (reason === 'DUPLICATE') {
      if (!original.trim()) e.original = t('close.v.original');
      else if (!originalId) e.original = t('close.v.originalInvalid');
      else if (originalId === postId) e.original = t('close.originalSelf');
      else if (notFound) e.original = t('close.originalNotFound');
    }
    const long = tooLong(note, MOD_LIMITS.reason, t);
    if (long) e.note = long;
    return e;
  };

  const submit = async () => {
    const invalid = validate();
    setErrors(invalid);
    if (Object.keys(invalid).length > 0 || !reason) return;
    setServerError(null);
    try {
      await close({
        variables: { input: { postId, reason, duplicateOfId: reason === 'DUPLICATE' ? originalId : null, note: note.trim() || null } },
      });
      showNotice(t, { color: 'teal', message: t('close.done') });
      onClose();
    } catch (e) {
      const fields = fieldErrors(e);
      if (fields.duplicateOfId) setErrors({ original: fields.duplicateOfId });
      else if (fields.note) setErrors({ note: fields.note });
      else setServerError(errorMessage(e, t));
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} closeButtonProps={{ 'aria-label': t('common.close') }} title={t('close.title')} size="lg">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <Text size="sm" c="gray.8">
            {t('close.lead')}
          </Text>
          <FormError message={serverError} />
          <Radio.Group
            label={t('close.reason')}
            withAsterisk
            value={reason}
            onChange={(v) => {
              setReason(v as PostCloseReason);
              setErrors((prev) => ({ ...prev, reason: undefined, original: undefined }));
            }}
            error={errors.reason}
          >
            <Stack gap="sm" mt="xs">
              {CLOSE_REASONS.map((r, i) => (
                <Radio key={r} value={r} label={t(`close.reason.${r}`)} description={t(`close.reasonHint.${r}`)} data-autofocus={i === 0 ? true : undefined} />
              ))}
            </Stack>
          </Radio.Group>
          {reason === 'DUPLICATE' && (
            <Stack gap={4}>
              <TextInput
                label={t('close.original')}
                withAsterisk
                description={t('close.originalHelp')}
                placeholder={t('close.originalPlaceholder')}
                value={original}
                onChange={(e) => {
                  setOriginal(e.currentTarget.value);
                  setErrors((prev) => ({ ...prev, original: undefined }));
                }}
                error={errors.original}
                rightSection={checking ? <Loader size={16} aria-hidden="true" /> : undefined}
              />
              <div aria-live="polite">
                {checking && (
                  <Text size="sm" c="dimmed">
                    {t('close.originalChecking')}
                  </Text>
                )}
                {!checking && found && (
                  <Group gap={6} wrap="nowrap" c="teal.9">
                    <IconCircleCheck size={16} aria-hidden="true" style={{ flexShrink: 0 }} />
                    <Text size="sm" fw={600} c="teal.9">
                      {t('close.originalFound', { title: found.title })}
                    </Text>
                  </Group>
                )}
                {!checking && !errors.original && originalId === postId && (
                  <Text size="sm" c="red.8">
                    {t('close.originalSelf')}
                  </Text>
                )}
                {!checking && !errors.original && notFound && (
                  <Text size="sm" c="red.8">
                    {t('close.originalNotFound')}
                  </Text>
                )}
              </div>
            </Stack>
          )}
          <Textarea
            label={t('close.note')}
            description={t('close.noteHelp', { max: MOD_LIMITS.reason })}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={errors.note}
            {...growProps(2)}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" color="gray.8" loading={loading} leftSection={<IconLock size={16} aria-hidden="true" />}>
              {t('close.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** 再開する, after a confirmation. */
export function ReopenPostDialog({ postId, opened, onClose }: { postId: string; opened: boolean; onClose: () => void }) {
  const t = useT();
  const [reopen, { loading }] = useMutation(ReopenPostDocument);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (opened) setError(null);
  }, [opened]);
  return (
    <ConfirmDialog
      opened={opened}
      onClose={onClose}
      title={t('reopen.title')}
      confirmLabel={t('mod.reopen')}
      color="banso"
      loading={loading}
      error={error}
      onConfirm={() => {
        void reopen({ variables: { postId } })
          .then(() => {
            showNotice(t, { color: 'teal', message: t('reopen.done') });
            onClose();
          })
          .catch((e: unknown) => setError(errorMessage(e, t)));
      }}
    >
      <Text size="sm">{t('reopen.lead')}</Text>
    </ConfirmDialog>
  );
}

type ClosedPost = Pick<PostModerationFieldsFragment, 'id' | 'status' | 'closedReason' | 'duplicateOfId'>;

/** The original question of a duplicate, as a link (its title when it can be read). */
function OriginalLink({ id }: { id: string }) {
  const t = useT();
  const { data } = useQuery(DuplicateOriginalDocument, { variables: { id }, fetchPolicy: 'cache-first', errorPolicy: 'ignore' });
  return (
    <Anchor component={Link} to={`/posts/${id}`} fw={700} size="sm">
      {data?.post?.title ?? t('closed.originalFallback', { id })}
    </Anchor>
  );
}

/** Readers of a closed question: why, and for a duplicate the link to the original. Moderators reopen it here. */
export function ClosedNotice({ post }: { post: ClosedPost }) {
  const t = useT();
  const canModerate = useCan('moderation.resolve');
  const [reopening, setReopening] = useState(false);
  if (post.status !== 'CLOSED') return null;
  const reason = post.closedReason;
  return (
    <Alert
      color="gray"
      variant="light"
      icon={<IconLock size={18} aria-hidden="true" />}
      title={reason ? t('closed.title', { reason: t(`close.reason.${reason}`) }) : t('closed.titleNoReason')}
      p="sm"
      data-closed-notice
    >
      <Stack gap={6}>
        <Text size="sm">{reason ? t(`closed.body.${reason}`) : t('closed.bodyNoReason')}</Text>
        {reason === 'DUPLICATE' && post.duplicateOfId && (
          <Text size="sm">
            {t('closed.original')} <OriginalLink id={post.duplicateOfId} />
          </Text>
        )}
        {canModerate && (
          <Group>
            <Button
              size="compact-xs"
              variant="white"
              color="gray.8"
              leftSection={<IconLockOpen size={14} aria-hidden="true" />}
              onClick={() => setReopening(true)}
            >
              {t('mod.reopen')}
            </Button>
          </Group>
        )}
      </Stack>
      {canModerate && <ReopenPostDialog postId={post.id} opened={reopening} onClose={() => setReopening(false)} />}
    </Alert>
  );
}
