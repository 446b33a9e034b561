import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Button, Center, Stack, Text } from '@mantine/core';
import { IconAward, IconPencilPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { FeedPostsDocument, type PostFilter } from '../../gql/graphql';
import { useT } from '../../i18n';
import { EmptyState, ErrorState } from '../common/States';
import { PostCard } from './PostCard';
import { PostCardSkeleton } from './PostCardSkeleton';

export const PAGE_SIZE = 20;

export function FeedList({ filter }: { filter: PostFilter }) {
  const t = useT();
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, error, networkStatus, refetch, fetchMore } = useQuery(FeedPostsDocument, {
    variables: { first: PAGE_SIZE, filter },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
    notifyOnNetworkStatusChange: true,
  });

  const connection = data?.posts;
  const initialLoading = !connection && (networkStatus === NetworkStatus.loading || networkStatus === NetworkStatus.setVariables);

  if (initialLoading) {
    return (
      <Stack gap="md" role="status" aria-label={t('common.loading')}>
        <PostCardSkeleton />
        <PostCardSkeleton />
        <PostCardSkeleton />
      </Stack>
    );
  }
  if (error && !connection) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!connection) return null;

  if (connection.edges.length === 0) {
    if (filter.featured) {
      return <EmptyState title={t('practices.featuredEmpty')} description={t('practices.featuredEmptyHint')} icon={<IconAward size={30} />} />;
    }
    return (
      <EmptyState
        title={t('home.empty')}
        description={t('home.emptyHint')}
        action={
          <Button component={Link} to="/new/question" leftSection={<IconPencilPlus size={18} aria-hidden="true" />} mt="xs">
            {t('ask.question')}
          </Button>
        }
      />
    );
  }

  const onLoadMore = async () => {
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: connection.pageInfo.endCursor } });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('home.count', { count: connection.totalCount })}
      </Text>
      <Stack gap="md" component="ul" className="plain-list">
        {connection.edges.map((edge) => (
          <li key={edge.node.id}>
            <PostCard post={edge.node} />
          </li>
        ))}
      </Stack>
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {connection.pageInfo.hasNextPage && (
        <Center>
          <Button variant="default" onClick={() => void onLoadMore()} loading={loadingMore} size="md" miw={200}>
            {t('home.loadMore')}
          </Button>
        </Center>
      )}
    </Stack>
  );
}
