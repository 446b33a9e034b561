import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconFileText, IconPencil, IconTrash } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { DiscardDraftDocument, DraftsDocument, type DraftFieldsFragment } from '../../gql/graphql';
import { useT, type MessageKey } from '../../i18n';
import { errorMessage } from '../../lib/errors';
import { showNotice } from '../admin/notice';
import { EmptyState, ErrorState, PageLoader } from '../common/States';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { formatClock } from './DraftStatus';

const KIND_LABEL: Record<DraftFieldsFragment['kind'], MessageKey> = {
  QUESTION: 'kind.QUESTION',
  CASE: 'kind.CASE',
  IDEA: 'kind.IDEA',
  ANSWER: 'drafts.kind.ANSWER',
};
const KIND_PATH = { QUESTION: 'question', CASE: 'case', IDEA: 'idea' } as const;

/** Where a draft is opened: the new-post form of its kind, or the question's answer form. */
export function draftPath(d: DraftFieldsFragment): string {
  if (d.kind === 'ANSWER') return `/posts/${d.postId}?draft=${d.id}#answer-form`;
  return `/new/${KIND_PATH[d.kind]}?draft=${d.id}`;
}

function savedLabel(iso: string): string {
  const day = new Intl.DateTimeFormat('ja-JP', { month: 'numeric', day: 'numeric', timeZone: 'Asia/Tokyo' }).format(new Date(iso));
  return `${day} ${formatClock(iso)}`;
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 120 ? `${flat.slice(0, 120)}…` : flat;
}

/** /drafts: the viewer's own drafts, newest first, with 開く and 削除. */
export function DraftsPage() {
  const t = useT();
  useDocumentTitle(t('drafts.title'));
  const { data, loading, error, refetch } = useQuery(DraftsDocument, { fetchPolicy: 'cache-and-network' });
  const [discard] = useMutation(DiscardDraftDocument, {
    update(cache, _result, { variables }) {
      cache.modify({
        fields: {
          drafts: (existing: readonly { __ref: string }[], { readField }) => existing.filter((ref) => readField('id', ref) !== variables?.id),
        },
      });
    },
  });
  if (loading && !data) return <PageLoader />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const drafts = data?.drafts ?? [];

  const remove = async (id: string) => {
    try {
      await discard({ variables: { id } });
      showNotice(t, { color: 'teal', message: t('drafts.discarded') });
    } catch (e) {
      showNotice(t, { color: 'red', message: errorMessage(e, t) });
    }
  };

  return (
    <Stack gap="md" maw={860} mx="auto">
      <div>
        <Title order={1} size="h2">
          {t('drafts.title')}
        </Title>
        <Text c="dimmed" mt={4}>
          {t('drafts.lead')}
        </Text>
      </div>
      {drafts.length === 0 ? (
        <EmptyState title={t('drafts.empty')} description={t('drafts.emptyHint')} icon={<IconFileText size={30} />} />
      ) : (
        <Stack component="ul" className="plain-list" gap="sm" aria-label={t('drafts.title')}>
          {drafts.map((d) => {
            const title = d.kind === 'ANSWER' ? (d.postTitle ?? t('drafts.answerToDeleted')) : d.title.trim() || t('drafts.untitled');
            const text = excerpt(d.body || d.caseDetails?.problem || '');
            return (
              <Paper component="li" key={d.id} withBorder p="md" data-testid="draft-item">
                <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
                  <Stack gap={4} style={{ flex: '1 1 320px', minWidth: 0 }}>
                    <Group gap="xs" wrap="nowrap">
                      <Badge variant="light" color={d.kind === 'ANSWER' ? 'gray' : 'banso'} style={{ flexShrink: 0 }}>
                        {t(KIND_LABEL[d.kind])}
                      </Badge>
                      <Anchor component={Link} to={draftPath(d)} fw={700} c="dark" style={{ overflowWrap: 'anywhere' }}>
                        {title}
                      </Anchor>
                    </Group>
                    {text && (
                      <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                        {text}
                      </Text>
                    )}
                    <Text size="xs" c="dimmed">
                      {t('drafts.updatedAt', { time: savedLabel(d.updatedAt) })}
                    </Text>
                  </Stack>
                  <Group gap="xs" wrap="nowrap">
                    <Button component={Link} to={draftPath(d)} size="xs" variant="light" leftSection={<IconPencil size={14} aria-hidden="true" />}>
                      {t('drafts.open')}
                    </Button>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      leftSection={<IconTrash size={14} aria-hidden="true" />}
                      onClick={() => void remove(d.id)}
                      aria-label={`${t('drafts.discard')}: ${title}`}
                    >
                      {t('drafts.discard')}
                    </Button>
                  </Group>
                </Group>
              </Paper>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}
