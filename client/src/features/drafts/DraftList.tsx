import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconFileText, IconPencil, IconTrash } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { DiscardDraftDocument, DraftsDocument, type DraftFieldsFragment } from '../../gql/graphql';
import { useT, type MessageKey, type TFunction } from '../../i18n';
import { errorMessage } from '../../lib/errors';
import { showNotice } from '../admin/notice';
import { EmptyState, ErrorState, PageLoader } from '../common/States';
import { formatClock } from './DraftStatus';

const KIND_PATH = { QUESTION: 'question', CASE: 'case', IDEA: 'idea' } as const;

/** Where a draft is opened: the new-post form of its kind, or the post's answer form. */
export function draftPath(d: DraftFieldsFragment): string {
  if (d.kind === 'ANSWER') return `/posts/${d.postId}?draft=${d.id}#answer-form`;
  return `/new/${KIND_PATH[d.kind]}?draft=${d.id}`;
}

/** The kind badge: a reply to an idea is a 「コメント」, not a 「回答」. */
function kindLabel(d: DraftFieldsFragment): MessageKey {
  if (d.kind === 'ANSWER') return d.postKind === 'IDEA' ? 'idea.draftKind' : 'drafts.kind.ANSWER';
  return `kind.${d.kind}`;
}

function savedLabel(iso: string): string {
  const day = new Intl.DateTimeFormat('ja-JP', { month: 'numeric', day: 'numeric', timeZone: 'Asia/Tokyo' }).format(new Date(iso));
  return `${day} ${formatClock(iso)}`;
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 120 ? `${flat.slice(0, 120)}…` : flat;
}

/** What a draft is called in the list and the text under it: its title, or (untitled) its first line. */
export function draftHeadline(d: DraftFieldsFragment, t: TFunction): { title: string; text: string } {
  const body = d.body || d.caseDetails?.problem || '';
  if (d.kind === 'ANSWER') {
    const gone = d.postKind === 'IDEA' ? t('idea.draftToDeleted') : t('drafts.answerToDeleted');
    return { title: d.postTitle ?? gone, text: excerpt(body) };
  }
  if (d.title.trim()) return { title: d.title.trim(), text: excerpt(body) };
  const lines = body.split('\n').filter((line) => line.trim());
  if (lines.length === 0) return { title: t('drafts.untitled'), text: '' };
  const first = lines[0].trim();
  return { title: first.length > 60 ? `${first.slice(0, 60)}…` : first, text: excerpt(lines.slice(1).join(' ')) };
}

/**
 * The viewer's own drafts, newest first, with 開く and 削除, or an empty state. Used by /drafts and
 * by the 下書き tab of one's own profile (the `drafts` query only ever returns the viewer's drafts).
 */
export function DraftList() {
  const t = useT();
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

  if (drafts.length === 0) return <EmptyState title={t('drafts.empty')} description={t('drafts.emptyHint')} icon={<IconFileText size={30} />} />;

  return (
    <Stack component="ul" className="plain-list" gap="sm" aria-label={t('drafts.title')}>
      {drafts.map((d) => {
        const { title, text } = draftHeadline(d, t);
        return (
          <Paper component="li" key={d.id} withBorder p="md" data-testid="draft-item">
            <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
              <Stack gap={4} style={{ flex: '1 1 320px', minWidth: 0 }}>
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <Badge variant="light" color={d.kind === 'ANSWER' ? 'gray' : 'banso'} style={{ flexShrink: 0 }} mt={2}>
                    {t(kindLabel(d))}
                  </Badge>
                  <Anchor component={Link} to={draftPath(d)} fw={700} c="dark" style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
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
  );
}
