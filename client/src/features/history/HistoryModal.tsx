import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Group, Loader, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconUserQuestion } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import {
  AnswerRevisionsDocument,
  PostDetailDocument,
  PostRevisionsDocument,
  RollbackAnswerDocument,
  RollbackPostDocument,
  type AnswerRevisionFieldsFragment,
  type PostRevisionFieldsFragment,
} from '../../gql/graphql';
import { useLocale, useT } from '../../i18n';
import { formatDateTime } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';
import { useCan } from '../auth/permissions';
import { ErrorState } from '../common/States';
import { useIdeaThread } from '../post/ideaThread';
import { DiffLegend, DiffView, FullText } from './DiffView';

type Revision = PostRevisionFieldsFragment | AnswerRevisionFieldsFragment;

/** A version with the text of the current one: nothing to restore. */
const sameAsLatest = (r: Revision, latest: Revision | undefined) => !!latest && r.title === latest.title && r.body === latest.body;

/** Revisions read per history (the server's cap is 50). */
export const HISTORY_PAGE = 50;

export type HistoryTarget = { type: 'POST'; postId: string } | { type: 'ANSWER'; postId: string; answerId: string };

function RevisionEntry({
  revision,
  previous,
  latest,
  showTitle,
  onRollback,
  confirm,
}: {
  revision: Revision;
  previous: Revision | undefined;
  latest: boolean;
  showTitle: boolean;
  onRollback: ((r: Revision) => void) | null;
  /** the confirmation, shown in this version when it is the one being restored */
  confirm: ReactNode;
}) {
  const t = useT();
  const { locale } = useLocale();
  const headingId = `revision-${revision.id}`;
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <div>
            <Group gap={6} wrap="wrap">
              <Title order={3} size="h5" id={headingId}>
                {t('history.version', { n: revision.number })}
              </Title>
              {latest && (
                <Badge size="sm" color="banso" variant="light">
                  {t('history.latest')}
                </Badge>
              )}
              {revision.number === 1 && (
                <Badge size="sm" color="gray" variant="light">
                  {t('history.first')}
                </Badge>
              )}
              {revision.restoredFrom && (
                <Badge size="sm" color="orange" variant="light" leftSection={<IconArrowBackUp size={12} aria-hidden="true" />}>
                  {t('history.restoredFrom', { n: revision.restoredFrom })}
                </Badge>
              )}
            </Group>
            <Text size="sm" c="gray.8" mt={2}>
              <Group gap={4} component="span" wrap="nowrap" style={{ display: 'inline-flex' }}>
                {!revision.editor && <IconUserQuestion size={14} aria-hidden="true" />}
                <span>{revision.editor?.displayName ?? revision.editorLabel}</span>
              </Group>
              {' · '}
              <time dateTime={revision.editedAt}>{formatDateTime(revision.editedAt, locale)}</time>
            </Text>
          </div>
          {onRollback && !latest && (
            <Button size="compact-sm" variant="default" leftSection={<IconArrowBackUp size={14} aria-hidden="true" />} onClick={() => onRollback(revision)}>
              {t('history.rollback')}
            </Button>
          )}
        </Group>
        {confirm}
        {previous ? (
          <>
            {showTitle && (
              <DiffView before={previous.title ?? ''} after={revision.title ?? ''} label={t('history.titleField')} noChange={t('history.noTitleChange')} />
            )}
            <DiffView before={previous.body} after={revision.body} label={t('history.bodyField')} noChange={t('history.noChange')} />
          </>
        ) : (
          <>
            {showTitle && revision.title && <FullText text={revision.title} label={t('history.titleField')} />}
            <FullText text={revision.body} label={t('history.bodyField')} />
          </>
        )}
      </Stack>
    </Paper>
  );
}

/**
 * 編集履歴: every revision (newest first) with who edited and when (JST), and what changed from
 * the version before it. The DX office can restore a version (a new version is written).
 */
