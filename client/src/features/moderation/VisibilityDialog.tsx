import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { IconEye, IconEyeOff } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { HideContentDocument, PostDetailDocument, RestoreContentDocument } from '../../gql/graphql';
import { useT } from '../../i18n';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { FormError } from '../admin/FormError';
import { showNotice } from '../admin/notice';
import { growProps } from '../common/grow';
import { labelTargetType, useIdeaThread } from '../post/ideaThread';
import { MOD_LIMITS, requiredText, tooLong, type TargetType } from './moderationModel';

/** The post page and the DX office's counts after hiding or restoring something. */
export function moderationRefetch(postId: string | null) {
  return {
    refetchQueries: [...(postId ? [{ query: PostDetailDocument, variables: { id: postId } }] : []), 'ModerationCounts', 'Reports'],
    awaitRefetchQueries: true,
  };
}

/**
 * 非表示にする (a reason is required; the author sees it) or 再表示する (an optional reason for
 * the audit log), for a post, an answer or a comment. Moderators only (moderation.resolve).
 */
export function VisibilityDialog({
  mode,
  opened,
  onClose,
  targetType,
  targetId,
  postId,
}: {
  mode: 'hide' | 'restore';
  opened: boolean;
  onClose: () => void;
  targetType: TargetType;
  targetId: string;
  /** the post page to refresh */
  postId: string | null;
}) {
  const t = useT();
  const label = labelTargetType(targetType, useIdeaThread());
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);
  const [hide, { loading: hiding }] = useMutation(HideContentDocument, moderationRefetch(postId));
  const [restore, { loading: restoring }] = useMutation(RestoreContentDocument, moderationRefetch(postId));

  useEffect(() => {
    if (!opened) return;
    setReason('');
    setError(null);
    setServerError(null);
  }, [opened]);

  const submit = async () => {
    const invalid = mode === 'hide' ? requiredText(reason, MOD_LIMITS.reason, t('hide.v.reason'), t) : tooLong(reason, MOD_LIMITS.reason, t);
    setError(invalid);
    if (invalid) return;
    setServerError(null);
    const input = { targetType, targetId, reason: reason.trim() || null };
    try {
      if (mode === 'hide') await hide({ variables: { input } });
      else await restore({ variables: { input } });
      showNotice(t, { color: 'teal', message: t(mode === 'hide' ? 'hide.done' : 'restore.done') });
      onClose();
    } catch (e) {
      const fields = fieldErrors(e);
      if (fields.reason) setError(fields.reason);
      else setServerError(errorMessage(e, t));
    }
  };

  const isHide = mode === 'hide';
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={t(isHide ? `hide.title.${label}` : `restore.title.${label}`)}
      size="lg"
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <Text size="sm" c="gray.8">
            {t(isHide ? 'hide.lead' : 'restore.lead')}
          </Text>
          <FormError message={serverError} />
          <Textarea
            label={t(isHide ? 'hide.reason' : 'restore.reason')}
            withAsterisk={isHide}
            description={isHide ? t('hide.reasonHelp', { max: MOD_LIMITS.reason }) : undefined}
            placeholder={t(isHide ? 'hide.reasonPlaceholder' : 'restore.reasonPlaceholder')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={error}
            {...growProps(3, 8)}
            data-autofocus
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button
              type="submit"
              color={isHide ? 'red' : 'banso'}
              loading={hiding || restoring}
              leftSection={isHide ? <IconEyeOff size={16} aria-hidden="true" /> : <IconEye size={16} aria-hidden="true" />}
            >
              {t(isHide ? 'mod.hide' : 'mod.restore')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
