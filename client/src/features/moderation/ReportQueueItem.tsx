import { useMutation } from '@apollo/client/react';
import { Anchor, Badge, Blockquote, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { IconCircleCheck, IconEyeOff, IconFlag, IconUsers } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { ResolveReportDocument, type ReportAction, type ReportFieldsFragment, type ReportReason } from '../../gql/graphql';
import { useLocale, useT } from '../../i18n';
import { formatDateTime } from '../../lib/dates';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { FormError } from '../admin/FormError';
import { showNotice } from '../admin/notice';
import { growProps } from '../common/grow';
import { MOD_LIMITS, reportTargetPath, requiredText, tooLong } from './moderationModel';

export const REASON_COLOR: Record<ReportReason, string> = { PERSONAL_INFO: 'red', INAPPROPRIATE: 'orange', SPAM: 'grape', OTHER: 'gray' };

/** After a report is resolved: the lists, the counts and the post (its content may now be hidden). */
export const RESOLVE_REFETCH = { refetchQueries: ['Reports', 'ModerationCounts'], awaitRefetchQueries: true };

/**
 * One report in the queue: what was reported (excerpt, link), why, by whom, how many reports the
 * same content has; for an open report 非表示にする (a reason the author sees) and 問題なし (an
 * optional note), each confirmed in place.
 */
export function ReportQueueItem({ report }: { report: ReportFieldsFragment }) {
  const t = useT();
  const { locale } = useLocale();
  const id = useId();
  const [action, setAction] = useState<ReportAction | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);
  const [resolve, { loading }] = useMutation(ResolveReportDocument, RESOLVE_REFETCH);
  const path = reportTargetPath(report);
  const target = t(`mod.target.${report.targetType}`);
  const reason = t(`report.reason.${report.reason}`);
  const titleId = `${id}-title`;

  const choose = (next: ReportAction) => {
    setAction(next);
    setNote('');
    setError(null);
    setServerError(null);
  };

  const submit = async () => {
    if (!action) return;
    const invalid = action === 'HIDE' ? requiredText(note, MOD_LIMITS.reason, t('hide.v.reason'), t) : tooLong(note, MOD_LIMITS.reason, t);
    setError(invalid);
    if (invalid) return;
    setServerError(null);
    try {
      await resolve({ variables: { id: report.id, action, note: note.trim() || null } });
      showNotice(t, { color: 'teal', message: t(action === 'HIDE' ? 'reports.hidden' : 'reports.dismissed') });
      setAction(null);
    } catch (e) {
      const fields = fieldErrors(e);
      if (fields.note) setError(fields.note);
      else setServerError(errorMessage(e, t));
    }
  };

  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} radius="md" component="article" aria-labelledby={titleId} data-report-id={report.id}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Group gap={6} wrap="wrap">
            <Badge color={REASON_COLOR[report.reason]} variant="filled" leftSection={<IconFlag size={12} aria-hidden="true" />}>
              {reason}
            </Badge>
            <Badge color="gray" variant="light">
              {target}
            </Badge>
            {report.openReportsOnTarget > 1 && (
              <Badge color="red" variant="outline" leftSection={<IconUsers size={12} aria-hidden="true" />} style={{ textTransform: 'none' }}>
                {t('reports.sameTarget', { n: report.openReportsOnTarget })}
              </Badge>
            )}
            {report.targetHidden && (
              <Badge color="orange" variant="light" leftSection={<IconEyeOff size={12} aria-hidden="true" />}>
                {t('reports.targetHidden')}
              </Badge>
            )}
          </Group>
          <Text size="xs" c="dimmed">
            {t('reports.reportedAt', { date: formatDateTime(report.createdAt, locale) })}
          </Text>
        </Group>

        <Text id={titleId} className="visually-hidden">
          {t('reports.itemLabel', { target, reason })}
        </Text>
        <div>
          <Text size="xs" c="dimmed" fw={600} mb={4}>
            {t('reports.excerpt')}
          </Text>
          <Blockquote color="gray" p="xs" pl="sm" radius="sm" styles={{ root: { margin: 0 } }}>
            <Text size="sm" c="gray.9" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {report.targetExcerpt}
            </Text>
          </Blockquote>
        </div>
        {path && report.post ? (
          <Anchor component={Link} to={path} size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
            {t('reports.openPost', { title: report.post.title })}
          </Anchor>
        ) : (
          <Text size="sm" c="dimmed">
            {t('reports.openPostDeleted')}
          </Text>
        )}
        {report.note && (
          <div>
            <Text size="xs" c="dimmed" fw={600}>
              {t('reports.reporterNote')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {report.note}
            </Text>
          </div>
        )}
        <Text size="xs" c="gray.8">
          {report.reporter ? t('reports.reporter', { name: report.reporter.displayName }) : t('reports.reporterAnonymous')}
        </Text>

        {report.status === 'RESOLVED' ? (
          <Group gap="xs" wrap="wrap" pt={4} style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
            <Badge
              color={report.action === 'HIDE' ? 'orange' : 'teal'}
              variant="light"
              leftSection={report.action === 'HIDE' ? <IconEyeOff size={12} aria-hidden="true" /> : <IconCircleCheck size={12} aria-hidden="true" />}
            >
              {report.action ? t(`reports.action.${report.action}`) : t('reports.resolved')}
            </Badge>
            {report.resolvedAt && (
              <Text size="xs" c="dimmed">
                {t('reports.resolvedBy', { name: report.resolvedBy?.displayName ?? '—', date: formatDateTime(report.resolvedAt, locale) })}
              </Text>
            )}
            {report.resolutionNote && (
              <Text size="sm" w="100%" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {t('reports.resolutionNote', { note: report.resolutionNote })}
              </Text>
            )}
          </Group>
        ) : action ? (
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void submit();
            }}
          >
            <Stack gap="xs" pt={4} style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
              <FormError message={serverError} />
              <Textarea
                label={t(action === 'HIDE' ? 'reports.hideReason' : 'reports.dismissNote')}
                withAsterisk={action === 'HIDE'}
                description={t(action === 'HIDE' ? 'reports.hideReasonHelp' : 'reports.dismissNoteHelp', { max: MOD_LIMITS.reason })}
                placeholder={action === 'HIDE' ? t('hide.reasonPlaceholder') : undefined}
                value={note}
                onChange={(e) => setNote(e.currentTarget.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Escape') setAction(null);
                }}
                error={error}
                {...growProps(2)}
                autoFocus
              />
              <Group justify="flex-end" gap="xs">
                <Button variant="default" size="xs" onClick={() => setAction(null)}>
                  {t('form.cancel')}
                </Button>
                <Button
                  type="submit"
                  size="xs"
                  color={action === 'HIDE' ? 'red' : 'teal'}
                  loading={loading}
                  leftSection={action === 'HIDE' ? <IconEyeOff size={14} aria-hidden="true" /> : <IconCircleCheck size={14} aria-hidden="true" />}
                >
                  {t(action === 'HIDE' ? 'reports.confirmHide' : 'reports.confirmDismiss')}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : (
          <Stack gap={6} pt={4} style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
            {report.targetHidden && (
              <Text size="xs" c="gray.8">
                {t('reports.alreadyHidden')}
              </Text>
            )}
            <Group gap="xs" justify="flex-end" wrap="wrap">
              <Button
                size="xs"
                color="red"
                variant="light"
                leftSection={<IconEyeOff size={14} aria-hidden="true" />}
                onClick={() => choose('HIDE')}
                aria-describedby={titleId}
              >
                {t('reports.hide')}
              </Button>
              <Button
                size="xs"
                color="teal"
                variant="light"
                leftSection={<IconCircleCheck size={14} aria-hidden="true" />}
                onClick={() => choose('DISMISS')}
                aria-describedby={titleId}
              >
                {t('reports.dismiss')}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
