import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { ActionIcon, Anchor, Box, Button, Group, Paper, Stack, Text, ThemeIcon, Title, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArrowDown, IconArrowLeft, IconArrowUp, IconEdit, IconFolder, IconTrash, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import {
  AddToCollectionDocument,
  CollectionDetailDocument,
  CollectionsDocument,
  DeleteCollectionDocument,
  RemoveFromCollectionDocument,
  type CollectionDetailQuery,
} from '../../gql/graphql';
import { useLocale, useT } from '../../i18n';
import { formatDate } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';
import { ConfirmDialog } from '../admin/ConfirmDialog';
import { showNotice } from '../admin/notice';
import { NotFoundState } from '../common/NotFoundPage';
import { EmptyState, ErrorState, PageLoader } from '../common/States';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { PostCard } from '../feed/PostCard';
import { CollectionFormModal } from './CollectionFormModal';

type Collection = NonNullable<CollectionDetailQuery['collection']>;
type CollectionPost = Collection['posts'][number];

function Rank({ n }: { n: number }) {
  return (
    <ThemeIcon variant="light" color="banso" radius="xl" size={30} aria-hidden="true" style={{ flexShrink: 0 }} mt="lg">
      <Text fw={800} size="sm">
        {n}
      </Text>
    </ThemeIcon>
  );
}

/** DX office: move a post up or down, or take it out. */
function ItemControls({
  post,
  index,
  count,
  busy,
  onMove,
  onRemove,
}: {
  post: CollectionPost;
  index: number;
  count: number;
  busy: boolean;
  onMove: (post: CollectionPost, position: number) => void;
  onRemove: (post: CollectionPost) => void;
}) {
  const t = useT();
  return (
    <Stack gap={4} mt="md" style={{ flexShrink: 0 }}>
      <Tooltip label={t('collections.moveUp')}>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={t('collections.moveUpLabel', { title: post.title })}
          disabled={index === 0 || busy}
          onClick={() => onMove(post, index)}
        >
          <IconArrowUp size={18} aria-hidden="true" />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={t('collections.moveDown')}>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={t('collections.moveDownLabel', { title: post.title })}
          disabled={index === count - 1 || busy}
          onClick={() => onMove(post, index + 2)}
        >
          <IconArrowDown size={18} aria-hidden="true" />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={t('collections.remove')}>
        <ActionIcon
          variant="default"
          size="lg"
          c="red.9"
          aria-label={t('collections.removeLabel', { title: post.title })}
          disabled={busy}
          onClick={() => onRemove(post)}
        >
          <IconX size={18} aria-hidden="true" />
        </ActionIcon>
      </Tooltip>
    </Stack>
  );
}

function CollectionView({ collection }: { collection: Collection }) {
  const t = useT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [editOpen, edit] = useDisclosure(false);
  const [deleteOpen, deleteDialog] = useDisclosure(false);
  const [removing, setRemoving] = useState<CollectionPost | null>(null);
  const [moveError, setMoveError] = useState<string | null>(null);
  const [move, moving] = useMutation(AddToCollectionDocument);
  const [remove, removal] = useMutation(RemoveFromCollectionDocument);
  const [del, deletion] = useMutation(DeleteCollectionDocument);
  const posts = collection.posts;
  const canEdit = collection.viewerCanEdit;

  const onMove = async (post: CollectionPost, position: number) => {
    setMoveError(null);
    try {
      await move({ variables: { collectionId: collection.id, postId: post.id, position } });
    } catch (e) {
      setMoveError(errorMessage(e, t));
    }
  };

  const onRemove = async () => {
    if (!removing) return;
    try {
      await remove({ variables: { collectionId: collection.id, postId: removing.id }, refetchQueries: [CollectionsDocument] });
      showNotice(t, { color: 'teal', message: t('collections.removed', { title: removing.title }) });
      client.cache.evict({ id: client.cache.identify({ __typename: 'Post', id: removing.id }), fieldName: 'collections' });
      setRemoving(null);
    } catch {
      // shown in the dialog
    }
  };

  const onDelete = async () => {
    try {
      await del({ variables: { id: collection.id } });
      deleteDialog.close();
      client.cache.evict({ id: client.cache.identify({ __typename: 'Collection', id: collection.id }) });
      client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'collections' });
      client.cache.gc();
      showNotice(t, { color: 'teal', message: t('collections.deleted', { title: collection.title }) });
      void navigate('/collections', { replace: true });
    } catch {
      // shown in the dialog
    }
  };

  return (
    <Stack gap="lg" maw={880} mx="auto">
      <Anchor component={Link} to="/collections" size="sm" c="gray.8">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden="true" />
          {t('collections.back')}
        </Group>
      </Anchor>

      <Paper withBorder p={{ base: 'md', sm: 'xl' }} component="header">
        <Stack gap="sm">
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <IconFolder size={28} aria-hidden="true" color="var(--mantine-color-banso-8)" style={{ flexShrink: 0, marginTop: 4 }} />
            <Title order={1} size="h2" lh={1.4}>
              {collection.title}
            </Title>
          </Group>
          {collection.description && (
            <Text c="gray.9" style={{ whiteSpace: 'pre-wrap' }}>
              {collection.description}
            </Text>
          )}
          <Group justify="space-between" gap="sm" wrap="wrap">
            <Text size="sm" c="dimmed">
              {t('collections.postCount', { n: posts.length })}
              {' · '}
              {t('collections.updatedOn', { date: formatDate(collection.updatedAt, locale) })}
            </Text>
            {canEdit && (
              <Group gap="xs">
                <Button size="xs" variant="default" leftSection={<IconEdit size={16} aria-hidden="true" />} onClick={edit.open}>
                  {t('collections.edit')}
                </Button>
                <Button size="xs" variant="default" c="red.9" leftSection={<IconTrash size={16} aria-hidden="true" />} onClick={deleteDialog.open}>
                  {t('collections.delete')}
                </Button>
              </Group>
            )}
          </Group>
        </Stack>
      </Paper>

      {moveError && (
        <Text c="red.9" size="sm" role="alert">
          {moveError}
        </Text>
      )}

      {posts.length === 0 ? (
        <EmptyState title={t('collections.noPosts')} description={t(canEdit ? 'collections.noPostsHintCurator' : 'collections.noPostsHint')} />
      ) : (
        <Stack
          gap="md"
          component="ol"
          className="plain-list"
          aria-label={t('collections.postsLabel', { title: collection.title })}
          aria-busy={moving.loading || undefined}
        >
          {posts.map((post, i) => (
            <Group key={post.id} component="li" gap="xs" wrap="nowrap" align="flex-start">
              <Rank n={i + 1} />
              <Box style={{ flex: 1, minWidth: 0 }}>
                <PostCard post={post} />
              </Box>
              {canEdit && (
                <ItemControls
                  post={post}
                  index={i}
                  count={posts.length}
                  busy={moving.loading || removal.loading}
                  onMove={(p, position) => void onMove(p, position)}
                  onRemove={setRemoving}
                />
              )}
            </Group>
          ))}
        </Stack>
      )}

      <CollectionFormModal
        opened={editOpen}
        onClose={edit.close}
        collection={collection}
        onSaved={() => showNotice(t, { color: 'teal', message: t('collections.saved') })}
      />
      <ConfirmDialog
        opened={deleteOpen}
        title={t('collections.deleteTitle', { title: collection.title })}
        confirmLabel={t('collections.delete')}
        loading={deletion.loading}
        error={deletion.error ? errorMessage(deletion.error, t) : null}
        onConfirm={() => void onDelete()}
        onClose={() => {
          deletion.reset();
          deleteDialog.close();
        }}
      >
        <Text size="sm">{t('collections.deleteBody')}</Text>
      </ConfirmDialog>
      <ConfirmDialog
        opened={!!removing}
        title={t('collections.removeTitle')}
        confirmLabel={t('collections.remove')}
        loading={removal.loading}
        error={removal.error ? errorMessage(removal.error, t) : null}
        onConfirm={() => void onRemove()}
        onClose={() => {
          removal.reset();
          setRemoving(null);
        }}
      >
        <Text size="sm">{t('collections.removeBody', { title: removing?.title ?? '' })}</Text>
      </ConfirmDialog>
    </Stack>
  );
}

/** One まとめ: its posts in order; the DX office edits, reorders and deletes it. */
export function CollectionPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(CollectionDetailDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const collection = data?.collection;
  useDocumentTitle(collection?.title ?? (data && !collection ? t('collections.notFound') : t('collections.title')));

  if (loading && !data) return <PageLoader />;
  if (error && !collection) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!collection) return <NotFoundState title={t('collections.notFound')} body={t('collections.notFoundHint')} />;
  return <CollectionView collection={collection} />;
}
