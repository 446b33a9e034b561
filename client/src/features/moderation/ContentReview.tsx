import { useMutation } from '@apollo/client/react';
import { Alert, Badge, Button, Group, Modal, Paper, Stack, Text, Textarea, ThemeIcon } from '@mantine/core';
import { IconClockCheck, IconClockExclamation, IconHistory, IconTag } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { MarkReviewedDocument, type PostModerationFieldsFragment } from '../../gql/graphql';
import { useLocale, useT } from '../../i18n';
import { formatDate } from '../../lib/dates';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { FormError } from '../admin/FormError';
import { showNotice } from '../admin/notice';
import { useCan } from '../auth/permissions';
import { growProps } from '../common/grow';
import { MOD_LIMITS, requiredText } from './moderationModel';

type ReviewPost = Pick<PostModerationFieldsFragment, 'id' | 'outdated' | 'reviewNote' | 'reviewedAt' | 'reviewDue' | 'viewerIsAuthor'>;

/** The queue and the review counts follow a review. */
const REVIEW_REFETCH = { refetchQueries: ['ReviewCount'] };

/** 古い情報にする: the note is required (readers see it). */
export function OutdatedDialog({ postId, opened, onClose }: { postId: string; opened: boolean; onClose: () => void }) {
  const t = useT();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);
  const [markReviewed, { loading }] = useMutation(MarkReviewedDocument, REVIEW_REFETCH);
  useEffect(() => {
    if (!opened) return;
    setNote('');
    setError(null);
    setServerError(null);
  }, [opened]);

  const submit = async () => {
    const invalid = requiredText(note, MOD_LIMITS.reviewNote, t('review.v.note'), t);
    setError(invalid);
    if (invalid) return;
    setServerError(null);
    try {
      await markReviewed({ variables: { postId, outdated: true, note: note.trim() } });
      showNotice(t, { color: 'orange', message: t('review.outdatedDone') });
      onClose();
    } catch (e) {
      const fields = fieldErrors(e);
      if (fields.note) setError(fields.note);
      else setServerError(errorMessage(e, t));
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} closeButtonProps={{ 'aria-label': t('common.close') }} title={t('review.outdatedModalTitle')} size="lg">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <Text size="sm" c="gray.8">
            {t('review.outdatedModalLead')}
          </Text>
          <FormError message={serverError} />
          <Textarea
            label={t('review.note')}
            withAsterisk
            description={t('review.noteHelp', { max: MOD_LIMITS.reviewNote })}
            placeholder={t('review.notePlaceholder')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={error}
            {...growProps(3)}
            data-autofocus
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" color="orange" loading={loading} leftSection={<IconClockExclamation size={16} aria-hidden="true" />}>
              {t('review.markOutdatedLong')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * 確認済み (one click) and 古い情報 (a note in a dialog), for the DX office's queue and the
 * post’s author.
 */
export function ReviewActions({
  postId,
  label,
  size = 'xs',
  confirmLabel,
  showOutdated = true,
}: {
  postId: string;
  /** names the post for screen readers when several are listed */
  label?: string;
  size?: 'xs' | 'sm';
  confirmLabel?: string;
  showOutdated?: boolean;
}) {
  const t = useT();
  const [outdatedOpen, setOutdatedOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [markReviewed, { loading }] = useMutation(MarkReviewedDocument, REVIEW_REFETCH);
  const confirm = async () => {
    setError(null);
    try {
      await markReviewed({ variables: { postId, outdated: false, note: null } });
      showNotice(t, { color: 'teal', message: t('review.confirmed') });
    } catch (e) {
      setError(errorMessage(e, t));
    }
  };
  return (
    <Stack gap={6}>
      <Group gap="xs" wrap="wrap">
        <Button
          size={size}
          color="teal"
          variant="light"
          loading={loading}
          leftSection={<IconClockCheck size={16} aria-hidden="true" />}
          onClick={() => void confirm()}
          aria-label={label ? `${confirmLabel ?? t('review.confirm')}：${label}` : undefined}
        >
          {confirmLabel ?? t('review.confirm')}
        </Button>
        {showOutdated && (
          <Button
            size={size}
            color="orange"
            variant="default"
            c="orange.9"
            leftSection={<IconClockExclamation size={16} aria-hidden="true" />}
            onClick={() => setOutdatedOpen(true)}
            aria-label={label ? `${t('review.markOutdated')}：${label}` : undefined}
          >
            {t('review.markOutdated')}
          </Button>
        )}
      </Group>
      {error && (
        <Text size="sm" c="red.8" role="alert">
          {error}
        </Text>
      )}
      {showOutdated && <OutdatedDialog postId={postId} opened={outdatedOpen} onClose={() => setOutdatedOpen(false)} />}
    </Stack>
  );
}

/** Why a post is due for review: aged since …, and the tags whose content changed. */
export function ReviewDueReasons({ due, months }: { due: NonNullable<ReviewPost['reviewDue']>; months?: number | null }) {
  const t = useT();
  const { locale } = useLocale();
  const date = formatDate(due.since, locale);
  return (
    <Group gap={6} wrap="wrap" component="ul" className="plain-list" aria-label={t('reviewQueue.why')}>
      {due.aged && (
        <li style={{ maxWidth: '100%' }}>
          <Badge color="orange" variant="light" leftSection={<IconHistory size={12} aria-hidden="true" />} maw="100%" style={{ textTransform: 'none' }}>
            {months ? t('review.agedMonths', { months, date }) : t('review.aged', { date })}
          </Badge>
        </li>
      )}
      {due.changedTags.length > 0 && (
        <li style={{ maxWidth: '100%' }}>
          <Badge color="grape" variant="light" leftSection={<IconTag size={12} aria-hidden="true" />} maw="100%" style={{ textTransform: 'none' }}>
            {t('review.changedTags', { tags: due.changedTags.join('、') })}
          </Badge>
        </li>
      )}
    </Group>
  );
}

/** Readers of an outdated post: 「古い情報の可能性があります」 with the note; its author and the DX office can confirm it again. */
export function OutdatedNotice({ post }: { post: ReviewPost }) {
  const t = useT();
  const { locale } = useLocale();
  const canCurate = useCan('practices.curate');
  if (!post.outdated) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconClockExclamation size={18} aria-hidden="true" />}
      title={t('review.outdatedTitle')}
      p="sm"
      data-outdated-notice
    >
      <Stack gap={6}>
        {post.reviewNote && (
          <Text size="sm" c="gray.9" style={{ whiteSpace: 'pre-wrap' }}>
            {post.reviewNote}
          </Text>
        )}
        {post.reviewedAt && (
          <Text size="xs" c="gray.8">
            {t('review.outdatedBy', { date: formatDate(post.reviewedAt, locale) })}
          </Text>
        )}
        {(post.viewerIsAuthor || canCurate) && <ReviewActions postId={post.id} confirmLabel={t('review.markConfirmedAgain')} showOutdated={false} />}
      </Stack>
    </Alert>
  );
}

/** The author (gently) and the DX office on a post due for review: why, and 確認済み / 古い情報. */
export function ReviewDueHint({ post }: { post: ReviewPost }) {
  const t = useT();
  const canCurate = useCan('practices.curate');
  if (!post.reviewDue || post.outdated || !(post.viewerIsAuthor || canCurate)) return null;
  return (
    <Paper
      p="sm"
      radius="md"
      bg="yellow.0"
      style={{ border: '1px solid var(--mantine-color-yellow-4)' }}
      component="section"
      aria-labelledby="review-due-title"
    >
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ThemeIcon color="yellow.8" variant="light" radius="xl" size={34} aria-hidden="true">
          <IconHistory size={20} />
        </ThemeIcon>
        <Stack gap={6} style={{ minWidth: 0 }}>
          <Text fw={700} size="sm" id="review-due-title" c="gray.9">
            {t(post.viewerIsAuthor ? 'review.dueTitleAuthor' : 'review.dueTitle')}
          </Text>
          <ReviewDueReasons due={post.reviewDue} />
          <Text size="sm" c="gray.8">
            {t(post.viewerIsAuthor ? 'review.dueLeadAuthor' : 'review.dueLead')}
          </Text>
          <ReviewActions postId={post.id} />
        </Stack>
      </Group>
    </Paper>
  );
}