export function HistoryModal({ target, opened, onClose }: { target: HistoryTarget; opened: boolean; onClose: () => void }) {
  const t = useT();
  // An answer on an idea is a 「コメント」.
  const idea = useIdeaThread();
  const narrow = useMediaQuery('(max-width: 48em)');
  const canRollback = useCan('content.rollback');
  const [confirming, setConfirming] = useState<Revision | null>(null);
  const [rollbackError, setRollbackError] = useState<string | null>(null);
  const postQuery = useQuery(PostRevisionsDocument, {
    variables: { id: target.postId, first: HISTORY_PAGE },
    skip: !opened || target.type !== 'POST',
    fetchPolicy: 'cache-and-network',
  });
  const answerQuery = useQuery(AnswerRevisionsDocument, {
    variables: { postId: target.postId, first: HISTORY_PAGE },
    skip: !opened || target.type !== 'ANSWER',
    fetchPolicy: 'cache-and-network',
  });
  const refetchQueries = [
    { query: PostDetailDocument, variables: { id: target.postId } },
    target.type === 'POST'
      ? { query: PostRevisionsDocument, variables: { id: target.postId, first: HISTORY_PAGE } }
      : { query: AnswerRevisionsDocument, variables: { postId: target.postId, first: HISTORY_PAGE } },
  ];
  const [rollbackPost, { loading: rollingPost }] = useMutation(RollbackPostDocument, { refetchQueries, awaitRefetchQueries: true });
  const [rollbackAnswer, { loading: rollingAnswer }] = useMutation(RollbackAnswerDocument, { refetchQueries, awaitRefetchQueries: true });

  const query = target.type === 'POST' ? postQuery : answerQuery;
  const revisions: readonly Revision[] =
    target.type === 'POST' ? (postQuery.data?.post?.revisions ?? []) : (answerQuery.data?.post?.answers.find((a) => a.id === target.answerId)?.revisions ?? []);
  const total =
    target.type === 'POST'
      ? (postQuery.data?.post?.revisionCount ?? 0)
      : (answerQuery.data?.post?.answers.find((a) => a.id === target.answerId)?.revisionCount ?? 0);
  const loaded = target.type === 'POST' ? !!postQuery.data : !!answerQuery.data;

  const rollback = async (r: Revision) => {
    setRollbackError(null);
    try {
      if (target.type === 'POST') await rollbackPost({ variables: { postId: target.postId, revisionId: r.id } });
      else await rollbackAnswer({ variables: { answerId: target.answerId, revisionId: r.id } });
      setConfirming(null);
      notifications.show({ color: 'teal', message: t('history.rolledBack', { n: r.number }) });
    } catch (e) {
      setRollbackError(errorMessage(e, t));
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t(target.type === 'POST' ? 'history.title' : idea ? 'history.titleComment' : 'history.titleAnswer')}
      size="xl"
      fullScreen={!!narrow}
      closeButtonProps={{ 'aria-label': t('history.close') }}
    >
      <Stack gap="md">
        {!loaded && query.loading && (
          <Group justify="center" p="lg" role="status" aria-label={t('history.loading')}>
            <Loader size="sm" />
          </Group>
        )}
        {query.error && !loaded && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
        {loaded && revisions.length === 0 && <Text c="dimmed">{t('history.empty')}</Text>}
        {revisions.length > 0 && <DiffLegend />}
        <Stack gap="md" component="ol" className="plain-list" aria-label={t('history.title')}>
          {revisions.map((r, i) => (
            <li key={r.id}>
              <RevisionEntry
                revision={r}
                previous={revisions[i + 1]}
                latest={i === 0}
                showTitle={target.type === 'POST'}
                onRollback={canRollback && !sameAsLatest(r, revisions[0]) ? (rev) => (setConfirming(rev), setRollbackError(null)) : null}
                confirm={
                  confirming?.id === r.id && (
                    <Alert color="orange" variant="light" title={t('history.rollbackTitle', { n: confirming.number })}>
                      <Stack gap="sm">
                        <Text size="sm">{t('history.rollbackBody', { n: confirming.number })}</Text>
                        {rollbackError && (
                          <Text size="sm" c="red.9" role="alert">
                            {rollbackError}
                          </Text>
                        )}
                        <Group gap="xs" justify="flex-end">
                          <Button size="xs" variant="default" onClick={() => (setConfirming(null), setRollbackError(null))}>
                            {t('form.cancel')}
                          </Button>
                          <Button size="xs" color="orange" loading={rollingPost || rollingAnswer} onClick={() => void rollback(confirming)}>
                            {t('history.rollbackConfirm')}
                          </Button>
                        </Group>
                      </Stack>
                    </Alert>
                  )
                }
              />
            </li>
          ))}
        </Stack>
        {total > revisions.length && (
          <Text size="sm" c="dimmed">
            {t('history.older', { n: revisions.length })}
          </Text>
        )}
      </Stack>
    </Modal>
  );
}
