import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Button, Center, Group, Stack, Text, Title } from '@mantine/core';
import { IconBookmark } from '@tabler/icons-react';
import { useState } from 'react';
import { BookmarksDocument } from '../../gql/graphql';
import { useT } from '../../i18n';
import { EmptyState, ErrorState } from '../common/States';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { PostCard } from '../feed/PostCard';
import { PostCardSkeleton } from '../feed/PostCardSkeleton';

export const BOOKMARKS_PAGE = 20;

/** /bookmarks: the person's 「あとで読む」, newest first, with 「さらに表示」. Nobody else sees it. */
export function BookmarksPage() {
  const t = useT();
  useDocumentTitle(t('bookmarks.title'));
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, error, networkStatus, refetch, fetchMore } = useQuery(BookmarksDocument, {
    variables: { first: BOOKMARKS_PAGE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.bookmarks;

  const loadMore = async () => {
    if (!connection) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: connection.pageInfo.endCursor } });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Stack gap="md" maw={880} mx="auto">
      <div>
        <Group gap="xs">
          <IconBookmark size={26} aria-hidden="true" />
          <Title order={1} size="h2">
            {t('bookmarks.title')}
          </Title>
        </Group>
        <Text c="dimmed" size="sm" mt={4}>
          {t('bookmarks.lead')}
        </Text>
      </div>
      {!connection && networkStatus === NetworkStatus.loading ? (
        <Stack gap="md" role="status" aria-label={t('common.loading')}>
          <PostCardSkeleton />
          <PostCardSkeleton />
        </Stack>
      ) : error && !connection ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !connection || connection.edges.length === 0 ? (
        <EmptyState title={t('bookmarks.empty')} description={t('bookmarks.emptyHint')} icon={<IconBookmark size={30} />} />
      ) : (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('bookmarks.count', { count: connection.totalCount })}
          </Text>
          <Stack gap="md" component="ul" className="plain-list">
            {connection.edges.map((edge) => (
              <li key={edge.node.id}>
                <PostCard post={edge.node} />
              </li>
            ))}
          </Stack>
          {connection.pageInfo.hasNextPage && (
            <Center>
              <Button variant="default" onClick={() => void loadMore()} loading={loadingMore} miw={200}>
                {t('bookmarks.more')}
              </Button>
            </Center>
          )}
        </>
      )}
    </Stack>
  );
}
